import ICAL from 'ical.js';
import { parse } from 'node-html-parser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { isOfficialUrl } from '../../src/lib/links/officialUrl.ts';
import { officialDate, officialDateAfter } from '../../src/lib/time/moments.ts';
import { campaignOfPosition, featuredAt, fixtureCampaigns, type FixtureCampaign, leadCampaign, statusAt } from '../support/fixtureSite.ts';
import { fixtureBuilds, htmlPages, readPage, siteBuilds, siteDir, type SiteBuild } from '../support/sites.ts';

const home = (build: SiteBuild, locale: 'id' | 'en') =>
  parse(readPage(siteDir(build), locale === 'id' ? 'index.html' : 'en/index.html'));
const positionPages = (build: SiteBuild) => htmlPages(siteDir(build)).filter((page) => /^(en\/)?lowongan\/[^/]+\/index\.html$/.test(page));
const leadPosition = leadCampaign.positions[0] ?? '';
/** The fixture's campaigns with a confirmed closing time: the next one, and the past one placed outside WIB. */
const timedCampaign = fixtureCampaigns.find((campaign) => campaign.closes.hasTime && !campaign.opens.hasTime) as FixtureCampaign;
const zonedCampaign = fixtureCampaigns.find((campaign) => campaign.closes.hasTime && campaign.opens.hasTime) as FixtureCampaign;
/** Everything a page says, seen or not: its text, structured data, descriptions and WhatsApp text. */
const everythingSaid = (build: SiteBuild, page: string) => {
  const document = parse(readPage(siteDir(build), page));
  const descriptions = document.querySelectorAll('meta[content]').map((meta) => meta.getAttribute('content') ?? '');
  const whatsApp = document
    .querySelectorAll('[data-share="whatsapp"]')
    .map((link) => new URL(link.getAttribute('href') ?? '').searchParams.get('text') ?? '');
  return [document.text, ...descriptions, ...whatsApp].join('\n');
};
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
      expect(box.getAttribute('data-opens')).toBe(featured.opens.instant.toISOString());
      expect(box.getAttribute('data-closes')).toBe(featured.closes.instant.toISOString());
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
  test('the Indonesian home states a deadline given as a date as that date alone', () => {
    const text = visibleText('open', 'index.html');
    expect(text).toContain('Pendaftaran dibuka hingga Minggu, 14 September 2025');
    expect(text).toContain('Dibuka Senin, 8 September 2025. Ditutup Minggu, 14 September 2025.');
  });

  test('the English home states a deadline given as a date as that date alone, in the tense of the moment', () => {
    expect(visibleText('upcoming', 'en/index.html')).toContain('Opens Monday 8 September 2025. Closes Sunday 14 September 2025.');
    expect(visibleText('open', 'en/index.html')).toContain('Opened Monday 8 September 2025. Closes Sunday 14 September 2025.');
  });

  test('a deadline given as a date is not converted into other zones', () => {
    const text = visibleText('open', `lowongan/${leadPosition}/index.html`);
    expect(text).not.toContain('Batas waktu di zona waktu lain');
    expect(text).not.toContain('15 September 2025');
  });

  test('the home states a deadline given with its time the official way, in both languages', () => {
    expect(featuredAt(siteBuilds.closed.siteNow).slug).toBe(timedCampaign.slug);
    expect(visibleText('closed', 'index.html')).toContain('Ditutup Minggu, 7 Desember 2025 pukul 23.59 WIB.');
    expect(visibleText('closed', 'en/index.html')).toContain('Closes Sunday 7 December 2025, 23:59 WIB.');
  });

  test('a window that opens on a date and closes at a time writes each as given', () => {
    expect(visibleText('closed', 'index.html')).toContain('Dibuka Senin, 1 Desember 2025. Ditutup Minggu, 7 Desember 2025 pukul 23.59 WIB.');
  });

  test('position pages give a deadline with its time in the zones of their placements, on the 24-hour clock', () => {
    const page = (prefix: string) => `${prefix}lowongan/${zonedCampaign.positions[0] ?? ''}/index.html`;
    expect(visibleText('open', page(''))).toContain('Minggu, 9 Maret 2025 pukul 23.59 WIB');
    expect(visibleText('open', page(''))).toContain('Batas waktu di zona waktu lain: Senin, 10 Maret 2025 pukul 00.59 WITA.');
    expect(visibleText('open', page('en/'))).toContain('Deadline in other time zones: Monday 10 March 2025, 00:59 WITA.');
  });

  test.each(fixtureBuilds)('no page of the campaign given as dates states a time of day for its window, built %s', (build) => {
    const clock = siteBuilds[build].siteNow;
    const pages = [
      ...['', 'en/'].flatMap((prefix) => leadCampaign.positions.map((slug) => `${prefix}lowongan/${slug}/index.html`)),
      ...(featuredAt(clock).slug === leadCampaign.slug ? ['index.html', 'en/index.html', 'tanya-jawab/index.html', 'en/tanya-jawab/index.html'] : []),
    ];
    const archived = ['arsip/index.html', 'en/arsip/index.html'].map(
      (page) => parse(readPage(siteDir(build), page)).querySelector(`[data-campaign="${leadCampaign.slug}"]`)?.text ?? '',
    );
    for (const [page, text] of [...pages.map((page) => [page, everythingSaid(build, page)] as const), ...archived.map((text) => ['arsip', text] as const)]) {
      for (const time of ['00.00', '00:00', '23.59', '23:59']) expect(text, `${page}: ${time}`).not.toContain(time);
    }
  });

  test.each(fixtureBuilds)('no English page writes a time with am or pm, built %s', (build) => {
    for (const page of htmlPages(siteDir(build)).filter((candidate) => candidate.startsWith('en/'))) {
      expect(everythingSaid(build, page), page).not.toMatch(/\b\d{1,2}(?::\d{2})?\s?[ap]\.?m\b/i);
    }
  });

  test('no page uses the word midnight', () => {
    for (const page of htmlPages(siteDir('open'))) {
      expect(readPage(siteDir('open'), page), page).not.toMatch(/midnight|tengah malam/i);
    }
  });

  test('before opening, the home says when registration opens', () => {
    expect(visibleText('upcoming', 'index.html')).toContain('Pendaftaran dibuka mulai Senin, 8 September 2025');
    expect(visibleText('upcoming', 'index.html')).not.toContain('pukul 00.00');
  });

  test('after closing, the lead campaign\'s pages say registration closed, and when', () => {
    const text = visibleText('closed', `en/lowongan/${leadPosition}/index.html`);
    expect(text).toContain('Registration closed on Sunday 14 September 2025');
    expect(text).toContain('Registration for this recruitment closed on Sunday 14 September 2025.');
    expect(text).toContain('Opened Monday 8 September 2025. Closed Sunday 14 September 2025.');
    expect(text).not.toMatch(/\bOpens\b|\bCloses\b/);
  });

  test('a page built while open carries the closed notice for the script to reveal', () => {
    const notice = home('open', 'id')
      .querySelectorAll('[data-when~="closed"]')
      .filter((block) => !(block.getAttribute('data-when') ?? '').split(' ').includes('open'));
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

  test('is read by a real iCalendar parser as the registration window, all day from its first to its last day', () => {
    const start = event?.getFirstPropertyValue('dtstart') as ICAL.Time;
    const end = event?.getFirstPropertyValue('dtend') as ICAL.Time;
    expect([start.isDate, end.isDate]).toEqual([true, true]);
    expect(start.toString()).toBe(officialDate(leadCampaign.opens));
    // An all-day event ends where the day after its last day begins (RFC 5545).
    expect(end.toString()).toBe(officialDateAfter(leadCampaign.closes));
  });

  test('writes the window given as dates as VALUE=DATE lines, with no time of day', () => {
    const text = readFileSync(join(siteDir('open'), folder, `${leadCampaign.slug}.ics`), 'utf8');
    const registration = text.slice(text.indexOf('BEGIN:VEVENT'), text.indexOf('END:VEVENT'));
    expect(registration).toMatch(/^DTSTART;VALUE=DATE:\d{8}\r$/m);
    expect(registration).toMatch(/^DTEND;VALUE=DATE:\d{8}\r$/m);
  });

  test('states the deadline as given in the event description: the date alone', () => {
    const description = String(event?.getFirstPropertyValue('description'));
    expect(description).toContain(locale === 'id' ? 'Ditutup Minggu, 14 September 2025.' : 'Closes Sunday 14 September 2025.');
    expect(description).not.toMatch(/\d{2}[.:]\d{2}/);
  });

  test('keeps a confirmed closing time in the description of a window that opens on a date, whose event is all-day', () => {
    const text = readFileSync(join(siteDir('open'), folder, `${timedCampaign.slug}.ics`), 'utf8');
    const next = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent');
    expect((next?.getFirstPropertyValue('dtstart') as ICAL.Time).isDate).toBe(true);
    expect(String(next?.getFirstPropertyValue('description'))).toContain(
      locale === 'id' ? 'Ditutup Minggu, 7 Desember 2025 pukul 23.59 WIB.' : 'Closes Sunday 7 December 2025, 23:59 WIB.',
    );
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
