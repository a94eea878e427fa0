import type { AstroIntegration } from 'astro';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { messageCheckerScript } from '../lib/messageCheck/checkerScript.ts';

const virtualModule = 'virtual:bpjstk/message-checker';
const resolvedVirtualModule = `\0${virtualModule}`;

/**
 * The message checker's script (src/lib/messageCheck/checkerScript.ts) in the site: its address and
 * integrity for the page (`virtual:bpjstk/message-checker`), the file itself in `npm run dev`, and
 * the same bytes written to the build output.
 */
export function messageCheckerIntegration(): AstroIntegration {
  return {
    name: 'bpjstk:message-checker',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'bpjstk:message-checker',
                resolveId: (id) => (id === virtualModule ? resolvedVirtualModule : undefined),
                load: (id) => {
                  if (id !== resolvedVirtualModule) return undefined;
                  const { src, integrity } = messageCheckerScript();
                  return `export const src = ${JSON.stringify(src)};\nexport const integrity = ${JSON.stringify(integrity)};\n`;
                },
              },
            ],
          },
        });
      },
      // The script is built once per process, so in `npm run dev` an edit to it shows after a restart.
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const { src, code } = messageCheckerScript();
          if (request.url !== src) return next();
          response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
          response.end(code);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { src, code } = messageCheckerScript();
        const path = join(fileURLToPath(dir), src);
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, code);
        logger.info(`${src} written`);
      },
    },
  };
}
