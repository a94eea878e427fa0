import { XMLParser } from 'fast-xml-parser';
import { parse, type HTMLElement } from 'node-html-parser';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { siteUrl } from '../../src/config/site.ts';
import type { Locale } from '../../src/i18n/locales.ts';
import { dictionaries } from '../../src/i18n/translate.ts';
import { type PlacementRegion, placementTimeZones, regionName } from '../../src/lib/recruitment/regions.ts';
import { formatInstant } from '../../src/lib/time/dateFormat.ts';
import { timeZoneCodes } from '../../src/lib/time/timeZones.ts';
import { fixtureCampaigns, fixtureRegionPages, phaseAt, placementsOfPosition } from '../support/fixtureSite.ts';
import { fixtureBuilds, htmlPages, positionOfPage, readPage, regionOfPage, siteBuilds, siteDir } from '../support/sites.ts';

/*
 * The pages that answer "what is open where I live?": one per province and island group with
 * positions of a campaign not yet over, in both languages, each listing exactly what the fixture
 * files place there (tests/support/fixtureSite.ts), linked from the home page and from placements.
 */

const prefixOf = (locale: Locale) => (locale === 'en' ? 'en/' : '');
const locales: Locale[] = ['id', 'en'];
const regionPage = (locale: Locale, region: string) => `${prefixOf(locale)}lowongan/wilayah/${region}/index.html`;
const regionPath = (locale: Locale, region: string) => `/${prefixOf(locale)}lowongan/wilayah/${region}/`;
const campaignBySlug = new Map(fixtureCampaigns.map((campaign) => [campaign.slug, campaign]));
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });

describe.each(fixtureBuilds)('the region pages of the fixture site built %s', (build) => {
  const clock = siteBuilds[build].siteNow;
  const root = siteDir(build);
  const expected = fixtureRegionPages(clock);
  const pages = htmlPages(root);
  const dom = (page: string): HTMLElement => parse(readPage(root, page));

  test('exist for every region with positions, and only for those, in both languages', () => {
    expect(expected.size).toBeGreaterThan(0);
    for (const locale of locales) {
      const built = pages.filter((page) => page.startsWith(`${prefixOf(locale)}lowongan/wilayah/`)).map((page) => regionOfPage(page));
      expect(built.sort()).toEqual([...expected.keys()].sort());
    }
  });

  test('leave out a region a campaign names when none of its positions is placed there', () => {
    const named = fixtureCampaigns.filter((campaign) => phaseAt(campaign, clock) !== 'concluded').flatMap((campaign) => campaign.regions);
    const without = named.filter((region) => !expected.has(region as PlacementRegion));
    expect(without.length).toBeGreaterThan(0);
    for (const region of without) for (const locale of locales) expect(existsSync(join(root, regionPage(locale, region)))).toBe(false);
  });

  describe.each([...expected].flatMap(([region, campaigns]) => locales.map((locale) => ({ region, campaigns, locale }))))(
    '$locale page of $region',
    ({ region, campaigns, locale }) => {
      const document = dom(regionPage(locale, region));
      const t = dictionaries[locale];
      const sections = document.querySelectorAll('main [data-campaign]');

      test('is titled and described with the region’s name in its language', () => {
        const name = regionName(region, locale);
        expect(document.querySelector('h1')?.text).toBe(t['regionPage.title'].replace('{region}', name));
        expect(document.querySelector('meta[name="description"]')?.getAttribute('content')).toContain(name);
      });

      test('lists exactly the positions placed there, grouped by campaign', () => {
        const listed = sections.map((section) => ({
          campaign: section.getAttribute('data-campaign'),
          positions: section.querySelectorAll('.card a').map((link) => link.getAttribute('href')),
        }));
        const wanted = campaigns.map(({ campaign, positions }) => ({
          campaign,
          positions: positions.map((slug) => `/${prefixOf(locale)}lowongan/${slug}/`),
        }));
        const bySlug = (a: { campaign: string | null | undefined }, b: { campaign: string | null | undefined }) => String(a.campaign).localeCompare(String(b.campaign));
        expect(listed.map((entry) => ({ ...entry, positions: [...entry.positions].sort() })).sort(bySlug)).toEqual(
          wanted.map((entry) => ({ ...entry, positions: [...entry.positions].sort() })).sort(bySlug),
        );
      });

      test('gives each campaign its status, which the status script moves, and a deadline with its hour in the region’s zones', () => {
        for (const section of sections) {
          const campaign = campaignBySlug.get(section.getAttribute('data-campaign') ?? '');
          if (campaign === undefined) throw new Error('a region page lists a campaign the fixture lacks');
          const scope = section.querySelector('[data-phase]');
          expect(scope?.getAttribute('data-phase')).toBe(phaseAt(campaign, clock));
          expect(scope?.querySelector(`.status__label[data-when="${phaseAt(campaign, clock)}"]:not([hidden])`)).not.toBeNull();
          const deadline = section.querySelector('[data-deadline]')?.text ?? '';
          if (campaign.closes.hasTime) {
            const zones = placementTimeZones(region);
            for (const zone of zones) expect(deadline).toContain(formatInstant(campaign.closes.instant, zone, locale));
            for (const zone of timeZoneCodes.filter((other) => !zones.includes(other))) expect(deadline).not.toMatch(new RegExp(`\\b${zone}\\b`));
          } else {
            expect(deadline).not.toMatch(/\bWIB\b|\bWITA\b|\bWIT\b|\d{2}[.:]\d{2}/);
          }
        }
      });

      test('carries no JobPosting: structured data stays on the position pages', () => {
        const blocks = document.querySelectorAll('script[type="application/ld+json"]').map((script) => script.text);
        expect(blocks.filter((block) => block.includes('JobPosting'))).toEqual([]);
      });
    },
  );

  test.each(locales)('the %s home page links every region page, each island group with its provinces', (locale) => {
    const links = dom(`${prefixOf(locale)}index.html`).querySelectorAll('[data-region-links] a').map((link) => link.getAttribute('href'));
    expect([...links].sort()).toEqual([...expected.keys()].map((region) => regionPath(locale, region)).sort());
  });

  test('each position page links a placement to its region page exactly when that page exists', () => {
    const positionPages = pages.filter((page) => positionOfPage(page) !== undefined);
    for (const page of positionPages) {
      const locale: Locale = page.startsWith('en/') ? 'en' : 'id';
      const placements = dom(page).querySelectorAll('main [data-region]');
      expect(placements.map((item) => item.getAttribute('data-region'))).toEqual(placementsOfPosition(positionOfPage(page) ?? ''));
      for (const item of placements) {
        const region = item.getAttribute('data-region') ?? '';
        const href = item.querySelector('a')?.getAttribute('href');
        expect(href, `${page} ${region}`).toBe(expected.has(region as PlacementRegion) ? regionPath(locale, region) : undefined);
      }
    }
  });
});

describe('a deadline given with its hour, on a region page outside WIB', () => {
  const clock = siteBuilds.open.siteNow;
  const timed = [...fixtureRegionPages(clock)].filter(
    ([region, campaigns]) =>
      !placementTimeZones(region).includes('WIB') && campaigns.some(({ campaign }) => campaignBySlug.get(campaign)?.closes.hasTime === true),
  );

  test('is given on the region’s clock, naming its zone', () => {
    expect(timed.length).toBeGreaterThan(0);
    for (const [region, campaigns] of timed) {
      const campaign = campaignBySlug.get(campaigns.find(({ campaign: slug }) => campaignBySlug.get(slug)?.closes.hasTime)?.campaign ?? '');
      const section = parse(readPage(siteDir('open'), regionPage('id', region))).querySelector(`[data-campaign="${campaign?.slug ?? ''}"]`);
      const [zone] = placementTimeZones(region);
      expect(section?.querySelector('[data-deadline]')?.text).toContain(`pukul`);
      expect(section?.querySelector('[data-deadline]')?.text).toContain(` ${zone ?? ''}`);
    }
  });
});

describe('the sitemap of the open build', () => {
  const root = siteDir('open');
  const index = xml.parse(readFileSync(join(root, 'sitemap-index.xml'), 'utf8'));
  const urlset = xml.parse(readFileSync(join(root, new URL(index.sitemapindex.sitemap.loc as string).pathname), 'utf8')).urlset;
  const urls = ([] as { loc: string; 'xhtml:link': { hreflang: string; href: string }[] }[]).concat(urlset.url);

  test('lists every region page in both languages, each with its Indonesian and English alternates', () => {
    const regions = [...fixtureRegionPages(siteBuilds.open.siteNow).keys()];
    for (const region of regions) {
      const alternates = [
        ['en', new URL(regionPath('en', region), siteUrl).href],
        ['id', new URL(regionPath('id', region), siteUrl).href],
      ];
      for (const locale of locales) {
        const entry = urls.find((url) => url.loc === new URL(regionPath(locale, region), siteUrl).href);
        expect(entry, `${locale} ${region}`).toBeDefined();
        expect(entry?.['xhtml:link'].map((link) => [link.hreflang, link.href]).sort()).toEqual(alternates);
      }
    }
  });
});
