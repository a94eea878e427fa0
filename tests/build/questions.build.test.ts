import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { readPage, siteDir } from '../support/sites.ts';

/*
 * Questions and answers: the FAQPage structured data says exactly what the page says, and the
 * deadline answer gives the featured campaign's closing time in all three of Indonesia's zones.
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

  test('gives the deadline in WIB, WITA and WIT', () => {
    const answer = document.querySelector('[data-deadline-answer]')?.text ?? '';
    for (const zone of ['WIB', 'WITA', 'WIT']) expect(answer).toMatch(new RegExp(`\\b${zone}\\b`));
  });
});
