import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { claimText } from '../../src/config/claims.ts';
import { siteUrl } from '../../src/config/site.ts';
import { type Locale, localeCodes, locales } from '../../src/i18n/locales.ts';
import { dictionaries } from '../../src/i18n/translate.ts';
import { id as idDictionary } from '../../src/i18n/ui.ts';
import { messageCheckerScript } from '../../src/lib/messageCheck/checkerScript.ts';
import { isOfficialUrl } from '../../src/lib/links/officialUrl.ts';
import { htmlPages, isStandInPage, positionOfPage, readPage, siteDir, urlPathOf, siteBuilds } from '../support/sites.ts';
import { placementTimeZones, type PlacementRegion } from '../../src/lib/recruitment/regions.ts';
import { campaignOfPosition, fixtureCampaigns, fixtureRegionPages, fixtureSlugs, phaseAt, placementsOfPosition, statusAt } from '../support/fixtureSite.ts';

const root = siteDir('open');
const pages = htmlPages(root);
const contentPages = pages.filter((page) => !isStandInPage(page));
const dom = (page: string): HTMLElement => parse(readPage(root, page));
const localeOf = (page: string): Locale => (page.startsWith('en/') ? 'en' : 'id');
const withoutLocale = (page: string) => page.replace(/^en\//, '');

describe('the built site', () => {
  test('holds every page in both languages, the offline page in each, and a 404 page', () => {
    const expected = [
      'index.html',
      'arsip/index.html',
      'cek-keaslian/index.html',
      'tentang/index.html',
      'waspada-penipuan/index.html',
      ...fixtureCampaigns.flatMap((campaign) => campaign.positions).map((slug) => `lowongan/${slug}/index.html`),
      ...[...fixtureRegionPages(siteBuilds.open.siteNow).keys()].map((region) => `lowongan/wilayah/${region}/index.html`),
      ...fixtureSlugs('programmes').map((slug) => `program/${slug}/index.html`),
      'pengumuman/index.html',
      'tanya-jawab/index.html',
      ...fixtureSlugs('announcements').map((slug) => `pengumuman/${slug}/index.html`),
      'luring/index.html',
    ];
    expect(pages).toEqual([...expected, ...expected.map((page) => `en/${page}`), '404.html'].sort());
  });
});

describe.each(contentPages)('%s', (page) => {
  const document = dom(page);
  const locale = localeOf(page);
  const t = dictionaries[locale];
  const head = document.querySelector('head');

  test('declares its language on <html>', () => {
    expect(document.querySelector('html')?.getAttribute('lang')).toBe(locales[locale].htmlLang);
  });

  test('links to itself as canonical and to each language and x-default by hreflang', () => {
    const href = (selector: string) => head?.querySelector(selector)?.getAttribute('href');
    const shared = urlPathOf(withoutLocale(page));
    expect(href('link[rel="canonical"]')).toBe(new URL(urlPathOf(page), siteUrl).href);
    expect(href('link[hreflang="id"]')).toBe(new URL(shared, siteUrl).href);
    expect(href('link[hreflang="en"]')).toBe(new URL(`/en${shared}`, siteUrl).href);
    expect(href('link[hreflang="x-default"]')).toBe(new URL(shared, siteUrl).href);
  });

  test('has a title, a meta description and a favicon', () => {
    expect(head?.querySelector('title')?.text.trim()).not.toBe('');
    expect(head?.querySelector('meta[name="description"]')?.getAttribute('content')?.trim()).not.toBe('');
    expect(head?.querySelector('link[rel="icon"]')?.getAttribute('href')).toBe('/favicon.svg');
  });

  test('shows the fraud warning in full in its language at the foot, linking to the fraud page and the message checker', () => {
    const warning = document.querySelector('footer [data-fraud-warning="full"]');
    expect(warning?.querySelector('.visually-hidden')?.text).toContain(t['fraudWarning.label']);
    expect(warning?.text).toContain(claimText('fraud-warning', locale));
    expect(warning?.querySelectorAll('a').map((link) => link.getAttribute('href'))).toEqual(
      locale === 'id' ? ['/waspada-penipuan/', '/cek-keaslian/'] : ['/en/waspada-penipuan/', '/en/cek-keaslian/'],
    );
  });

  test('opens with the compact fraud warning before the main content: free of charge, and a link to the fraud page', () => {
    const warnings = document.querySelectorAll('[data-fraud-warning]');
    expect(warnings.map((warning) => warning.getAttribute('data-fraud-warning'))).toEqual(['compact', 'full']);
    const compact = warnings[0];
    expect(compact?.querySelector('.visually-hidden')?.text).toContain(t['fraudWarning.label']);
    expect(compact?.text).toContain(claimText('free-of-charge', locale));
    expect(compact?.querySelectorAll('a').map((link) => link.getAttribute('href'))).toEqual([locale === 'id' ? '/waspada-penipuan/' : '/en/waspada-penipuan/']);
    expect(document.querySelector('main')?.querySelector('[data-fraud-warning]')).toBeNull();
  });

  test('offers the same page in the other language, and that page exists', () => {
    const links = document.querySelectorAll('a[data-language-switch]');
    const other = localeCodes.find((code) => code !== locale);
    expect(links).toHaveLength(1);
    expect(links[0]?.getAttribute('hreflang')).toBe(other);
    const target = links[0]?.getAttribute('href') ?? '';
    expect(target).toBe(locale === 'id' ? `/en${urlPathOf(page)}` : urlPathOf(withoutLocale(page)));
    expect(pages).toContain(`${target.slice(1)}index.html`);
  });

  test('leaves no UI key or placeholder untranslated in its text', () => {
    // What a reader reads: scripts and data blocks (the checker's `{count}` is its script's to fill) aside.
    const body = parse(readPage(root, page)).querySelector('body');
    for (const script of body?.querySelectorAll('script') ?? []) script.remove();
    const text = body?.text ?? '';
    const leftovers = Object.keys(idDictionary).filter((key) => text.includes(key));
    expect(leftovers).toEqual([]);
    expect(text).not.toMatch(/\{\w+\}/);
  });

  test('loads nothing from another origin, and no script file but the message checker\'s on its own page', () => {
    const external = document
      .querySelectorAll('script[src], link[rel="stylesheet"], img, iframe, source')
      .map((element) => element.getAttribute('src') ?? element.getAttribute('href') ?? '')
      .filter((url) => /^(https?:)?\/\//.test(url));
    expect(external).toEqual([]);
    const ownFiles = messageCheckerScript().pages.includes(urlPathOf(page)) ? [messageCheckerScript().src] : [];
    expect(document.querySelectorAll('script[src]').map((script) => script.getAttribute('src'))).toEqual(ownFiles);
  });
});

describe.each(contentPages.filter((page) => positionOfPage(page) !== undefined))('position page %s', (page) => {
  const document = dom(page);
  const locale = localeOf(page);
  const t = dictionaries[locale];
  const slug = positionOfPage(page) ?? '';
  const campaign = campaignOfPosition(slug);

  test('links to the official portal with the apply button exactly while its campaign is open', () => {
    const apply = document.querySelector('a[data-apply]');
    if (statusAt(campaign, siteBuilds.open.siteNow) !== 'open') {
      expect(apply).toBeNull();
      return;
    }
    const href = apply?.getAttribute('href') ?? '';
    expect(isOfficialUrl(href)).toBe(true);
    expect(new URL(href).host).toBe('rekrutmen.bpjsketenagakerjaan.go.id');
    expect(apply?.text).toContain(t['apply.button']);
  });

  test('lists every placement region of the position with its time zones', () => {
    const regions = document.querySelectorAll('[data-region]');
    expect(regions.map((region) => region.getAttribute('data-region'))).toEqual(placementsOfPosition(slug));
    for (const region of regions) {
      for (const zone of placementTimeZones(region.getAttribute('data-region') as PlacementRegion)) expect(region.text).toContain(zone);
    }
  });

  // A recruitment that is over has its terms told in the past tense (claims ending in "-past").
  const tense = phaseAt(campaign, siteBuilds.open.siteNow) === 'concluded' ? '-past' : '';

  test('says that local candidates have priority', () => {
    expect(document.querySelector('main')?.text).toContain(claimText(`local-priority${tense}`, locale));
  });

  test('says whether candidates with physical disabilities may apply', () => {
    const access = document.querySelector('[data-disability-access]');
    const value = access?.getAttribute('data-disability-access');
    expect(['open', 'not-open', 'to-confirm']).toContain(value);
    expect(access?.text).toBe(claimText(`disability-${value as 'open' | 'not-open' | 'to-confirm'}${tense}`, locale));
  });
});

describe('the 404 page', () => {
  const document = dom('404.html');

  test('announces only real addresses to crawlers: no canonical, and the home page as its og:url', () => {
    expect(document.querySelector('link[rel="canonical"]')).toBeNull();
    expect(document.querySelector('meta[property="og:url"]')?.getAttribute('content')).toBe(new URL('/', siteUrl).href);
  });

  test('speaks both languages, each marked with its lang', () => {
    for (const locale of localeCodes) {
      const section = document.querySelector(`section[lang="${locales[locale].htmlLang}"]`);
      expect(section?.text).toContain(dictionaries[locale]['notFound.text']);
      expect(section?.querySelector('[data-fraud-warning]')).not.toBeNull();
      expect(section?.querySelector('[data-fraud-warning] a:last-child')?.getAttribute('href')).toBe(locale === 'id' ? '/cek-keaslian/' : '/en/cek-keaslian/');
    }
  });

  test('is not offered to search engines', () => {
    expect(document.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });
});

describe.each(['waspada-penipuan/index.html', 'en/waspada-penipuan/index.html'])('the fraud page %s', (page) => {
  test('lists each official channel once, in its body, and the footer leaves them out', () => {
    const document = dom(page);
    const channelLinks = (within: HTMLElement | null) =>
      (within?.querySelectorAll('li[data-claim] > a') ?? []).map((link) => link.getAttribute('href'));
    const inBody = channelLinks(document.querySelector('main'));
    expect(inBody).toHaveLength(fixtureSlugs('channels').length);
    expect(new Set(inBody).size).toBe(inBody.length);
    expect(channelLinks(document.querySelector('footer'))).toEqual([]);
  });
});

test('every other page lists the official channels in its footer', () => {
  const others = contentPages.filter((page) => !withoutLocale(page).startsWith('waspada-penipuan/'));
  expect(others.filter((page) => dom(page).querySelectorAll('footer li[data-claim] > a').length !== fixtureSlugs('channels').length)).toEqual([]);
});
