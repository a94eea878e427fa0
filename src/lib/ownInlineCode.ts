import { readFileSync } from 'node:fs';
import { registrationScript } from './registrationScript.ts';
import { siteStylesheet } from './siteStylesheet.ts';

/**
 * The only inline code a page may carry: the status script and the site stylesheet, computed from
 * the project's sources. The CSP hashes these and the output check accepts these, nothing else.
 */
export interface OwnInlineCode {
  scripts: readonly string[];
  styles: readonly string[];
}

const globalStylesheetPath = new URL('../styles/global.css', import.meta.url);

export function ownInlineCode(stylesheetPath: URL = globalStylesheetPath): OwnInlineCode {
  return { scripts: [registrationScript], styles: [siteStylesheet(readFileSync(stylesheetPath, 'utf8'))] };
}
