import ICAL from 'ical.js';
import { parse } from 'node-html-parser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { isOfficialUrl } from '../../src/lib/officialUrl.ts';
import { campaignOfPosition, featuredAt, fixtureCampaigns, leadCampaign, statusAt } from '../support/fixtureSite.ts';
import { fixtureBuilds, htmlPages, readPage, siteBuilds, siteDir, type SiteBuild } from '../support/sites.ts';

const home = (build: SiteBuild, locale: 'id' | 'en') =>
  parse(readPage(siteDir(build), locale === 'id' ? 'index.html' : 'en/index.html'));
const positionPages = (build: SiteBuild) => htmlPages(siteDir(build)).filter((page) => /^(en\/)?lowongan\/[^/]+\/index\.html$/.test(page));
const leadPosition = leadCampaign.positions[0] ?? '';
const visibleText = (build: SiteBuild, page: string) => {
  const document = parse(readPage(siteDir(build), page));
  for (const hidden of document.querySelectorAll('[hidden]')) hidden.remove();
  return document.querySelector('main')?.text.replace(/\s+/g, ' ') ?? '';
};

describe.each(fixtureBuilds)('the fixture site built %s', (build) => {
  const clock = siteBuilds[build].siteNow;
  const featured = featuredAt(clock);
  const status = statusAt(featured, clock);

  test.each(['id', 'en'] as const)(`marks the %s home page's status boxes with the featured campaign's status and window`, (locale) => {
    const boxes = home(build, locale).querySelectorAll('[data-registration-status]');
    expect(boxes.length).toBeGreaterThanOrEqual(2);
    for (const box of boxes) {
      expect(box.getAttribute('data-registration-status')).toBe(status);
      expect(box.getAttribute('data-opens')).toBe(featured.opens.toISOString());
      expect(box.getAttribute('data-closes')).toBe(featured.closes.toISOString());
    }
  });

  test('has an apply button exactly on the pages whose campaign is open', () => {
    for (const page of ['index.html', 'en/index.html']) {
      expect(parse(readPage(siteDir(build), page)).querySelectorAll('[data-apply]'), page).toHaveLength(status === 'open' ? 1 : 0);
    }
    for (const page of positionPages(build)) {
      const campaign = campaignOfPosition(page.replace(/^(en\/)?lowongan\/|\/index\.html$/g, ''));
      const buttons = parse(readPage(siteDir(build), page)).querySelectorAll('[data-apply]');
      expect(buttons, page).toHaveLength(statusAt(campaign, clock) === 'open' ? 1 : 0);
    }
  });

  test('keeps every position page up in both languages, with the fraud warning', () => {
    const positions = fixtureCampaigns.flatMap((campaign) => campaign.positions);
    expect(positionPages(build)).toHaveLength(2 * positions.length);
    for (const page of positionPages(build)) {
      expect(parse(readPage(siteDir(build), page)).querySelector('[data-fraud-warning]'), page).not.toBeNull();
    }
  });
});

describe('what the pages say', () => {
  test('the Indonesian home states the deadline the official way', () => {
    expect(visibleText('open', 'index.html')).toContain('Minggu, 14 September 2025 pukul 23.59 WIB');
  });

  test('the English home states the deadline with a 12-hour clock', () => {
    expect(visibleText('open', 'en/index.html')).toContain('Sunday 14 September 2025, 11:59 pm WIB');
  });

  test('position pages give the deadline in WITA and WIT', () => {
    expect(visibleText('open', `lowongan/${leadPosition}/index.html`)).toContain('Senin, 15 September 2025 pukul 00.59 WITA');
    expect(visibleText('open', `lowongan/${leadPosition}/index.html`)).toContain('Senin, 15 September 2025 pukul 01.59 WIT');
    expect(visibleText('open', `en/lowongan/${leadPosition}/index.html`)).toContain('Monday 15 September 2025, 1:59 am WIT');
  });

  test('no page uses the word midnight', () => {
    for (const page of htmlPages(siteDir('open'))) {
      expect(readPage(siteDir('open'), page), page).not.toMatch(/midnight|tengah malam/i);
    }
  });

  test('before opening, the home says when registration opens', () => {
    expect(visibleText('upcoming', 'index.html')).toContain('Pendaftaran dibuka mulai Senin, 8 September 2025 pukul 00.00 WIB');
  });

  test('after closing, the lead campaign\'s pages say registration closed, and when', () => {
    const text = visibleText('closed', `en/lowongan/${leadPosition}/index.html`);
    expect(text).toContain('Registration closed on Sunday 14 September 2025, 11:59 pm WIB');
    expect(text).toContain('Registration for this recruitment closed on');
  });

  test('a page built while open carries the closed notice for the script to reveal', () => {
    const notice = home('open', 'id').querySelectorAll('[data-when="closed"]');
    expect(notice.length).toBeGreaterThan(0);
    for (const block of notice) expect(block.hasAttribute('hidden')).toBe(true);
  });

  test('a page built after closing carries no statuses it can no longer reach', () => {
    const page = parse(readPage(siteDir('closed'), `lowongan/${leadPosition}/index.html`));
    expect(page.querySelectorAll('[data-when="open"], [data-when="upcoming"]')).toHaveLength(0);
  });

  test('a campaign is listed on the archive page, with its positions, once it has closed', () => {
    const listed = (build: SiteBuild) => parse(readPage(siteDir(build), 'arsip/index.html')).querySelector(`[data-campaign="${leadCampaign.slug}"]`);
    expect(listed('closed')?.querySelectorAll('a')).toHaveLength(leadCampaign.positions.length);
    expect(listed('open')).toBeNull();
  });
});

describe.each(['kalender', 'en/kalender'])('the built calendar file in %s/', (folder) => {
  const locale = folder.startsWith('en/') ? 'en' : 'id';
  const calendar = new ICAL.Component(
    ICAL.parse(readFileSync(join(siteDir('open'), folder, `${leadCampaign.slug}.ics`), 'utf8')),
  );
  const event = calendar.getFirstSubcomponent('vevent');

  test('is read by a real iCalendar parser as the registration window', () => {
    expect((event?.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate()).toEqual(leadCampaign.opens);
    expect((event?.getFirstPropertyValue('dtend') as ICAL.Time).toJSDate()).toEqual(leadCampaign.closes);
  });

  test('speaks the language of the pages that link to it and points to the official portal', () => {
    expect(event?.getFirstProperty('summary')?.getParameter('language')).toBe(locale);
    expect(isOfficialUrl(String(event?.getFirstPropertyValue('url')))).toBe(true);
  });

  test('is linked from the home page of its language', () => {
    const home = parse(readPage(siteDir('open'), locale === 'id' ? 'index.html' : 'en/index.html'));
    expect(home.querySelector(`a[href="/${folder}/${leadCampaign.slug}.ics"]`)).not.toBeNull();
  });
});
