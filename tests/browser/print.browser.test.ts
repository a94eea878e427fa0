import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { claimText } from '../../src/config/claims.ts';
import { describeInChromium, launchBrowser } from '../support/browser.ts';
import { startStaticServer, type StaticServer } from '../support/server.ts';
import { htmlPages, siteDir, urlPathOf } from '../support/sites.ts';

/** A position page printed for a notice board or a job fair: one A4 sheet, portal and warning on it. */
const root = siteDir('open');
const positionPages = htmlPages(root).filter((page) => /(^|\/)lowongan\//.test(page));

describeInChromium('printing a position page', () => {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), startStaticServer(root)]);
  });
  afterAll(async () => Promise.all([browser?.close(), server?.close()]));

  test.each(positionPages)('%s fits one A4 page with the portal address and the fraud warning', async (page) => {
    const tab = await browser.newPage();
    await tab.goto(`${server.url}${urlPathOf(page)}`);
    await tab.emulateMedia({ media: 'print' });
    const pdf = (await tab.pdf({ format: 'A4', printBackground: false })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page\b/g) ?? []).toHaveLength(1);
    const printed = await tab.evaluate(() => document.body.innerText);
    expect(printed).toContain('rekrutmen.bpjsketenagakerjaan.go.id');
    expect(printed).toContain(claimText('fraud-warning', page.startsWith('en/') ? 'en' : 'id'));
    await tab.close();
  });
});
