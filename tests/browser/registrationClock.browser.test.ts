import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { describeInChromium, siteUrl, useChromium } from '../support/browser.ts';
import { formatMoment } from '../../src/lib/time/dateFormat.ts';
import { defaultConcludedAfterDays } from '../../src/lib/recruitment/campaignPhase.ts';
import { leadCampaign } from '../support/fixtureSite.ts';

const leadPage = `/lowongan/${leadCampaign.positions[0] ?? ''}/`;
/** Moments around the lead campaign's deadline, counted from the fixture. */
const afterClosing = new Date(leadCampaign.closes.instant.getTime() + 2 * 3_600_000);
const minutesBeforeClosing = (minutes: number) => new Date(leadCampaign.closes.instant.getTime() - minutes * 60_000);
const threeDaysBeforeClosing = minutesBeforeClosing(3 * 24 * 60);
/** The lead campaign dates no stage after registration: it reads as past this long after closing. */
const afterConcluding = new Date(leadCampaign.closes.instant.getTime() + (leadCampaign.concludedAfterDays + 1) * 24 * 3_600_000);
/** Which stage each page marks as current, by its place in the list. */
const currentStage = (page: Page) =>
  page.locator('.timeline li').evaluateAll((items) => items.findIndex((item) => item.getAttribute('data-stage') === 'current'));

/*
 * A page built while registration was open, read on a phone whose clock is before, near or past the
 * deadline, or past the campaign's end: the inline script must show the status of the phone's time
 * without a rebuild (closed, closing soon, concluded), and a page built after closing stays closed
 * on a phone whose clock is behind. Each reading is a fresh page whose clock is installed before it
 * loads, in the run's shared Chromium, from the run's servers of the open and closed builds.
 */
describeInChromium('a page built while registration is open', () => {
  const browser = useChromium();

  /** A fresh tab at phone size whose clock starts at `time`, on `path` of the open build. */
  async function openAt(path: string, time: Date): Promise<Page> {
    const page = await browser().newPage({ viewport: { width: 360, height: 740 } });
    await page.clock.install({ time });
    await page.goto(new URL(path, siteUrl('open')).href);
    return page;
  }

  describe.each(['/', '/en/', leadPage, `/en${leadPage}`])('%s built while open', (path) => {
    test('shows the closed notice and no apply button when read after the deadline', async () => {
      const page = await openAt(path, afterClosing);
      const statuses = await page.locator('[data-registration-status]').evaluateAll((boxes) =>
        boxes.map((box) => box.getAttribute('data-registration-status')),
      );
      expect(statuses.length).toBeGreaterThan(0);
      expect(new Set(statuses)).toEqual(new Set(['closed']));
      expect(await page.locator('.status [data-closed-notice]').isVisible()).toBe(true);
      expect(await page.locator('[data-apply]').count()).toBe(0);
      await page.close();
    });

    test('still shows the apply button when read before the deadline', async () => {
      const page = await openAt(path, minutesBeforeClosing(2));
      expect(await page.locator('[data-apply]').isVisible()).toBe(true);
      expect(await page.locator('.status [data-closed-notice]').isVisible()).toBe(false);
      await page.close();
    });
  });

  test.each(['/', `/en${leadPage}`])('%s says registration closes soon, and when, from three days before the deadline', async (path) => {
    const page = await openAt(path, threeDaysBeforeClosing);
    const status = page.locator('.status');
    expect(await status.getAttribute('data-registration-status')).toBe('open');
    expect(await status.getAttribute('data-closing-soon')).toBe('');
    expect(await status.locator('[data-when="soon"]').isVisible()).toBe(true);
    expect(await status.locator('[data-when="open"]').isVisible()).toBe(false);
    expect(await status.locator('[data-when="soon"]').innerText()).toContain(
      path.startsWith('/en/')
        ? `Registration closing soon: the deadline is ${formatMoment(leadCampaign.closes, 'WIB', 'en')}`
        : `Pendaftaran segera ditutup: batas akhirnya ${formatMoment(leadCampaign.closes, 'WIB', 'id')}`,
    );
    expect(await page.locator('[data-apply]').isVisible()).toBe(true);
    await page.close();
  });

  test('a page read a minute before the last three days does not say closing soon yet', async () => {
    const page = await openAt('/', new Date(threeDaysBeforeClosing.getTime() - 60_000));
    expect(await page.locator('.status').getAttribute('data-closing-soon')).toBeNull();
    expect(await page.locator('.status [data-when="open"]').isVisible()).toBe(true);
    await page.close();
  });

  test('the timeline marks registration done on the phone once it has closed, and never the undated stage after it current', async () => {
    const before = await openAt(leadPage, minutesBeforeClosing(2));
    const registrationStage = await currentStage(before);
    await before.close();
    const after = await openAt(leadPage, afterClosing);
    expect(await currentStage(after)).toBe(-1);
    expect(await after.locator('.timeline li').nth(registrationStage).locator('[data-when="done"]').isVisible()).toBe(true);
    expect(await after.locator('.timeline li').nth(registrationStage + 1).getAttribute('data-stage')).toBeNull();
    await after.close();
  });

  test.each(['/', `/en${leadPage}`])('%s reads as a past recruitment on a phone whose clock is past the campaign\'s end', async (path) => {
    expect(leadCampaign.concludedAfterDays).toBe(defaultConcludedAfterDays);
    const page = await openAt(path, afterConcluding);
    const phases = await page.locator('[data-phase]').evaluateAll((blocks) => blocks.map((block) => block.getAttribute('data-phase')));
    expect(new Set(phases)).toEqual(new Set(['concluded']));
    expect(await page.locator('.status').getAttribute('data-registration-status')).toBe('closed');
    expect(await page.locator('.status [data-when="concluded"]').innerText()).toContain(path.startsWith('/en/') ? 'A past recruitment' : 'Rekrutmen yang telah lalu');
    expect(await page.locator('.status [data-when="open"]').isVisible()).toBe(false);
    expect(await page.locator('[data-apply]').count()).toBe(0);
    const main = await page.locator('main').innerText();
    expect(main).not.toMatch(/Siap mendaftar|Posisi yang dibuka|Daftar di portal resmi|Ready to apply|Open positions|Apply on|\bCloses\b|\bOpens\b/);
    if (path === '/') expect(await page.locator('[data-none-open]').isVisible()).toBe(true);
    else expect(await page.locator('[data-share]').first().isVisible()).toBe(false);
    await page.close();
  });

  test('a page left open across the deadline turns to closed within a minute', async () => {
    const page = await openAt('/', minutesBeforeClosing(0.5));
    expect(await page.locator('[data-apply]').isVisible()).toBe(true);
    await page.clock.runFor(60_000);
    expect(await page.locator('.status').getAttribute('data-registration-status')).toBe('closed');
    expect(await page.locator('[data-apply]').count()).toBe(0);
    await page.close();
  });

  test('a phone whose clock is years behind cannot reopen a closed page', async () => {
    const page = await browser().newPage();
    await page.clock.install({ time: new Date('2020-01-01T00:00:00+07:00') });
    await page.goto(new URL(leadPage, siteUrl('closed')).href);
    expect(await page.locator('.status').getAttribute('data-registration-status')).toBe('closed');
    expect(await page.locator('.status [data-closed-notice]').isVisible()).toBe(true);
    expect(await page.locator('.timeline li[data-stage="current"]').count()).toBe(0);
    expect(await page.locator('.timeline li[data-stage="done"]').count()).toBe(2);
    expect(await page.locator('.timeline li[data-stage="next"]').count()).toBe(0);
    await page.close();
  });
});
