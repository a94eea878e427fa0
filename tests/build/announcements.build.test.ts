import { XMLParser } from 'fast-xml-parser';
import { parse } from 'node-html-parser';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { siteUrl } from '../../src/config/site.ts';
import { isAnnouncementPublished } from '../../src/lib/recruitment/announcementSchedule.ts';
import { featuredAt, fixtureAnnouncements } from '../support/fixtureSite.ts';
import { readPage, siteBuilds, siteDir } from '../support/sites.ts';

/*
 * Numbered announcements (pengumuman), from the fixture site's announcements: each on its own page,
 * in the index, the home page of its campaign, the feed and the sitemap, in both languages.
 */
const root = siteDir('open');
const dom = (page: string) => parse(readPage(root, page));

test('the fixture site has announcements to show', () => {
  expect(fixtureAnnouncements.length).toBeGreaterThan(1);
});

describe.each(['', 'en/'])('announcements in "/%s"', (prefix) => {
  test.each(fixtureAnnouncements)('$slug has its own page with its number', (announcement) => {
    const page = dom(`${prefix}pengumuman/${announcement.slug}/index.html`);
    expect(page.querySelector('[data-announcement-reference]')?.getAttribute('data-announcement-reference')).toBe(announcement.reference);
    expect(page.querySelector('[data-fraud-warning]')).not.toBeNull();
    const document = page.querySelector('[data-announcement-document]');
    expect(document?.getAttribute('href')).toBe(announcement.documentUrl);
  });

  test('the index lists every announcement, newest first', () => {
    const listed = dom(`${prefix}pengumuman/index.html`).querySelectorAll('[data-announcement]').map((item) => item.getAttribute('data-announcement'));
    expect(listed).toEqual(fixtureAnnouncements.map((announcement) => announcement.slug));
  });

  test('the home page shows the featured campaign\'s latest announcement', () => {
    const featured = featuredAt(siteBuilds.open.siteNow);
    const latest = fixtureAnnouncements.find((announcement) => announcement.campaign === featured.slug);
    const shown = dom(`${prefix}index.html`).querySelector('[data-latest-announcement]');
    expect(shown?.getAttribute('data-latest-announcement')).toBe(latest?.slug);
    expect(shown?.querySelector('a')?.getAttribute('href')).toBe(`/${prefix}pengumuman/${latest?.slug}/`);
  });

  test('the feed carries every announcement with its number', () => {
    const channel = new XMLParser().parse(readFileSync(join(root, prefix, 'pengumuman', 'rss.xml'), 'utf8')).rss.channel;
    const items = [].concat(channel.item) as { title: string; link: string }[];
    expect(items.map((item) => item.link)).toEqual(fixtureAnnouncements.map((announcement) => new URL(`/${prefix}pengumuman/${announcement.slug}/`, siteUrl).href));
    for (const [index, announcement] of fixtureAnnouncements.entries()) expect(items[index]?.title).toContain(announcement.reference);
  });
});

test('the sitemap lists every announcement page in both languages', () => {
  const sitemap = readFileSync(join(root, 'sitemap-0.xml'), 'utf8');
  for (const announcement of fixtureAnnouncements) {
    for (const prefix of ['', 'en/']) expect(sitemap).toContain(`<loc>${new URL(`/${prefix}pengumuman/${announcement.slug}/`, siteUrl).href}</loc>`);
  }
});

describe('announcements dated after the build clock', () => {
  const early = siteDir('upcoming');
  const notYet = fixtureAnnouncements.filter((announcement) => !isAnnouncementPublished(announcement.published, new Date(siteBuilds.upcoming.siteNow)));

  test('the fixture site has an announcement published after its earliest clock', () => {
    expect(notYet.length).toBeGreaterThan(0);
  });

  test.each(['', 'en/'])('have no page, no place in the index, the feed, the home page or the checker in "/%s" yet', (prefix) => {
    const everywhere = [
      readPage(early, `${prefix}pengumuman/index.html`),
      readPage(early, `${prefix}index.html`),
      readPage(early, `${prefix}cek-keaslian/index.html`),
      readFileSync(join(early, prefix, 'pengumuman', 'rss.xml'), 'utf8'),
      readFileSync(join(early, 'sitemap-0.xml'), 'utf8'),
    ].join('\n');
    for (const announcement of notYet) {
      expect(existsSync(join(early, prefix, 'pengumuman', announcement.slug, 'index.html'))).toBe(false);
      expect(everywhere).not.toContain(`pengumuman/${announcement.slug}/`);
      expect(everywhere).not.toContain(announcement.reference);
    }
  });
});
