import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addressOf, describeInChromium, resizeTo, siteUrl, useChromium, viewports } from '../support/browser.ts';
import { campaignOfPosition, featuredAt, statusAt, type FixtureCampaign } from '../support/fixtureSite.ts';
import { overflowAt } from '../support/inPage.ts';
import { htmlPages, siteBuilds, siteDir } from '../support/sites.ts';

/*
 * A phone's first screen (360 × 740), on the home pages and every position page of the fixture
 * builds while registration is open and after it closed, at the build's own moment: the title, the
 * compact fraud warning and the apply button (open) or the notice that says when registration
 * opens or closed lie within it. The status script's corrections move nothing (no layout shift), and
 * at 320 px and at 200% zoom nothing scrolls sideways.
 */
const firstScreen = viewports.phone.height;
const narrowest = { width: 320, height: 640 };
const zoomedPhone = { width: 180, height: 370 };

function pagesOf(build: 'open' | 'closed'): string[] {
  return htmlPages(siteDir(build)).filter((page) => /^(en\/)?(index\.html|lowongan\/[^/]+\/index\.html)$/.test(page));
}

/** The campaign a page is about: a position's own, or the one the home page featured when it was built. */
function campaignOf(page: string, build: 'open' | 'closed'): FixtureCampaign {
  const position = /lowongan\/([^/]+)\//.exec(page)?.[1];
  return position === undefined ? featuredAt(siteBuilds[build].siteNow) : campaignOfPosition(position);
}

interface Placed {
  top: number;
  bottom: number;
}

/** Where the page's visible elements matching `selector` lie, top to bottom, in CSS pixels from the top of the page. */
async function placesOf(tab: Page, selector: string): Promise<Placed[]> {
  return tab.locator(selector).evaluateAll((elements) =>
    elements
      .filter((element) => element.getClientRects().length > 0)
      .map((element) => {
        const box = element.getBoundingClientRect();
        return { top: box.top + window.scrollY, bottom: box.bottom + window.scrollY };
      }),
  );
}

/** The sum of the layout shifts since the page started loading (the Cumulative Layout Shift, without its session windows). */
async function layoutShift(tab: Page): Promise<number> {
  return tab.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) total += (entry as PerformanceEntry & { value: number }).value;
        }).observe({ type: 'layout-shift', buffered: true });
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(total)));
      }),
  );
}

describeInChromium('the first screen of a phone', () => {
  const browser = useChromium();

  test('has the home pages and position pages of both builds to check', () => {
    for (const build of ['open', 'closed'] as const) {
      expect(pagesOf(build)).toContain('index.html');
      expect(pagesOf(build).filter((page) => page.includes('lowongan/')).length).toBeGreaterThan(1);
    }
  });

  // The open build read at its moment, the closed build at its, and the open build read after
  // registration closed: the status script corrects that page on the reader's phone. The page audit
  // (pageAudit.browser.test.ts) already fits the open build at its moment into 320 px and 200% zoom.
  const readings = [
    { build: 'open', clock: siteBuilds.open.siteNow, widths: false },
    { build: 'closed', clock: siteBuilds.closed.siteNow, widths: true },
    { build: 'open', clock: siteBuilds.closed.siteNow, widths: true },
  ] as const;

  for (const { build, clock, widths } of readings) {
    describe(`the ${build} build read at ${clock}`, () => {
      // One tab reads every page in turn: the clock is its context's, and each load starts afresh.
      let tab: Page | undefined;
      beforeAll(async () => {
        const context = await browser().newContext({ viewport: viewports.phone });
        await context.clock.setFixedTime(new Date(clock));
        tab = await context.newPage();
      });
      afterAll(async () => {
        await tab?.context().close();
      });

      test.each(pagesOf(build))('%s', async (page) => {
        if (tab === undefined) throw new Error('the first screen of a phone: no tab');
        const status = statusAt(campaignOf(page, build), clock);
        await resizeTo(tab, viewports.phone);
        await tab.goto(`${siteUrl(build)}${addressOf(page)}`);
        const [title] = await placesOf(tab, 'h1');
        const [warning] = await placesOf(tab, '[data-fraud-warning="compact"]');
        // The site's name and the language switch share the header's one line, in either language.
        const [name] = await placesOf(tab, '.site-header__name');
        const [language] = await placesOf(tab, '.language-select a');
        expect(language?.top).toBeLessThan(name?.bottom ?? 0);
        expect(title?.bottom).toBeLessThanOrEqual(firstScreen);
        expect(warning?.bottom).toBeLessThanOrEqual(firstScreen);

        const apply = await placesOf(tab, 'a[data-apply]');
        const notices = await placesOf(tab, '.apply-action .notice');
        if (status === 'open') {
          expect(apply).toHaveLength(1);
          expect(apply[0]?.top).toBeLessThanOrEqual(firstScreen);
        } else {
          expect(apply).toEqual([]);
          expect(notices).toHaveLength(1);
          expect(notices[0]?.top).toBeLessThanOrEqual(firstScreen);
          expect(await tab.locator('.apply-action .notice').filter({ visible: true }).innerText()).toMatch(/\d{4}/);
        }
        expect(await layoutShift(tab)).toBe(0);

        for (const size of widths ? [narrowest, zoomedPhone] : []) {
          await resizeTo(tab, size);
          const { scrollWidth, clientWidth, offenders } = await tab.evaluate(overflowAt, 0);
          expect(scrollWidth, `${size.width} px, sticking out: ${offenders.join(', ')}`).toBeLessThanOrEqual(clientWidth);
        }
      });
    });
  }
});
