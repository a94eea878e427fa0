import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nginxSnippet, parseHeadersFile } from '../../src/lib/security/headers.ts';
import { freePort } from '../../scripts/support/freePort.ts';

/** Debian's nginx: `.ci/run` installs it so the shipped nginx snippet is tested on a real server. */
export const nginxPath = '/usr/sbin/nginx';

export function nginxIsInstalled(): boolean {
  return existsSync(nginxPath);
}

export interface NginxServer {
  url: string;
  close: () => Promise<void>;
}

async function waitUntilServing(url: string, nginx: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (nginx.exitCode !== null) throw new Error(`nginx exited with ${nginx.exitCode}`);
    if (await fetch(url).then(() => true, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`nginx did not answer at ${url}`);
}

/**
 * Serves a build with nginx on 127.0.0.1, configured with the snippet the README tells hosts to
 * use, generated from the build's own `_headers`.
 */
export async function startNginx(root: string): Promise<NginxServer> {
  const prefix = mkdtempSync(join(tmpdir(), 'bpjstk-nginx-'));
  const port = await freePort();
  const snippet = nginxSnippet(parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8')));
  const config = `
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log;
events {}
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  server {
    listen 127.0.0.1:${port};
    root ${root};
${snippet.replace(/^/gm, '    ')}
  }
}
`;
  writeFileSync(join(prefix, 'nginx.conf'), config);
  const nginx = spawn(nginxPath, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  await waitUntilServing(url, nginx);
  return {
    url,
    close: async () => {
      const exited = new Promise((resolve) => nginx.once('exit', resolve));
      nginx.kill('SIGQUIT');
      await exited;
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
