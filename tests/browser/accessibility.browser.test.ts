import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  addressOf,
  describeInChromium,
  screenshotName,
  screenshotsDir,
  serveSiteToChromium,
  statusOf,
  viewports,
  type ViewportName,
} from '../support/browser.ts';
import { htmlPages, siteBuilds, siteDir } from '../support/sites.ts';

/*
 * axe-core in Chromium over every page of the site as built while registration is open, at phone and
 * desktop size, with the page's clock at that moment so the status script agrees with the build.
 * The upcoming and closed builds show other markup (a notice instead of the apply button), so their
 * home and position pages are checked too. Each check leaves a screenshot for a person to look at.
 */
const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const viewportNames = Object.keys(viewports) as ViewportName[];

async function violationsOn(tab: Page): Promise<{ id: string; help: string; targets: string[] }[]> {
  const { violations } = await new AxeBuilder({ page: tab }).withTags(wcag22aa).analyze();
  return violations.map(({ id, help, nodes }) => ({ id, help, targets: nodes.map(({ target }) => target.join(' ')) }));
}

function axeSuite(build: 'open' | 'upcoming' | 'closed', pages: string[], sizes: readonly ViewportName[]): void {
  describe(`the ${build} build`, () => {
    const site = serveSiteToChromium(siteDir(build));
    const now = new Date(siteBuilds[build].siteNow);
    for (const size of sizes) mkdirSync(join(screenshotsDir, build, size), { recursive: true });

    test('has pages to check', () => {
      expect(pages).toContain('index.html');
    });

    describe.each(pages)('%s', (page) => {
      test.each(sizes)('has no WCAG 2.2 AA violation that axe can find at %s size', async (size) => {
        await site.visit(addressOf(page), { viewport: viewports[size], now }, async (tab, status) => {
          expect(status).toBe(statusOf(page));
          await tab.screenshot({ path: join(screenshotsDir, build, size, `${screenshotName(page)}.png`), fullPage: true });
          expect(await violationsOn(tab)).toEqual([]);
        });
      });
    });
  });
}

describeInChromium('axe in Chromium', () => {
  axeSuite('open', htmlPages(siteDir('open')), viewportNames);
  // Both home pages and the first position page in each language: where the status and apply panel show.
  const statusPages = (build: 'upcoming' | 'closed') => {
    const pages = htmlPages(siteDir(build));
    const homes = pages.filter((page) => /^(en\/)?index\.html$/.test(page));
    const positions = ['', 'en/'].map((prefix) => pages.find((page) => page.startsWith(`${prefix}lowongan/`)));
    return [...homes, ...positions.filter((page) => page !== undefined)];
  };
  axeSuite('upcoming', statusPages('upcoming'), ['phone']);
  axeSuite('closed', statusPages('closed'), ['phone']);
});
