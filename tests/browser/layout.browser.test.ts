import { describe, expect, test } from 'vitest';
import { addressOf, describeInChromium, serveSiteToChromium, statusOf, viewports, type ViewportName } from '../support/browser.ts';
import { focusIndicator, overflowAt, tabbableCount, undersizedTargets } from '../support/inPage.ts';
import { htmlPages, siteBuilds, siteDir } from '../support/sites.ts';

/*
 * What axe cannot see: a thumb must be able to hit every link (WCAG 2.5.8), a 320 px screen (or 400%
 * zoom) must not scroll sideways (1.4.10), and a keyboard user must see where focus is (2.4.7).
 */
const root = siteDir('open');
const pages = htmlPages(root);
const now = new Date(siteBuilds.open.siteNow);
const viewportNames = Object.keys(viewports) as ViewportName[];
const narrowest = { width: 320, height: 640 };
/** A 360 × 740 phone zoomed to 200%: the page is laid out in half the CSS pixels. */
const zoomedPhone = { width: 180, height: 370 };
/** Text closer than this to a phone's edge is clipped by cases and curved screens, and hard to read. */
const edgeMargin = 8;

describeInChromium('layout in Chromium', () => {
  const site = serveSiteToChromium(root);

  test('has pages to check', () => {
    expect(pages).toContain('index.html');
  });

  describe.each(pages)('%s', (page) => {
    test.each(viewportNames)('gives every link and control outside a sentence a target of at least 24×24 px at %s size', async (size) => {
      await site.visit(addressOf(page), { viewport: viewports[size], now }, async (tab, status) => {
        expect(status).toBe(statusOf(page));
        expect(await tab.evaluate(undersizedTargets)).toEqual([]);
      });
    });

    test('fits a 320 px wide screen without scrolling sideways, its text clear of both edges', async () => {
      await site.visit(addressOf(page), { viewport: narrowest, now }, async (tab) => {
        const { scrollWidth, clientWidth, offenders, textAtEdges } = await tab.evaluate(overflowAt, edgeMargin);
        expect(scrollWidth, `sticking out: ${offenders.join(', ')}`).toBeLessThanOrEqual(clientWidth);
        expect(textAtEdges).toEqual([]);
      });
    });

    test('fits a 360 px phone at 200% zoom (180 CSS px) without scrolling sideways', async () => {
      await site.visit(addressOf(page), { viewport: zoomedPhone, now }, async (tab) => {
        const { scrollWidth, clientWidth, offenders } = await tab.evaluate(overflowAt, 0);
        expect(scrollWidth, `sticking out: ${offenders.join(', ')}`).toBeLessThanOrEqual(clientWidth);
      });
    });

    test('shows where keyboard focus is on every element Tab reaches, and Tab reaches them all', async () => {
      await site.visit(addressOf(page), { viewport: viewports.phone, now }, async (tab) => {
        const tabbable = await tab.evaluate(tabbableCount);
        const reached: string[] = [];
        const unseen: string[] = [];
        for (let step = 0; step <= tabbable; step += 1) {
          await tab.keyboard.press('Tab');
          const focus = await tab.evaluate(focusIndicator);
          if (focus === undefined || reached.includes(focus.element)) break;
          reached.push(focus.element);
          if (focus.changes.length === 0 || !focus.onScreen) unseen.push(focus.element);
        }
        expect(reached).toHaveLength(tabbable);
        expect(unseen).toEqual([]);
      });
    });
  });
});
