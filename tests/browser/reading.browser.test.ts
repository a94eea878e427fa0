import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { dictionaries } from '../../src/i18n/translate.ts';
import { addressOf, describeInChromium, siteUrl, useChromium, viewports } from '../support/browser.ts';
import { campaignOfPosition, statusAt } from '../support/fixtureSite.ts';
import { htmlPages, isStandInPage, positionOfPage, siteBuilds, siteDir } from '../support/sites.ts';

/*
 * Reading as a reader does with JavaScript turned off (P4: script is never needed): while
 * registration is open, the home pages and the positions of open campaigns still show the status,
 * its dates and the apply link. (The language switcher is checked on every page in
 * pageAudit.browser.test.ts.)
 */
const pages = htmlPages(siteDir('open'));
const contentPages = pages.filter((page) => !isStandInPage(page));
// The home pages (whose featured campaign is open in this build) and the positions of open campaigns.
const withRegistration = contentPages.filter((page) => {
  const position = positionOfPage(page);
  if (position !== undefined) return statusAt(campaignOfPosition(position), siteBuilds.open.siteNow) === 'open';
  return /^(en\/)?index\.html$/.test(page);
});

/** "14 September 2025" in the page's language, as WIB wall-clock time. */
function dateInWib(iso: string, locale: 'id' | 'en'): string {
  return new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', {
    timeZone: 'Asia/Jakarta',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(iso));
}

describeInChromium('reading in Chromium', () => {
  const browser = useChromium();
  // Without JavaScript a page keeps no state between loads: one tab reads them all, one after another.
  let tab: Page | undefined;
  beforeAll(async () => {
    const context = await browser().newContext({ viewport: viewports.phone, javaScriptEnabled: false });
    tab = await context.newPage();
  });
  afterAll(async () => {
    await tab?.context().close();
  });
  const open = async (page: string): Promise<Page> => {
    if (tab === undefined) throw new Error('reading in Chromium: no tab');
    await tab.goto(`${siteUrl('open')}${addressOf(page)}`);
    return tab;
  };

  test('has the home page and position pages to read', () => {
    expect(withRegistration).toContain('index.html');
    expect(withRegistration).toContain('en/index.html');
    expect(withRegistration.length).toBeGreaterThan(2);
  });

  describe.each(withRegistration)('%s with JavaScript turned off, while registration is open', (page) => {
    const locale = page.startsWith('en/') ? 'en' : 'id';
    const t = dictionaries[locale];

    test('shows the status, the opening and closing dates and the apply link', async () => {
      const tab = await open(page);
      const marked = tab.locator('[data-registration-status]');
      const statuses = await marked.evaluateAll((all) => all.map((element) => element.getAttribute('data-registration-status')));
      expect(new Set(statuses)).toEqual(new Set(['open']));
      const status = marked.first();
      expect(await status.isVisible()).toBe(true);
      const text = await status.innerText();
      expect(text).toContain(t['status.open'].split('{instant}')[0]?.trim());
      expect(text).not.toContain(t['status.closed'].split('{instant}')[0]?.trim());
      expect(text).toContain(dateInWib((await status.getAttribute('data-opens')) ?? '', locale));
      expect(text).toContain(dateInWib((await status.getAttribute('data-closes')) ?? '', locale));

      const apply = tab.locator('a[data-apply]');
      expect(await apply.isVisible()).toBe(true);
      expect(await apply.innerText()).toContain(t['apply.button']);
      expect(new URL((await apply.getAttribute('href')) ?? '').protocol).toBe('https:');
    });
  });
});
