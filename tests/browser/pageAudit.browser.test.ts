import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  addressOf,
  describeInChromium,
  openInNewContext,
  resizeTo,
  screenshotName,
  screenshotsDir,
  serveBuildToChromium,
  siteUrl,
  statusOf,
  useChromium,
  viewports,
  type OpenedPage,
  type ViewportName,
} from '../support/browser.ts';
import { focusIndicator, overflowAt, tabbableCount, undersizedTargets } from '../support/inPage.ts';
import { htmlPages, isStandInPage, positionOfPage, siteBuilds, siteDir } from '../support/sites.ts';

/*
 * Every page of the site as built while registration is open, opened once in Chromium (one context,
 * one load, the page's clock at the build's moment so the status script agrees with the build) and
 * checked in place, resized as each check needs:
 * - axe-core (WCAG 2.2 AA) at phone and desktop size;
 * - what axe cannot see: a thumb must be able to hit every link (2.5.8) at both sizes, a 320 px screen
 *   and a phone at 200% zoom must not scroll sideways (1.4.10), a keyboard user must see where focus is
 *   (2.4.7);
 * - the language switcher leads to the same page in the other language and back.
 * The checks run in that order: none before the keyboard moves focus, and none before the switcher
 * leaves the page. Each page leaves a phone-size screenshot for a person to look at.
 * The upcoming and closed builds show other markup (a notice instead of the apply button), so their
 * home and position pages get axe at phone size too.
 */
const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const viewportNames = Object.keys(viewports) as ViewportName[];
const narrowest = { width: 320, height: 640 };
/** A 360 × 740 phone zoomed to 200%: the page is laid out in half the CSS pixels. */
const zoomedPhone = { width: 180, height: 370 };
/** Text closer than this to a phone's edge is clipped by cases and curved screens, and hard to read. */
const edgeMargin = 8;
/**
 * Pages are checked side by side, as many at a time as the project's `maxConcurrency`: each page has
 * a context of its own, and while Chromium works on one page it can work on another on the second core.
 */
const pagesSideBySide = { concurrent: true };
/** A page's own checks run one after another, on its one tab, in the order written. */
const inOrder = { concurrent: false };

/**
 * What axe finds on the page as it is laid out now. A page without frames is read by `axe.run` in
 * the page itself (the builder's "legacy mode"), which finds what axe's default finds (it runs each
 * frame apart and joins their results in a new blank tab, which costs a tab and a second axe
 * start every time): about a third of the time. Only violations are described node by node.
 */
async function violationsOn(tab: Page): Promise<{ id: string; help: string; targets: string[] }[]> {
  const { violations } = await new AxeBuilder({ page: tab })
    // Before withTags: options() replaces the options withTags adds to.
    .options({ resultTypes: ['violations'] })
    .withTags(wcag22aa)
    .setLegacyMode(tab.frames().length === 1)
    .analyze();
  return violations.map(({ id, help, nodes }) => ({ id, help, targets: nodes.map(({ target }) => target.join(' ')) }));
}

function screenshotPath(build: string, page: string): string {
  return join(screenshotsDir, build, 'phone', `${screenshotName(page)}.png`);
}

/** The elements Tab reaches from the top of the page, in order, and those among them whose focus cannot be seen. */
async function tabThrough(tab: Page): Promise<{ tabbable: number; reached: string[]; unseen: string[] }> {
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
  return { tabbable, reached, unseen };
}

/** Follows the language switcher from `tab` and back, as a reader does. */
async function switchLanguageAndBack(tab: Page): Promise<void> {
  const from = new URL(tab.url()).pathname;
  const other = from.startsWith('/en/') ? from.slice('/en'.length) : `/en${from}`;
  const fromLang = await tab.getAttribute('html', 'lang');

  await tab.locator('a[data-language-switch]').click();
  await tab.waitForURL((url) => url.pathname !== from);
  expect(new URL(tab.url()).pathname).toBe(other);
  expect(await tab.getAttribute('html', 'lang')).not.toBe(fromLang);

  await tab.locator('a[data-language-switch]').click();
  await tab.waitForURL((url) => url.pathname !== other);
  expect(new URL(tab.url()).pathname).toBe(from);
  expect(await tab.getAttribute('html', 'lang')).toBe(fromLang);
}

describeInChromium('every page in Chromium', () => {
  const browser = useChromium();
  const pages = htmlPages(siteDir('open'));
  const now = new Date(siteBuilds.open.siteNow);
  mkdirSync(join(screenshotsDir, 'open', 'phone'), { recursive: true });

  test('has pages to check', () => {
    expect(pages).toContain('index.html');
  });

  describe.each(pages)('%s', pagesSideBySide, (page) => {
    let opened: OpenedPage | undefined;
    const loaded = () => {
      if (opened === undefined) throw new Error(`${page} did not open`);
      return opened;
    };
    beforeAll(async () => {
      opened = await openInNewContext(browser(), `${siteUrl('open')}${addressOf(page)}`, { viewport: viewports.phone, now });
    });
    afterAll(async () => {
      await opened?.close();
    });

    // Phone size first, where the page opened: its screenshot shows the page as first laid out.
    for (const size of viewportNames) {
      test(`has no WCAG 2.2 AA violation that axe can find at ${size} size`, inOrder, async () => {
        const { tab, status } = loaded();
        expect(status).toBe(statusOf(page));
        await resizeTo(tab, viewports[size]);
        if (size === 'phone') await tab.screenshot({ path: screenshotPath('open', page), fullPage: true });
        expect(await violationsOn(tab)).toEqual([]);
      });

      test(`gives every link and control outside a sentence a target of at least 24×24 px at ${size} size`, inOrder, async () => {
        const { tab, status } = loaded();
        expect(status).toBe(statusOf(page));
        await resizeTo(tab, viewports[size]);
        expect(await tab.evaluate(undersizedTargets)).toEqual([]);
      });
    }

    test('fits a 320 px wide screen without scrolling sideways, its text clear of both edges', inOrder, async () => {
      const { tab } = loaded();
      await resizeTo(tab, narrowest);
      const { scrollWidth, clientWidth, offenders, textAtEdges } = await tab.evaluate(overflowAt, edgeMargin);
      expect(scrollWidth, `sticking out: ${offenders.join(', ')}`).toBeLessThanOrEqual(clientWidth);
      expect(textAtEdges).toEqual([]);
    });

    test('fits a 360 px phone at 200% zoom (180 CSS px) without scrolling sideways', inOrder, async () => {
      const { tab } = loaded();
      await resizeTo(tab, zoomedPhone);
      const { scrollWidth, clientWidth, offenders } = await tab.evaluate(overflowAt, 0);
      expect(scrollWidth, `sticking out: ${offenders.join(', ')}`).toBeLessThanOrEqual(clientWidth);
    });

    // Nothing above has focused anything, so Tab starts from the top of the page, as on a fresh load.
    test('shows where keyboard focus is on every element Tab reaches, and Tab reaches them all', inOrder, async () => {
      const { tab } = loaded();
      await resizeTo(tab, viewports.phone);
      const { tabbable, reached, unseen } = await tabThrough(tab);
      expect(reached).toHaveLength(tabbable);
      expect(unseen).toEqual([]);
    });

    // The 404 and the offline pages speak every language: they have no twin to switch to.
    if (!isStandInPage(page)) {
      test('has a language switcher that lands on the same page in the other language, and leads back', inOrder, async () => {
        const { tab } = loaded();
        await resizeTo(tab, viewports.phone);
        await switchLanguageAndBack(tab);
      });
    }
  });
});

describeInChromium('the status pages of the builds before and after registration in Chromium', () => {
  // Both home pages and the first position page in each language: where the status and apply panel show.
  const statusPages = (build: 'upcoming' | 'closed') => {
    const pages = htmlPages(siteDir(build));
    const homes = pages.filter((page) => /^(en\/)?index\.html$/.test(page));
    const positions = ['', 'en/'].map((prefix) => pages.find((page) => page.startsWith(`${prefix}lowongan/`) && positionOfPage(page) !== undefined));
    return [...homes, ...positions.filter((page) => page !== undefined)];
  };

  describe.each(['upcoming', 'closed'] as const)('the %s build', (build) => {
    const site = serveBuildToChromium(build);
    const pages = statusPages(build);
    const now = new Date(siteBuilds[build].siteNow);
    mkdirSync(join(screenshotsDir, build, 'phone'), { recursive: true });

    test('has pages to check', () => {
      expect(pages).toContain('index.html');
    });

    test.each(pages)('%s has no WCAG 2.2 AA violation that axe can find at phone size', pagesSideBySide, async (page) => {
      await site.visit(addressOf(page), { viewport: viewports.phone, now }, async (tab, status) => {
        expect(status).toBe(statusOf(page));
        await tab.screenshot({ path: screenshotPath(build, page), fullPage: true });
        expect(await violationsOn(tab)).toEqual([]);
      });
    });
  });
});
