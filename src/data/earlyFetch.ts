/**
 * The first view's data, asked for by the page's earliest script (src/early.ts) while the app's code is
 * still downloading: the manifest, then the files of the version the link names (else the default); the
 * basemap's description, then its land; the fonts' manifest. The app takes each response the first time
 * it asks for that file (src/data/fetch.ts), then checks it exactly as it checks any other: status, size,
 * checksum, schema. Nothing here is trusted or shown.
 *
 * Deciding what to ask for means reading the manifest and basemap.json before they are validated. Only
 * names are read from them, and only plain file and folder names are followed, inside data/. A wrong
 * guess costs bytes, never correctness: the app asks for whatever it needs that was not asked for here.
 */
import { FILES_OF_SCHEMA } from './dataFiles.ts';
import { readLimited, requestData } from './request.ts';

const early = new Map<string, Promise<Response>>();
/**
 * Files the app has asked for, early response or not. The first script is `async` and may run after the
 * app's first requests (both wait for their own files); it then leaves those files alone.
 */
const askedByApp = new Set<string>();

/** The response to an early request for `path` (relative to data/), once; undefined when there was none. */
export function takeEarly(path: string): Promise<Response> | undefined {
  askedByApp.add(path);
  const response = early.get(path);
  early.delete(path);
  return response;
}

function ask(path: string): Promise<Response> | undefined {
  if (askedByApp.has(path)) return undefined;
  const response = requestData(path);
  // A failure is the app's to report when it takes the response; none is unhandled meanwhile.
  response.catch(() => undefined);
  early.set(path, response);
  return response;
}

/** Larger than any real manifest or basemap description; past it the early guess is given up. */
const GUESS_LIMIT_BYTES = 1024 * 1024;

/** The JSON of a copy of the response, read only up to GUESS_LIMIT_BYTES; null on any problem. */
async function peekJson(response: Promise<Response>): Promise<unknown> {
  try {
    const copy = (await response).clone();
    if (!copy.ok) return null;
    const giveUp = () => new Error('not a guess to follow');
    const bytes = await readLimited(copy, GUESS_LIMIT_BYTES, giveUp, giveUp);
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return null;
  }
}

const PLAIN_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const plain = (name: unknown): name is string =>
  typeof name === 'string' && PLAIN_NAME.test(name) && !name.includes('..');

interface ManifestGuess {
  default?: unknown;
  versions?: Array<{ id?: unknown; folder?: unknown; dataSchema?: unknown }>;
}

/** The folder and files of the version a link asks for (`v`), else of the default. */
export function versionFilesOf(manifest: unknown, requested: string | null): string[] {
  const m = manifest as ManifestGuess | null;
  if (!m || !Array.isArray(m.versions)) return [];
  const byId = (id: unknown) => m.versions!.find((v) => v && v.id === id);
  const version = (requested !== null && byId(requested)) || byId(m.default);
  if (!version || !plain(version.folder)) return [];
  const files = FILES_OF_SCHEMA[version.dataSchema as keyof typeof FILES_OF_SCHEMA];
  return files ? files.map((f) => `${version.folder}/${f}`) : [];
}

/** The land's file, as basemap.json names it. */
export function landFileOf(basemap: unknown): string[] {
  const land = (basemap as { files?: { land?: unknown } } | null)?.files?.land;
  return plain(land) ? [`basemap/${land}`] : [];
}

export function startEarlyFetches(search: string): void {
  const requested = new URLSearchParams(search).get('v');
  const follow = (response: Promise<Response> | undefined, next: (json: unknown) => string[]) => {
    if (response) void peekJson(response).then((json) => next(json).forEach(ask));
  };
  follow(ask('manifest.json'), (m) => versionFilesOf(m, requested));
  follow(ask('basemap/basemap.json'), landFileOf);
  ask('fonts/fonts.json');
}
