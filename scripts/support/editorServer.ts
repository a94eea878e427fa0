import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { editorContentSecurityPolicy, editorHeaders } from '../../src/editor/policy.ts';
import { contentRelativePath, problemsOfSave, type SavedFile } from '../../src/editor/saveCheck.ts';
import { editorText } from '../../src/lib/editorMessages.ts';
import { editorPath } from '../../src/lib/offline/rules.ts';
import { writeEditorFolder } from './editorFiles.ts';
import { contentTypes } from './staticServer.ts';

/*
 * The browser editor on this computer: one local server that serves the editor at /editor/ (with
 * its own policy, src/editor/policy.ts) and answers its saves at /api/v1 with Decap's own local
 * file backend (decap-server's file-system middleware, its path checks included), after two
 * guards of ours: nothing is read or written outside content/, and a save the content check
 * refuses is not written (src/editor/saveCheck.ts): Decap shows the check's lines instead.
 */

const require = createRequire(import.meta.url);

type Handler = (request: unknown, response: unknown, next?: () => void) => unknown;

interface DecapRequestBody {
  action?: string;
  params?: Record<string, unknown>;
}


/** decap-server's file-system backend for `repoPath`, as the two handlers it registers on its Express app. */
async function decapFileBackend(repoPath: string): Promise<Handler[]> {
  const { registerLocalFs } = require('decap-server/dist/middlewares') as {
    registerLocalFs(app: { use(handler: unknown): void; post(path: string, handler: Handler): void }, options: { logLevel: string }): Promise<void>;
  };
  const handlers: Handler[] = [];
  // It reads the folder to serve from the environment, once, while registering.
  const before = process.env['GIT_REPO_DIRECTORY'];
  process.env['GIT_REPO_DIRECTORY'] = repoPath;
  try {
    // Its own body parser, request log and CORS are left out: this server parses the body, and the
    // editor is served from the same origin.
    await registerLocalFs({ use: () => {}, post: (_path, handler) => handlers.push(handler) }, { logLevel: 'warn' });
  } finally {
    if (before === undefined) delete process.env['GIT_REPO_DIRECTORY'];
    else process.env['GIT_REPO_DIRECTORY'] = before;
  }
  return handlers;
}

/** Every path a request names: a folder to list, files to read, write or delete. */
function pathsNamed(body: DecapRequestBody): string[] {
  const params = body.params ?? {};
  const paths: string[] = [];
  const add = (value: unknown) => {
    if (typeof value === 'string') paths.push(value);
  };
  add(params['folder']);
  add(params['path']);
  for (const key of ['files', 'dataFiles', 'assets']) {
    const list = params[key];
    if (Array.isArray(list)) for (const item of list) add((item as { path?: unknown }).path);
  }
  const entry = params['entry'] as { path?: unknown; newPath?: unknown } | undefined;
  add(entry?.path);
  add(entry?.newPath);
  const asset = params['asset'] as { path?: unknown } | undefined;
  add(asset?.path);
  if (Array.isArray(params['paths'])) params['paths'].forEach(add);
  return paths;
}

function savedFiles(body: DecapRequestBody): SavedFile[] {
  const params = body.params ?? {};
  const files = (Array.isArray(params['dataFiles']) ? params['dataFiles'] : [params['entry']]) as { path?: unknown; raw?: unknown }[];
  return files.flatMap((file) => (typeof file?.path === 'string' && typeof file.raw === 'string' ? [{ path: file.path, raw: file.raw }] : []));
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(JSON.stringify(body));
}

/** An Express-like response over node:http, for decap-server's handlers. */
function expressLike(response: ServerResponse) {
  let status = 200;
  const like = {
    status(code: number) {
      status = code;
      return like;
    },
    json(body: unknown) {
      sendJson(response, status, body);
    },
  };
  return like;
}

async function readBody(request: IncomingMessage): Promise<DecapRequestBody> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as DecapRequestBody;
}

export interface EditorServer {
  /** The editor's address: `http://localhost:4322/editor/` */
  url: string;
  /** The bytes of each file of the editor, as served. */
  files: Record<string, number>;
  close(): Promise<void>;
}

export interface EditorServerOptions {
  /** The project whose content/ the editor changes. */
  projectRoot: string;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
}

export async function startEditorServer({ projectRoot, port = 4322, host = 'localhost' }: EditorServerOptions): Promise<EditorServer> {
  const folder = mkdtempSync(join(tmpdir(), 'penyunting-web-'));
  const [validate, backend] = await decapFileBackend(projectRoot);
  if (validate === undefined || backend === undefined) throw new Error('decap-server registered no file backend');
  const validated = validate;
  const persisted = backend;

  async function answerApi(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const body = await readBody(request);
    const outside = pathsNamed(body).filter((path) => contentRelativePath(path) === undefined);
    if (outside.length > 0) {
      sendJson(response, 422, { error: outside.map((path) => `${path}  (berkas)  ${editorText('editorOutsideContent')}`).join('\n') });
      return;
    }
    if (body.action === 'persistMedia') {
      sendJson(response, 422, { error: editorText('editorNoUploads') });
      return;
    }
    if (body.action === 'persistEntry') {
      const problems = problemsOfSave(projectRoot, savedFiles(body));
      if (problems.length > 0) {
        sendJson(response, 422, { error: [editorText('editorSaveRefused', { count: problems.length }), ...problems].join('\n') });
        return;
      }
    }
    const expressRequest = { body };
    const expressResponse = expressLike(response);
    await validated(expressRequest, expressResponse, () => persisted(expressRequest, expressResponse));
  }

  function serveFile(request: IncomingMessage, pathname: string, response: ServerResponse): void {
    const name = normalize(pathname.slice(editorPath.length) || 'index.html');
    const file = join(folder, name);
    if (name.startsWith('..') || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Tidak ditemukan / Not found');
      return;
    }
    response.writeHead(200, {
      'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': editorContentSecurityPolicy(),
      ...editorHeaders,
    });
    response.end(request.method === 'HEAD' ? undefined : readFileSync(file));
  }

  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (request.method === 'POST' && pathname === '/api/v1') {
      answerApi(request, response).catch((error: unknown) => sendJson(response, 500, { error: String(error) }));
    } else if ((request.method === 'GET' || request.method === 'HEAD') && pathname.startsWith(editorPath)) {
      serveFile(request, pathname, response);
    } else if (request.method === 'GET' && pathname === '/') {
      response.writeHead(302, { Location: editorPath });
      response.end();
    } else {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const origin = `http://${host}:${(server.address() as AddressInfo).port}`;
  const files = await writeEditorFolder(folder, { localApi: `${origin}/api/v1` });
  return {
    url: `${origin}${editorPath}`,
    files,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          rmSync(folder, { recursive: true, force: true });
          resolve();
        });
      }),
  };
}
