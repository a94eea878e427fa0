import { parse, type HTMLElement } from 'node-html-parser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatMoment } from '../../src/lib/time/dateFormat.ts';
import { featuredAt, fixtureCampaigns, type FixtureCampaign, leadCampaign, phaseAt } from '../support/fixtureSite.ts';
import { htmlPages, readPage, siteBuilds, siteDir, type SiteBuild } from '../support/sites.ts';

/*
 * What the pages say in each phase of a campaign (src/lib/recruitment/campaignPhase.ts), read from the fixture
 * site built at clocks inside each: a campaign open or about to open, one whose selection runs on a
 * dated stage after registration, one closed with nothing more known, and, more than a year after
 * the lead campaign closed, every campaign past.
 */
const dom = (build: SiteBuild, page: string): HTMLElement => parse(readPage(siteDir(build), page));
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
/** What a reader sees in the page's main part. */
const visibleMain = (build: SiteBuild, page: string): string => {
  const document = dom(build, page);
  for (const hidden of document.querySelectorAll('[hidden]')) hidden.remove();
  return squash(document.querySelector('main')?.text ?? '');
};
/**
 * What a page says of its campaigns, seen or not: its main part, descriptions, structured data and
 * WhatsApp text. The fraud warning's standing rule (register only on the official portal) is not
 * about a campaign, and is left out.
 */
const everythingSaid = (build: SiteBuild, page: string): string => {
  const document = dom(build, page);
  const structured = document.querySelectorAll('script[type="application/ld+json"]').map((script) => script.text);
  // The message checker's words travel as data in a script: they speak of messages, not of a campaign.
  for (const aside of document.querySelectorAll('[data-fraud-warning], script')) aside.remove();
  const descriptions = document.querySelectorAll('meta[content]').map((meta) => meta.getAttribute('content') ?? '');
  const whatsApp = document
    .querySelectorAll('[data-share="whatsapp"]')
    .map((link) => new URL(link.getAttribute('href') ?? '').searchParams.get('text') ?? '');
  return squash([document.querySelector('main')?.text ?? '', ...descriptions, ...structured, ...whatsApp].join('\n'));
};
const pagesOf = (build: SiteBuild) => htmlPages(siteDir(build));
const positionPage = (campaign: FixtureCampaign, locale: 'id' | 'en') => `${locale === 'en' ? 'en/' : ''}lowongan/${campaign.positions[0] ?? ''}/index.html`;
const selectionCampaign = fixtureCampaigns.find((campaign) => phaseAt(campaign, siteBuilds.closed.siteNow) === 'selection') as FixtureCampaign;
/** Words that call a reader to register, or speak of registration still to come. */
const callsToRegister = [
  /Daftar di portal resmi/,
  // "Register only on the official portal" is the fraud rule, not a call to register now.
  // A word of its own: "mendaftarkan dirinya" (an employer registering with the agency) is no call.
  /(?<!\p{L})daftarkan diri(?! hanya)/iu,
  /\bdaftarlah\b/i,
  /Siap mendaftar/,
  /Bergabunglah/,
  /\bJoin BPJS/,
  /Posisi yang dibuka/i,
  /Sebelum mendaftar/,
  /Daftar paling lambat/,
  /Open positions/i,
  /\bApply on\b/,
  /\bApply by\b/,
  /apply early/i,
  /Ready to apply/,
  /Before you apply/,
  // The status line's future tense; an announcement's own title may name a past opening.
  /\b(Opens|Closes) (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/,
];

describe('more than a year after the lead campaign closed', () => {
  const build = 'concluded';
  const clock = siteBuilds[build].siteNow;

  test('every fixture campaign is a past recruitment at that clock', () => {
    expect(new Date(clock).getTime() - leadCampaign.closes.instant.getTime()).toBeGreaterThan(365 * 24 * 3_600_000);
    expect(fixtureCampaigns.map((campaign) => phaseAt(campaign, clock))).toEqual(fixtureCampaigns.map(() => 'concluded'));
  });

  test('no built page calls anyone to register or marks a stage current', () => {
    const pages = pagesOf(build);
    expect(pages.length).toBeGreaterThan(20);
    for (const page of pages) {
      const said = everythingSaid(build, page);
      for (const call of callsToRegister) expect(said, `${page}: ${call}`).not.toMatch(call);
      expect(said, page).not.toMatch(/tahap saat ini|current stage/);
      expect(dom(build, page).querySelectorAll('[data-stage="current"], [data-apply]'), page).toHaveLength(0);
    }
  });

  test('no built page carries a block the script could still reveal in an earlier phase', () => {
    for (const page of pagesOf(build)) {
      for (const block of dom(build, page).querySelectorAll('[data-when]')) {
        expect(block.getAttribute('data-when'), page).toMatch(/^(concluded|current|done)( |$)/);
      }
    }
  });

  test.each(['id', 'en'] as const)('the %s home says no recruitment is open, links the archive and shows the latest past one as past', (locale) => {
    const page = locale === 'en' ? 'en/index.html' : 'index.html';
    const featured = featuredAt(clock);
    const home = dom(build, page);
    expect(home.querySelector('[data-phase]')?.getAttribute('data-phase')).toBe('concluded');
    expect(home.querySelector(`[data-none-open] a[href="${locale === 'en' ? '/en' : ''}/arsip/"]`)).not.toBeNull();
    const text = visibleMain(build, page);
    const closes = formatMoment(featured.closes, 'WIB', locale);
    if (locale === 'id') {
      expect(text).toContain('Saat ini tidak ada rekrutmen yang membuka pendaftaran.');
      expect(text).toContain(`Rekrutmen yang telah lalu: pendaftarannya ditutup pada ${closes}`);
      expect(text).toContain('Posisi dalam rekrutmen ini');
    } else {
      expect(text).toContain('No recruitment is open for registration now.');
      expect(text).toContain(`A past recruitment: registration closed on ${closes}`);
      expect(text).toContain('Registration and assessment for this recruitment were entirely online.');
    }
  });

  test.each(['id', 'en'] as const)('the lead campaign\'s %s position page reads as a past recruitment, with nothing to share or save', (locale) => {
    const page = positionPage(leadCampaign, locale);
    const text = visibleMain(build, page);
    expect(text).toContain(locale === 'en' ? 'This position was offered in' : 'Posisi ini dibuka dalam');
    expect(text).not.toContain(locale === 'en' ? 'Part of ' : 'Bagian dari ');
    expect(dom(build, page).querySelectorAll('[data-share], [data-calendar]')).toHaveLength(0);
  });

  test('the archive lists every campaign as past', () => {
    const archive = dom(build, 'en/arsip/index.html');
    for (const campaign of fixtureCampaigns) {
      expect(squash(archive.querySelector(`[data-campaign="${campaign.slug}"]`)?.text ?? '')).toContain(
        `A past recruitment: registration closed on ${formatMoment(campaign.closes, 'WIB', 'en')}.`,
      );
    }
  });

  test('the deadline question asks when registration closed, and answers that none is open', () => {
    expect(visibleMain(build, 'tanya-jawab/index.html')).toContain('Kapan pendaftaran rekrutmen terakhir ditutup?');
    expect(visibleMain(build, 'en/tanya-jawab/index.html')).toContain('No recruitment is open for registration now.');
  });

  test('the vacancy feed holds no position', () => {
    expect(readFileSync(join(siteDir(build), 'lowongan', 'rss.xml'), 'utf8')).not.toContain('<item>');
  });
});

describe('registration closed, a later stage dated (the selection phase)', () => {
  const build = 'closed';

  test('the fixture has such a campaign at the closed clock, and a campaign with nothing more known', () => {
    expect(selectionCampaign).toBeDefined();
    expect(phaseAt(leadCampaign, siteBuilds[build].siteNow)).toBe('closed');
  });

  test.each(['id', 'en'] as const)('its %s position page says the selection continues on the announced schedule and marks the dated stage', (locale) => {
    const page = positionPage(selectionCampaign, locale);
    expect(dom(build, page).querySelector('.status')?.getAttribute('data-phase')).toBe('selection');
    expect(dom(build, page).querySelector('.status')?.getAttribute('data-registration-status')).toBe('closed');
    const text = visibleMain(build, page);
    expect(text).toContain(locale === 'en' ? 'The selection continues on the announced schedule of stages.' : 'Seleksi berlanjut sesuai jadwal tahapan yang diumumkan.');
    expect(text).toMatch(locale === 'en' ? /current stage/ : /tahap saat ini/);
    for (const call of callsToRegister) expect(text, String(call)).not.toMatch(call);
  });

  test('the archive says until when the scheduled stages run', () => {
    const section = dom(build, 'arsip/index.html').querySelector(`[data-campaign="${selectionCampaign.slug}"]`);
    const lastEnds = selectionCampaign.stages.at(-1)?.ends;
    expect(lastEnds).toBeDefined();
    if (lastEnds === undefined) return;
    expect(squash(section?.text ?? '')).toContain(`Tahapan seleksi yang dijadwalkan berlangsung hingga ${formatMoment(lastEnds, 'WIB', 'id')}.`);
  });
});

describe('registration closed, nothing more known', () => {
  const build = 'closed';

  test.each(['id', 'en'] as const)('the lead campaign\'s %s position page says the next stages are announced on the portal, and calls no one to register', (locale) => {
    const page = positionPage(leadCampaign, locale);
    expect(dom(build, page).querySelector('.status')?.getAttribute('data-phase')).toBe('closed');
    const text = visibleMain(build, page);
    expect(text).toContain(
      locale === 'en' ? 'The schedule of the next stages is announced on the official portal.' : 'Jadwal tahapan berikutnya diumumkan melalui portal resmi.',
    );
    expect(text).toContain(locale === 'en' ? 'About registration' : 'Tentang pendaftaran');
    for (const call of callsToRegister) expect(text, String(call)).not.toMatch(call);
  });
});

describe('registration upcoming or open', () => {
  test.each(['upcoming', 'open', 'closingSoon'] as const)('the lead campaign\'s home page built %s calls to register and carries every later phase, hidden', (build) => {
    const home = dom(build, 'index.html');
    const phase = phaseAt(leadCampaign, siteBuilds[build].siteNow);
    expect(home.querySelector('.status')?.getAttribute('data-phase')).toBe(phase);
    expect(visibleMain(build, 'index.html')).toContain('Posisi yang dibuka');
    expect(visibleMain(build, 'index.html')).not.toContain('Saat ini tidak ada rekrutmen');
    for (const later of ['closed', 'concluded']) {
      const blocks = home.querySelectorAll(`[data-when~="${later}"]`);
      expect(blocks.length, later).toBeGreaterThan(0);
      for (const block of blocks.filter((candidate) => !(candidate.getAttribute('data-when') ?? '').split(' ').includes(phase))) {
        expect(block.hasAttribute('hidden'), later).toBe(true);
      }
    }
    expect(home.querySelectorAll('[data-when~="selection"]')).toHaveLength(0);
  });

  test('the deadline answer given as a date tells no one to register early', () => {
    for (const page of ['tanya-jawab/index.html', 'en/tanya-jawab/index.html']) {
      const answer = dom('open', page).querySelector('[data-deadline-answer]')?.text ?? '';
      expect(answer).toMatch(/belum diumumkan; periksa portal resmi\.|has not been announced; check the official portal\./);
      expect(answer).not.toMatch(/daftarlah|jadi|apply early/i);
    }
  });
});
