import { XMLParser } from 'fast-xml-parser';
import { parse, type HTMLElement } from 'node-html-parser';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { siteUrl } from '../../src/config/site.ts';
import { isOfficialUrl } from '../../src/lib/links/officialUrl.ts';
import { htmlPages, isStandInPage, positionOfPage, readPage, siteDir, urlPathOf, siteBuilds } from '../support/sites.ts';
import { officialDate } from '../../src/lib/time/moments.ts';
import { campaignOfPosition, fixtureCampaigns, leadCampaign, phaseAt, placementsOfPosition, statusAt } from '../support/fixtureSite.ts';

const root = siteDir('open');
const pages = htmlPages(root).filter((page) => page !== '404.html');
const positionPages = pages.filter((page) => positionOfPage(page) !== undefined);
const dom = (page: string, build: 'open' | 'closed' = 'open'): HTMLElement => parse(readPage(siteDir(build), page));
const jsonLd = (document: HTMLElement) =>
  document.querySelectorAll('script[type="application/ld+json"]').map((script) => JSON.parse(script.text) as Record<string, unknown>);
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe.each(positionPages)('JobPosting on %s', (page) => {
  const document = dom(page);
  const [posting, ...others] = jsonLd(document);

  test('is the only structured data block, with every property Google requires', () => {
    expect(others).toEqual([]);
    expect(posting).toMatchObject({ '@context': 'https://schema.org', '@type': 'JobPosting', directApply: false });
    for (const property of ['title', 'description', 'datePosted', 'validThrough', 'hiringOrganization', 'jobLocation', 'identifier']) {
      expect(posting, property).toHaveProperty(property);
    }
  });

  test('says what the page says: title, deadline, regions', () => {
    expect(posting?.['title']).toBe(document.querySelector('h1')?.text.trim());
    const closes = new Date(document.querySelector('.status')?.getAttribute('data-closes') ?? '');
    if (campaignOfPosition(page.replace(/^(en\/)?lowongan\/|\/index\.html$/g, '')).closes.hasTime) {
      expect(new Date(String(posting?.['validThrough'])).toISOString()).toBe(closes.toISOString());
      expect(posting?.['validThrough']).toMatch(/T\d{2}:\d{2}:\d{2}\+07:00$/);
    } else {
      // A deadline given as a date is that day, with no hour a search result could show.
      expect(posting?.['validThrough']).toBe(officialDate({ instant: closes, hasTime: false }));
      expect(posting?.['datePosted']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    const regions = (posting?.['jobLocation'] as { address: { addressRegion: string; addressCountry: string } }[]).map(
      ({ address }) => {
        expect(address.addressCountry).toBe('ID');
        return address.addressRegion;
      },
    );
    expect(regions).toHaveLength(placementsOfPosition(page.replace(/^(en\/)?lowongan\/|\/index\.html$/g, '')).length);
    const shown = document.querySelectorAll('[data-region] strong').map((name) => name.text);
    expect(regions).toEqual(shown);
  });

  test('names the agency with its official channels', () => {
    const organization = posting?.['hiringOrganization'] as { name: string; sameAs: string[]; logo: string };
    expect(organization.name).toBe('BPJS Ketenagakerjaan');
    expect(organization.sameAs.length).toBeGreaterThan(0);
    for (const url of organization.sameAs) expect(isOfficialUrl(url), url).toBe(true);
    expect(existsSync(join(root, new URL(organization.logo).pathname))).toBe(true);
  });
});

describe('structured data elsewhere', () => {
  test('no page but a position page carries a JobPosting', () => {
    for (const page of pages.filter((candidate) => !positionPages.includes(candidate))) {
      expect(jsonLd(dom(page)).filter((data) => data['@type'] === 'JobPosting'), page).toEqual([]);
    }
  });

  test.each(['index.html', 'en/index.html'])('%s describes the agency as a GovernmentOrganization', (page) => {
    const [organization] = jsonLd(dom(page));
    expect(organization?.['@type']).toBe('GovernmentOrganization');
    expect((organization?.['sameAs'] as string[]).every((url) => isOfficialUrl(url))).toBe(true);
    // The agency's address is set in src/config/site.ts; it must be one of the editors' official channels.
    expect(organization?.['sameAs']).toContain(organization?.['url']);
  });

  test('a position page built after the deadline keeps its JobPosting, valid through a past date', () => {
    const [posting] = jsonLd(dom(`lowongan/${leadCampaign.positions[0] ?? ''}/index.html`, 'closed'));
    expect(new Date(String(posting?.['validThrough'])).getTime()).toBeLessThan(new Date(siteBuilds.closed.siteNow).getTime());
  });
});

describe('sitemap and robots.txt', () => {
  const index = xml.parse(readFileSync(join(root, 'sitemap-index.xml'), 'utf8'));
  const sitemapUrl = index.sitemapindex.sitemap.loc as string;
  const urlset = xml.parse(readFileSync(join(root, new URL(sitemapUrl).pathname), 'utf8')).urlset;
  const urls = ([] as { loc: string; 'xhtml:link': { hreflang: string; href: string }[] }[]).concat(urlset.url);

  test('lists every page but the 404 and offline pages, by its canonical URL', () => {
    const listed = pages.filter((page) => !isStandInPage(page));
    expect(urls.map((url) => url.loc).sort()).toEqual(listed.map((page) => new URL(urlPathOf(page), siteUrl).href).sort());
  });

  test('pairs every page with its Indonesian and English twin', () => {
    for (const url of urls) {
      const path = new URL(url.loc).pathname.replace(/^\/en\//, '/');
      expect(url['xhtml:link'].map((link) => [link.hreflang, link.href]).sort()).toEqual([
        ['en', new URL(`/en${path}`, siteUrl).href],
        ['id', new URL(path, siteUrl).href],
      ]);
    }
  });

  test('robots.txt names the sitemap', () => {
    expect(readFileSync(join(root, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${new URL('/sitemap-index.xml', siteUrl).href}`);
  });
});

describe.each(pages)('share preview of %s', (page) => {
  const head = dom(page).querySelector('head');
  const meta = (key: string) =>
    head?.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? '';

  test('has Open Graph and Twitter tags with an absolute https image URL', () => {
    for (const key of ['og:title', 'og:description', 'og:url', 'og:image:alt', 'twitter:card', 'twitter:image']) {
      expect(meta(key), key).not.toBe('');
    }
    expect(meta('og:image')).toMatch(new RegExp(`^${siteUrl}/og/.+\\.png$`));
    expect(meta('og:image:width')).toBe('1200');
    expect(meta('og:image:height')).toBe('630');
  });

  test('points to a 1200×630 PNG of at most 100 KB', () => {
    const file = join(root, new URL(meta('og:image')).pathname);
    expect(pngSize(file)).toEqual({ width: 1200, height: 630 });
    expect(statSync(file).size).toBeLessThanOrEqual(100 * 1024);
  });
});

/** A position page whose recruitment is past at the open clock: a record, not a vacancy to pass on. */
const isPastPosition = (page: string) =>
  phaseAt(campaignOfPosition(page.replace(/^(en\/)?lowongan\/|\/index\.html$/g, '')), siteBuilds.open.siteNow) === 'concluded';
const pastPositionPages = positionPages.filter(isPastPosition);
const currentPositionPages = positionPages.filter((page) => !isPastPosition(page));

describe.each(positionPages)('sharing %s', (page) => {
  test('has its own share picture', () => {
    const image = dom(page).querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '';
    expect(image).toContain(page.replace(/^(en\/)?lowongan\//, 'lowongan-').replace(/\/index\.html$/, '.png'));
  });
});

test('the open build has position pages of a past recruitment and of a current one', () => {
  expect(pastPositionPages.length).toBeGreaterThan(0);
  expect(currentPositionPages.length).toBeGreaterThan(0);
});

describe.each(pastPositionPages)('sharing %s, of a past recruitment', (page) => {
  test('offers no share links', () => {
    expect(dom(page).querySelectorAll('[data-share]')).toHaveLength(0);
  });
});

describe.each(currentPositionPages)('sharing %s, of a current recruitment', (page) => {
  const document = dom(page);

  test('offers a WhatsApp link whose text carries the page and the official portal', () => {
    const link = document.querySelector('a[data-share="whatsapp"]')?.getAttribute('href') ?? '';
    expect(link.startsWith('https://wa.me/?text=')).toBe(true);
    const text = new URL(link).searchParams.get('text') ?? '';
    expect(text).toContain(new URL(urlPathOf(page), siteUrl).href);
    expect(text).toContain('https://rekrutmen.bpjsketenagakerjaan.go.id');
  });

  test('shows its address as text to copy without JavaScript', () => {
    expect(document.querySelector('[data-share="url"]')?.text.trim()).toBe(new URL(urlPathOf(page), siteUrl).href);
  });
});

describe.each(['open', 'closed'] as const)('the feeds of the site built %s', (build) => {
  // A feed announces positions whose campaign has not closed.
  const count = fixtureCampaigns
    .filter((campaign) => statusAt(campaign, siteBuilds[build].siteNow) !== 'closed')
    .reduce((total, campaign) => total + campaign.positions.length, 0);

  test.each(['lowongan/rss.xml', 'en/lowongan/rss.xml'])(`%s lists ${count} positions`, (feed) => {
    const channel = xml.parse(readFileSync(join(siteDir(build), feed), 'utf8')).rss.channel;
    const items = channel.item === undefined ? [] : [].concat(channel.item);
    expect(items).toHaveLength(count);
    expect(channel.language).toBe(feed.startsWith('en/') ? 'en' : 'id');
  });

  test('every page links to the feed of its language', () => {
    expect(dom('en/index.html', build).querySelector('link[type="application/rss+xml"]')?.getAttribute('href')).toBe('/en/lowongan/rss.xml');
    expect(dom('index.html', build).querySelector('link[type="application/rss+xml"]')?.getAttribute('href')).toBe('/lowongan/rss.xml');
  });
});
