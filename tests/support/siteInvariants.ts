import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { locales } from '../../src/i18n/locales.ts';
import { ownInlineCode } from '../../src/lib/security/ownInlineCode.ts';
import { splitLocalePath, switchLocalePath } from '../../src/lib/paths/routes.ts';
import { verifySite } from '../../src/lib/outputCheck/verifySite.ts';
import { builtFileOf } from '../../src/lib/paths/builtFiles.ts';
import { firstRoundTripBytes, measurePage } from '../../scripts/support/pageWeight.ts';
import { htmlPages, readPage, urlPathOf } from './sites.ts';

/*
 * What must hold on any build of any content, whatever this month's campaign says: the checks a
 * build of the live content/ (and of an editor's new campaign) is held to. They name no campaign,
 * position or date.
 */

/** The problems of one built page, as sentences; empty when it holds every invariant. */
export function pageInvariantProblems(root: string, page: string): string[] {
  const document = parse(readPage(root, page));
  const problems: string[] = [];
  if (document.querySelector('[data-fraud-warning]') === null) problems.push('has no fraud warning');
  const lang = document.querySelector('html')?.getAttribute('lang');
  if (page !== '404.html') {
    const { locale } = splitLocalePath(urlPathOf(page));
    if (lang !== locales[locale].htmlLang) problems.push(`has lang="${lang}", not ${locales[locale].htmlLang}`);
    for (const other of Object.keys(locales) as (keyof typeof locales)[]) {
      const twin = join(root, builtFileOf(switchLocalePath(urlPathOf(page), other)));
      if (!existsSync(twin)) problems.push(`has no ${other} twin at ${switchLocalePath(urlPathOf(page), other)}`);
    }
  }
  const weight = measurePage(root, page);
  if (weight.renderCritical.brotli > firstRoundTripBytes) problems.push(`needs ${weight.renderCritical.brotli} B brotli for its first paint`);
  return problems;
}

/** Every page's problems, and the output check's, for a whole build. */
export function siteInvariantProblems(root: string): string[] {
  const pages = htmlPages(root);
  if (pages.length === 0) return ['has no pages'];
  return [
    ...pages.flatMap((page) => pageInvariantProblems(root, page).map((problem) => `${page} ${problem}`)),
    ...verifySite(root, ownInlineCode()).map(({ file, message }) => `${file} ${message}`),
  ];
}
