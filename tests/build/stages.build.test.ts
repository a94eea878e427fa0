import ICAL from 'ical.js';
import { parse, type HTMLElement } from 'node-html-parser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatMoment } from '../../src/lib/time/dateFormat.ts';
import { type Moment, officialDate, officialDateAfter } from '../../src/lib/time/moments.ts';
import { datedStages, stageTimeline } from '../../src/lib/recruitment/stages.ts';
import { stagesBesideWindow } from '../../src/lib/recruitment/calendarFile.ts';
import { featuredAt, leadCampaign } from '../support/fixtureSite.ts';
import { fixtureBuilds, readPage, siteBuilds, siteDir, type SiteBuild } from '../support/sites.ts';

/*
 * The lead fixture campaign has three stages, two of them dated, placed so that the upcoming and
 * open clocks fall inside a different dated one, and the closed clock after both, before the
 * undated one: the build must mark the dated stage under way, and never the undated one.
 */
const leadPosition = leadCampaign.positions[0] ?? '';
const pagesOfLead = ['index.html', 'en/index.html', `lowongan/${leadPosition}/index.html`, `en/lowongan/${leadPosition}/index.html`];
const dom = (build: SiteBuild, page: string): HTMLElement => parse(readPage(siteDir(build), page));
const visible = (element: HTMLElement | null | undefined): string => {
  const copy = parse(element?.outerHTML ?? '');
  for (const hidden of copy.querySelectorAll('[hidden]')) hidden.remove();
  return copy.text.replace(/\s+/g, ' ');
};
const noMoment: Moment = { instant: new Date(Number.NaN), hasTime: true };
const currentIndexAt = (clock: string) => stageTimeline(leadCampaign.stages, new Date(clock)).findIndex((stage) => stage.state === 'current');

test('the fixture places the clocks inside each dated stage and after them, before an undated one', () => {
  const current = fixtureBuilds.map((build) => currentIndexAt(siteBuilds[build].siteNow));
  expect(current).toEqual([0, 1, -1]);
  expect(leadCampaign.stages).toHaveLength(3);
  expect(datedStages(leadCampaign.stages)).toHaveLength(2);
  expect(leadCampaign.stages[2]?.starts).toBeUndefined();
});

describe.each(fixtureBuilds)('the lead campaign built %s', (build) => {
  const clock = siteBuilds[build].siteNow;
  const current = currentIndexAt(clock);
  // Once it has closed, the home pages lead with the next campaign; its position pages stay up.
  const pages = pagesOfLead.filter((page) => page.includes('lowongan/') || featuredAt(clock).slug === leadCampaign.slug);

  test.each(pages)('%s lists every stage in order and marks the current one, if any, visibly', (page) => {
    const items = dom(build, page).querySelectorAll('.timeline li');
    expect(items).toHaveLength(leadCampaign.stages.length);
    expect(items.map((item) => item.getAttribute('data-stage') === 'current')).toEqual(leadCampaign.stages.map((_, index) => index === current));
    if (current >= 0) expect(visible(items[current])).toMatch(page.startsWith('en/') ? /current stage/ : /tahap saat ini/);
    for (const [index, item] of items.entries()) {
      if (index !== current) expect(visible(item)).not.toMatch(/current stage|tahap saat ini/);
    }
  });
});

describe('what the timeline says', () => {
  const undated = leadCampaign.stages.findIndex((stage) => stage.starts === undefined);

  test('a stage without dates says its schedule is announced on the official portal', () => {
    expect(visible(dom('open', 'index.html').querySelectorAll('.timeline li')[undated])).toContain('Jadwal tahap ini diumumkan melalui portal resmi.');
    expect(visible(dom('open', 'en/index.html').querySelectorAll('.timeline li')[undated])).toContain('The schedule for this stage is announced on the official portal.');
  });

  test.each(['closed', 'concluded'] as const)('a stage without dates is neither current nor done, and carries no state, built %s', (build) => {
    for (const page of [`lowongan/${leadPosition}/index.html`, `en/lowongan/${leadPosition}/index.html`]) {
      const item = dom(build, page).querySelectorAll('.timeline li')[undated];
      expect(item?.hasAttribute('data-stage'), page).toBe(false);
      expect(item?.querySelectorAll('.timeline__mark'), page).toHaveLength(0);
      expect(visible(item)).not.toMatch(/tahap saat ini|selesai|current stage|done/);
    }
  });

  test('a stage given with times gives them in WIB and in the zones of the placements', () => {
    const stage = datedStages(leadCampaign.stages).find((candidate) => candidate.starts.hasTime && candidate.ends.hasTime);
    expect(stage).toBeDefined();
    const text = visible(dom('open', `lowongan/${leadPosition}/index.html`).querySelector('.timeline'));
    for (const zone of ['WIB', 'WITA', 'WIT'] as const) {
      expect(text).toContain(formatMoment(stage?.starts ?? noMoment, zone, 'id'));
      expect(text).toContain(formatMoment(stage?.ends ?? noMoment, zone, 'id'));
    }
    expect(text).toContain('Senin, 25 Agustus 2025 pukul 08.00 WIB sampai dengan Jumat, 5 September 2025 pukul 16.00 WIB.');
    const english = visible(dom('open', `en/lowongan/${leadPosition}/index.html`).querySelector('.timeline'));
    expect(english).toContain('Monday 25 August 2025, 08:00 WIB to Friday 5 September 2025, 16:00 WIB.');
  });

  test('a stage given as dates gives its days once, with no time and no other zones', () => {
    const index = leadCampaign.stages.findIndex((stage) => stage.starts?.hasTime === false);
    for (const [page, expected] of [
      [`lowongan/${leadPosition}/index.html`, 'Senin, 8 September 2025 sampai dengan Minggu, 14 September 2025.'],
      [`en/lowongan/${leadPosition}/index.html`, 'Monday 8 September 2025 to Sunday 14 September 2025.'],
    ] as const) {
      const text = visible(dom('open', page).querySelectorAll('.timeline li')[index]);
      expect(text).toContain(expected);
      expect(text).not.toMatch(/WIB|WITA|WIT|pukul|\d{2}[.:]\d{2}/);
    }
  });
});

describe.each(['kalender', 'en/kalender'])('the calendar file in %s/', (folder) => {
  const calendar = new ICAL.Component(ICAL.parse(readFileSync(join(siteDir('open'), folder, `${leadCampaign.slug}.ics`), 'utf8')));
  const [registration, ...stageEvents] = calendar.getAllSubcomponents('vevent');
  // The stage with the window's own span is the window's event (stagesBesideWindow), not a second one.
  const dated = stagesBesideWindow(
    { start: leadCampaign.opens, end: leadCampaign.closes },
    datedStages(leadCampaign.stages).map((stage) => ({ ...stage, start: stage.starts, end: stage.ends })),
  );
  /** A DTSTART or DTEND as comparable text: a day for an all-day event, else the instant. */
  const written = (event: ICAL.Component | undefined, property: string) => {
    const time = event?.getFirstPropertyValue(property) as ICAL.Time;
    return time.isDate ? time.toString() : time.toJSDate().toISOString();
  };
  /** What the content gives: whole days when either end is a date (an all-day event ends on the day after), else instants. */
  const expected = (starts: Moment, ends: Moment) =>
    starts.hasTime && ends.hasTime ? [starts.instant.toISOString(), ends.instant.toISOString()] : [officialDate(starts), officialDateAfter(ends)];

  test('holds the registration window, then one event per other dated stage with its dates', () => {
    expect([written(registration, 'dtstart'), written(registration, 'dtend')]).toEqual(expected(leadCampaign.opens, leadCampaign.closes));
    expect(stageEvents).toHaveLength(dated.length);
    expect(stageEvents.map((event) => [written(event, 'dtstart'), written(event, 'dtend')])).toEqual(dated.map((stage) => expected(stage.start, stage.end)));
  });

  test('writes the stage that has the window\'s own dates as the window\'s one event, not a second', () => {
    const spans = [registration, ...stageEvents].map((event) => `${written(event, 'dtstart')}/${written(event, 'dtend')}`);
    expect(datedStages(leadCampaign.stages).length).toBeGreaterThan(dated.length);
    expect(new Set(spans).size).toBe(spans.length);
  });

  test('writes a stage given as dates as an all-day event and one given with times as instants', () => {
    const kinds = stageEvents.map((event) => (event.getFirstPropertyValue('dtstart') as ICAL.Time).isDate);
    expect(kinds).toEqual(dated.map((stage) => !stage.start.hasTime));
    expect(kinds).toContain(false);
  });

  test('gives every event its own UID', () => {
    const uids = calendar.getAllSubcomponents('vevent').map((event) => event.getFirstPropertyValue('uid'));
    expect(new Set(uids).size).toBe(uids.length);
  });
});

describe('closing soon', () => {
  const deadline = { id: formatMoment(leadCampaign.closes, 'WIB', 'id'), en: formatMoment(leadCampaign.closes, 'WIB', 'en') };

  test.each(pagesOfLead)('%s says registration closes soon, with the deadline, in its last days', (page) => {
    const status = dom('closingSoon', page).querySelector('.status');
    expect(status?.getAttribute('data-registration-status')).toBe('open');
    expect(status?.hasAttribute('data-closing-soon')).toBe(true);
    expect(visible(status)).toContain(page.startsWith('en/') ? `closing soon: the deadline is ${deadline.en}` : `segera ditutup: batas akhirnya ${deadline.id}`);
    expect(dom('closingSoon', page).querySelectorAll('[data-apply]')).toHaveLength(1);
  });

  test.each(pagesOfLead)('%s does not say so earlier in the window, but carries the words for the script', (page) => {
    const status = dom('open', page).querySelector('.status');
    expect(status?.hasAttribute('data-closing-soon')).toBe(false);
    expect(visible(status)).not.toMatch(/closing soon|segera ditutup/);
    expect(status?.querySelector('[data-when="soon"]')?.hasAttribute('hidden')).toBe(true);
  });
});

describe('the deadline in what gets shared', () => {
  const page = (locale: 'id' | 'en') => `${locale === 'en' ? 'en/' : ''}lowongan/${leadPosition}/index.html`;
  const shared = (build: SiteBuild, locale: 'id' | 'en') => {
    const document = dom(build, page(locale));
    const whatsApp = new URL(document.querySelector('[data-share="whatsapp"]')?.getAttribute('href') ?? '').searchParams.get('text') ?? '';
    return [
      document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
      document.querySelector('meta[property="og:description"]')?.getAttribute('content') ?? '',
      document.querySelector('meta[name="twitter:description"]')?.getAttribute('content') ?? '',
      whatsApp,
    ];
  };

  test('the Indonesian position page reads the deadline as given, a date, in its description, preview and WhatsApp text', () => {
    expect(`Daftar paling lambat ${formatMoment(leadCampaign.closes, 'WIB', 'id')}.`).toBe('Daftar paling lambat Minggu, 14 September 2025.');
    for (const text of shared('open', 'id')) expect(text).toContain('Daftar paling lambat Minggu, 14 September 2025.');
  });

  test.each(['upcoming', 'open'] as const)('the English position page says "Apply by" the deadline when built %s', (build) => {
    for (const text of shared(build, 'en')) expect(text).toContain(`Apply by ${formatMoment(leadCampaign.closes, 'WIB', 'en')}.`);
  });

  test('a position page built after closing shares no deadline', () => {
    for (const text of [...shared('closed', 'id'), ...shared('closed', 'en')]) expect(text).not.toMatch(/Daftar paling lambat|Apply by/);
  });
});
