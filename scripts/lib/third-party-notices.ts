/**
 * The licence notices of the third-party code a build ships (MapLibre's BSD-3-Clause, React's MIT, D3's ISC
 * …), which ask that their notice travel with every copy. The build (vite.config.ts, thirdPartyNotices)
 * gives this module the files it wrote and the modules in each; this module says which packages those are
 * and writes one plain-text file with each package's name, version, licence, where it is in the build and
 * its licence text, read from the package itself. A package with no licence file stops the build: shipping
 * code whose terms we cannot pass on is not a choice to make silently.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface PackageNotice {
  name: string;
  version: string;
  /** The SPDX expression from the package's package.json. */
  license: string;
  /** Where its source is, as the package says. */
  homepage: string | undefined;
  /** The build's files that hold its code. */
  files: string[];
  /** The text of its LICENSE (or LICENCE, COPYING) file. */
  text: string;
}

const LICENSE_FILE = /^(licen[cs]e|copying)(\.(md|txt))?$/i;

/**
 * The folder of the package a module id belongs to: the part up to the last `node_modules/<name>` (or
 * `node_modules/@scope/<name>`), so that a package nested in another's node_modules is itself. Undefined
 * for our own code and for the bundler's virtual modules.
 */
export function packageRoot(moduleId: string): string | undefined {
  const id = moduleId.replaceAll('\\', '/').replace(/^\0/, '');
  const match = /^((?:.*\/)?node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(id);
  return match?.[1];
}

function repositoryUrl(pkg: { homepage?: unknown; repository?: unknown }): string | undefined {
  const repo = pkg.repository;
  const url = typeof repo === 'string' ? repo : (repo as { url?: unknown } | undefined)?.url;
  if (typeof url === 'string') return url.replace(/^git\+/, '').replace(/\.git$/, '');
  return typeof pkg.homepage === 'string' ? pkg.homepage : undefined;
}

/** Reads a package's notice from its folder; throws, naming the package, when it has no licence file. */
export function readPackageNotice(root: string, files: string[]): PackageNotice {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as Record<string, unknown>;
  const name = String(pkg.name ?? path.basename(root));
  const licenseFile = fs.readdirSync(root).find((f) => LICENSE_FILE.test(f));
  if (!licenseFile)
    throw new Error(
      `third-party notices: ${name} (${root}) ships in ${files.join(', ')} but has no LICENSE file to pass on`,
    );
  return {
    name,
    version: String(pkg.version ?? ''),
    license: typeof pkg.license === 'string' ? pkg.license : 'see its licence text',
    homepage: repositoryUrl(pkg),
    files: [...files].sort(),
    text: fs.readFileSync(path.join(root, licenseFile), 'utf8').trim(),
  };
}

/**
 * The packages in a build, from the files it wrote and the module ids in each: package folder → the build's
 * files holding its code.
 */
export function packagesInBuild(chunks: { fileName: string; moduleIds: string[] }[]): Map<string, string[]> {
  const byRoot = new Map<string, Set<string>>();
  for (const chunk of chunks)
    for (const id of chunk.moduleIds) {
      const root = packageRoot(id);
      if (!root) continue;
      const files = byRoot.get(root) ?? new Set<string>();
      files.add(chunk.fileName);
      byRoot.set(root, files);
    }
  return new Map([...byRoot].map(([root, files]) => [root, [...files]]));
}

/**
 * The workbox packages in the service worker's runtime file: workbox marks each of its modules with
 * `self["workbox:<module>:<version>"]`, and the service worker is generated apart from the app's bundle.
 */
export function workboxModules(runtime: string): string[] {
  return [...new Set([...runtime.matchAll(/workbox:([a-z-]+):\d/g)].map((m) => `workbox-${m[1]}`))].sort();
}

/** The notices file: a header, then one section per package, by name. */
export function noticesText(notices: PackageNotice[]): string {
  const sorted = [...notices].sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const rule = '-'.repeat(78);
  const sections = sorted.map((n) =>
    [
      rule,
      `${n.name} ${n.version} (${n.license})`,
      ...(n.homepage ? [n.homepage] : []),
      `In this build: ${n.files.join(', ')}`,
      '',
      n.text,
    ].join('\n'),
  );
  return [
    'Third-party software in this build of the China–SCO innovation map',
    '',
    'Each package below ships bundled and minified, not otherwise changed, in the files named with it;',
    'its licence text follows.',
    'The map itself is MIT-licensed; the basemap is Natural Earth (public domain); the fonts are under',
    'the SIL Open Font License 1.1 (data/fonts/OFL.txt).',
    `Packages: ${sorted.length}.`,
    '',
    ...sections,
    '',
  ].join('\n');
}
