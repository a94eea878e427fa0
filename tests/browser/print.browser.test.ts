import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { claimText } from '../../src/config/claims.ts';
import { describeInChromium, siteUrl, useChromium } from '../support/browser.ts';
import { htmlPages, positionOfPage, siteDir, urlPathOf } from '../support/sites.ts';

/*
 * Every position page of the open build printed for a notice board or a job fair: one A4 sheet,
 * the portal address and the fraud warning on it. One print-media tab prints them all in turn.
 */
const positionPages = htmlPages(siteDir('open')).filter((page) => positionOfPage(page) !== undefined);

describeInChromium('printing a position page', () => {
  const browser = useChromium();
  let tab: Page | undefined;
  beforeAll(async () => {
    tab = await browser().newPage();
    await tab.emulateMedia({ media: 'print' });
  });
  afterAll(async () => {
    await tab?.close();
  });

  test.each(positionPages)('%s fits one A4 page with the portal address and the fraud warning', async (page) => {
    if (tab === undefined) throw new Error('printing a position page: no tab');
    await tab.goto(`${siteUrl('open')}${urlPathOf(page)}`);
    const pdf = (await tab.pdf({ format: 'A4', printBackground: false })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page\b/g) ?? []).toHaveLength(1);
    const printed = await tab.evaluate(() => document.body.innerText);
    expect(printed).toContain('rekrutmen.bpjsketenagakerjaan.go.id');
    expect(printed).toContain(claimText('fraud-warning', page.startsWith('en/') ? 'en' : 'id'));
  });
});
