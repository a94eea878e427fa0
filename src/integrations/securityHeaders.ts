import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ownInlineCode } from '../lib/security/ownInlineCode.ts';
import { contentSecurityPolicy, headersFile, securityHeaders } from '../lib/security/headers.ts';

/**
 * After a build, writes `_headers` with a CSP that allows, by hash, the project's own inline script
 * and stylesheet as computed from its sources: never whatever inline code the built pages contain.
 */
export function securityHeadersIntegration(): AstroIntegration {
  return {
    name: 'bpjstk:security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await writeFile(join(fileURLToPath(dir), '_headers'), headersFile(securityHeaders(contentSecurityPolicy(ownInlineCode()))));
        logger.info('_headers written');
      },
    },
  };
}
