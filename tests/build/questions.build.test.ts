import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { featuredAt } from '../support/fixtureSite.ts';
import { readPage, siteBuilds, siteDir } from '../support/sites.ts';

/*
 * Questions and answers: the FAQPage structured data says exactly what the page says, and the
 * deadline answer gives the featured campaign's closing time in all three of Indonesia's zones,
 * or, while only its last day is given, that day and no time.
 */
const root = siteDir('open');
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe.each(['tanya-jawab/index.html', 'en/tanya-jawab/index.html'])('%s', (page) => {
  const document = parse(readPage(root, page));
  const data = document
    .querySelectorAll('script[type="application/ld+json"]')
    .map((script) => JSON.parse(script.text) as { '@type': string; mainEntity?: { name: string; acceptedAnswer: { text: string } }[] });
  const faq = data.find((block) => block['@type'] === 'FAQPage');
  const headings = document.querySelectorAll('main h2').map((heading) => squash(heading.text));
  const text = squash(document.querySelector('main')?.text ?? '');

  test('carries FAQPage structured data with a question for every heading', () => {
    expect(faq?.mainEntity?.map((question) => question.name)).toEqual(headings);
    expect(headings.length).toBeGreaterThanOrEqual(7);
  });

  test('answers in the structured data with the words the page shows', () => {
    for (const question of faq?.mainEntity ?? []) expect(text).toContain(squash(question.acceptedAnswer.text));
  });

  test('gives a deadline given as a date as that last day, with no time or zone', () => {
    expect(featuredAt(siteBuilds.open.siteNow).closes.hasTime).toBe(false);
    const answer = document.querySelector('[data-deadline-answer]')?.text ?? '';
    expect(answer).toMatch(page.startsWith('en/') ? /is Sunday 14 September 2025 \(/ : /adalah Minggu, 14 September 2025 \(/);
    expect(answer).not.toMatch(/\bWIB\b|\bWITA\b|\bWIT\b|\d{2}[.:]\d{2}/);
  });

  test('gives a deadline given with its time in WIB, WITA and WIT', () => {
    expect(featuredAt(siteBuilds.closed.siteNow).closes.hasTime).toBe(true);
    const answer = parse(readPage(siteDir('closed'), page)).querySelector('[data-deadline-answer]')?.text ?? '';
    expect(answer).toContain(
      page.startsWith('en/')
        ? 'Sunday 7 December 2025, 23:59 WIB, or Monday 8 December 2025, 00:59 WITA, or Monday 8 December 2025, 01:59 WIT.'
        : 'Minggu, 7 Desember 2025 pukul 23.59 WIB, atau Senin, 8 Desember 2025 pukul 00.59 WITA, atau Senin, 8 Desember 2025 pukul 01.59 WIT.',
    );
  });
});
