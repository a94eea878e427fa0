import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import type { Header } from '../../src/lib/security/headers.ts';

/** What a static host would send for the files a build holds; anything else is a download. */
export const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
};

export interface StaticServer {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  url: string;
  close: () => Promise<void>;
}

type Resolved = { kind: 'file'; path: string } | { kind: 'redirect'; location: string } | { kind: 'missing' };

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isFile() ?? false;
}

async function isDirectory(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() ?? false;
}

/** Maps a URL path to a file under `root` the way common static hosts do. */
async function resolve(root: string, pathname: string): Promise<Resolved> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { kind: 'missing' };
  }
  const path = normalize(join(root, decoded));
  if (path !== root && !path.startsWith(root + sep)) return { kind: 'missing' };
  if (await isFile(path)) return { kind: 'file', path };
  if (await isDirectory(path)) {
    if (!pathname.endsWith('/')) return { kind: 'redirect', location: `${pathname}/` };
    const index = join(path, 'index.html');
    if (await isFile(index)) return { kind: 'file', path: index };
  }
  return { kind: 'missing' };
}

function send(request: IncomingMessage, response: ServerResponse, status: number, path: string, size: number): void {
  response.writeHead(status, {
    'content-type': contentTypes[extname(path).toLowerCase()] ?? 'application/octet-stream',
    'content-length': size,
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(path).pipe(response);
}

export interface StaticServerOptions {
  /** Sent with every answer, as a host sends a build's `_headers`. */
  headers?: readonly Header[];
  /** A fixed port, to serve the same origin again after `close`; an ephemeral one otherwise. */
  port?: number;
  /** How many milliseconds to hold the answer to a path back, as a slow link would; none by default. */
  delay?: (pathname: string) => number;
}

/**
 * Serves a built site from `root` on 127.0.0.1 and an ephemeral port: a directory answers with its
 * `index.html` (and a path without its trailing slash is redirected to it), an unknown path with
 * `404.html` and status 404.
 */
export async function startStaticServer(root: string, { headers = [], port = 0, delay }: StaticServerOptions = {}): Promise<StaticServer> {
  const base = normalize(root).replace(/[\\/]+$/, '');
  const server = createServer((request, response) => {
    for (const [name, value] of headers) response.setHeader(name, value);
    void (async () => {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, { allow: 'GET, HEAD' }).end();
        return;
      }
      const { pathname, search } = new URL(request.url ?? '/', 'http://127.0.0.1');
      const wait = delay?.(pathname) ?? 0;
      if (wait > 0) await new Promise((done) => setTimeout(done, wait));
      const resolved = await resolve(base, pathname);
      if (resolved.kind === 'redirect') {
        response.writeHead(301, { location: `${resolved.location}${search}` }).end();
        return;
      }
      const [status, path] = resolved.kind === 'file' ? [200, resolved.path] : [404, join(base, '404.html')];
      const file = await stat(path).catch(() => undefined);
      if (file === undefined) {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      send(request, response, status, path, file.size);
    })().catch((error: unknown) => {
      response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(String(error));
    });
  });
  await new Promise<void>((ready, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ready());
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((closed, fail) => {
        server.close((error) => (error ? fail(error) : closed()));
        server.closeAllConnections();
      }),
  };
}
