/**
 * A small static server for end-to-end tests: serves the production build from `dist/`, and can be told to
 * fail or delay chosen paths so fault handling is tested against real HTTP.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

export interface Override {
  status?: number;
  body?: string | Buffer;
}

export interface StaticServer {
  url: string;
  /** Replace the response for a path (e.g. `/data/manifest.json`) until cleared. */
  override: (pathname: string, response: Override | null) => void;
  requests: string[];
  close: () => Promise<void>;
}

export async function startStaticServer(
  root: string,
  headers: Record<string, string> = {},
): Promise<StaticServer> {
  const overrides = new Map<string, Override>();
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(pathname);
    const override = overrides.get(pathname);
    if (override) {
      res.writeHead(override.status ?? 200, {
        'content-type': TYPES[path.extname(pathname)] ?? 'application/octet-stream',
        ...headers,
      });
      res.end(override.body ?? '');
      return;
    }
    const file = path.join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404, headers);
      res.end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      ...headers,
    });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    override: (p, r) => (r ? overrides.set(p, r) : overrides.delete(p)),
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
