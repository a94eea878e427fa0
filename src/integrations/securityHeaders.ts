import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentSecurityPolicy, headersFile, inlineSourcesOf, securityHeaders } from '../lib/securityHeaders.ts';

/** After a build, writes `_headers` with a CSP that allows the pages' inline code by hash. */
export function securityHeadersIntegration(): AstroIntegration {
  return {
    name: 'bpjstk:security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html'));
        const sources = { scripts: [] as string[], styles: [] as string[] };
        for (const file of files) {
          const { scripts, styles } = inlineSourcesOf(await readFile(join(root, file), 'utf8'));
          sources.scripts.push(...scripts);
          sources.styles.push(...styles);
        }
        await writeFile(join(root, '_headers'), headersFile(securityHeaders(contentSecurityPolicy(sources))));
        logger.info(`_headers written for ${files.length} pages`);
      },
    },
  };
}
