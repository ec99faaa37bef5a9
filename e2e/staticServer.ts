/**
 * A small static server for end-to-end tests: serves the production build from `dist/`, and can be told to
 * fail or delay chosen paths so fault handling is tested against real HTTP.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

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
  /**
   * A huge body of spaces instead: sent chunked with no length (stopping when the client goes away), or
   * gzip-encoded, small on the wire but `bytes` long once inflated.
   */
  huge?: { bytes: number; gzip?: boolean };
}

export interface StaticServer {
  url: string;
  /** Replace the response for a path (e.g. `/data/manifest.json`) until cleared. */
  override: (pathname: string, response: Override | null) => void;
  requests: string[];
  /** Bytes written for `huge` overrides, per path: how much the client let through before cancelling. */
  sent: Map<string, number>;
  close: () => Promise<void>;
}

export async function startStaticServer(
  root: string,
  headers: Record<string, string> = {},
  /** Compress text responses as a production server would (the load benchmark counts real bytes). */
  options: { gzip?: boolean } = {},
): Promise<StaticServer> {
  const overrides = new Map<string, Override>();
  const requests: string[] = [];
  const sent = new Map<string, number>();
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(pathname);
    const override = overrides.get(pathname);
    if (override?.huge) {
      const { bytes, gzip } = override.huge;
      const type = {
        'content-type': TYPES[path.extname(pathname)] ?? 'application/octet-stream',
        ...headers,
      };
      if (gzip) {
        const body = gzipSync(Buffer.alloc(bytes, 0x20), { level: 9 });
        res.writeHead(200, { ...type, 'content-encoding': 'gzip', 'content-length': String(body.length) });
        sent.set(pathname, body.length);
        res.end(body);
        return;
      }
      res.writeHead(200, type);
      const chunk = Buffer.alloc(256 * 1024, 0x20);
      let written = 0;
      const pump = () => {
        while (written < bytes && !res.destroyed) {
          written += chunk.length;
          sent.set(pathname, written);
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        if (!res.destroyed) res.end();
      };
      res.on('close', () => (written = bytes));
      pump();
      return;
    }
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
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    if (options.gzip && !type.startsWith('font/') && !type.startsWith('image/png')) {
      const body = gzipSync(fs.readFileSync(file));
      res.writeHead(200, {
        'content-type': type,
        'content-encoding': 'gzip',
        'content-length': String(body.length),
        ...headers,
      });
      res.end(body);
      return;
    }
    res.writeHead(200, { 'content-type': type, ...headers });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    override: (p, r) => (r ? overrides.set(p, r) : overrides.delete(p)),
    requests,
    sent,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
