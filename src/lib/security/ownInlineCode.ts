import { readFileSync } from 'node:fs';
import { messageCheckerScript, type OwnScriptFile } from '../messageCheck/checkerScript.ts';
import { registrationScript } from '../../browser/registrationStatus.ts';
import { siteStylesheet } from '../../styles/siteStylesheet.ts';
import { workerRegistrationScript } from '../../browser/workerRegistration.ts';

/**
 * The only code a page may carry: the status script, the service worker's registration and the
 * site stylesheet inline, and the message checker's script file on its own pages, all computed
 * from the project's sources. The CSP hashes these and the output check accepts these, nothing
 * else. The service worker itself (/sw.js) is no page's code: the CSP allows it as `worker-src 'self'`.
 */
export interface OwnInlineCode {
  scripts: readonly string[];
  styles: readonly string[];
  /** Script files, each allowed only on its `pages` and only with its `integrity`. */
  scriptFiles: readonly OwnScriptFile[];
}

const globalStylesheetPath = new URL('../../styles/global.css', import.meta.url);

export function ownInlineCode(stylesheetPath: URL = globalStylesheetPath): OwnInlineCode {
  return {
    scripts: [registrationScript, workerRegistrationScript],
    styles: [siteStylesheet(readFileSync(stylesheetPath, 'utf8'))],
    scriptFiles: [messageCheckerScript()],
  };
}
