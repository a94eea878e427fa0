import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { localeCodes } from '../../i18n/locales.ts';
import { localizedPath, routes } from '../paths/routes.ts';

/*
 * The message checker's script, built by the project itself from src/browser/messageChecker.ts
 * (esbuild: bundled, minified), so that its exact bytes, and therefore its hash, come from the
 * sources: the page names it with that hash as `integrity`, the CSP allows that hash (CSP3 matches a
 * hash-source against an external script's integrity metadata), the output check accepts it on its
 * pages only, and the build writes the same bytes to dist. Nothing is read back from dist.
 */

/** A script file of the project's own, with where it is served and the pages that may load it. */
export interface OwnScriptFile {
  /** Where it is served: `/_checker/cek-keaslian.<hash>.js`. */
  src: string;
  code: string;
  /** Subresource Integrity metadata, `sha256-…`: also its CSP hash-source. */
  integrity: string;
  /** The URL paths of the pages that load it. */
  pages: readonly string[];
}

const entryPoint = fileURLToPath(new URL('../../browser/messageChecker.ts', import.meta.url));

let built: OwnScriptFile | undefined;

/** Built once per process: every reader of it (page, CSP, output check, writer) gets the same bytes. */
export function messageCheckerScript(): OwnScriptFile {
  built ??= buildMessageCheckerScript();
  return built;
}

function buildMessageCheckerScript(): OwnScriptFile {
  const { outputFiles } = buildSync({
    entryPoints: [entryPoint],
    bundle: true,
    minify: true,
    format: 'esm',
    // Module scripts run in browsers from 2018 on; older ones skip the script and read the page without it.
    target: 'es2020',
    charset: 'ascii',
    legalComments: 'none',
    write: false,
  });
  const code = outputFiles?.[0]?.text ?? '';
  const digest = createHash('sha256').update(code, 'utf8').digest();
  return {
    src: `/_checker/cek-keaslian.${digest.toString('hex').slice(0, 12)}.js`,
    code,
    integrity: `sha256-${digest.toString('base64')}`,
    pages: localeCodes.map((locale) => localizedPath(locale, routes.check())),
  };
}
