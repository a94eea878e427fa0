import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import type { Locale } from '../../src/i18n/locales.ts';
import { factsStatedIn, type PositionFact, positionFactIds, positionFactSentences, recruitmentTerms } from '../../src/lib/recruitment/positionFacts.ts';
import { campaignOfPosition, disabilityAccessOfPosition, phaseAt } from '../support/fixtureSite.ts';
import { fixtureBuilds, htmlPages, readPage, siteBuilds, siteDir } from '../support/sites.ts';

/*
 * A reader arriving from a shared link meets each of the announcement's terms once on a position
 * page: local priority, disability access, free of charge, the warning about payment for tickets or
 * accommodation, and the committee's final decisions.
 *
 * "Main text" here is what the page's <main> element says. The site-wide fraud warning banner is
 * outside <main> (BaseLayout puts it before), so its "free of charge" is not counted; the test checks
 * that it stays outside. Statements are counted per text block (each innermost paragraph, list item,
 * table cell, heading or caption), so a sentence split by emphasis counts once, and a block counts
 * for a term when its text has the term's wording (src/lib/recruitment/positionFacts.ts). Each term must also be
 * marked `data-fact` exactly once, and that mark must be on the block that states it: a restatement
 * in a position's own text, in any words the patterns know, makes a second block and fails.
 */

const blockSelector = 'p, li, dt, dd, td, th, h1, h2, h3, h4, h5, h6, caption, figcaption, blockquote';

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The innermost text blocks of an element. */
function textBlocks(root: HTMLElement): HTMLElement[] {
  return root.querySelectorAll(blockSelector).filter((block) => block.querySelector(blockSelector) === null);
}

/** The blocks of the main text that state `fact`. */
function blocksStating(main: HTMLElement, fact: PositionFact, locale: Locale): HTMLElement[] {
  return textBlocks(main).filter((block) => factsStatedIn(collapse(block.text), locale).includes(fact));
}

function mainOf(html: string): HTMLElement {
  const main = parse(html).querySelector('main');
  if (main === null) throw new Error('the page has no <main>');
  for (const script of main.querySelectorAll('script')) script.remove();
  return main;
}

/** Whether `block` is the marked element or inside it. */
function within(block: HTMLElement, marked: HTMLElement | undefined): boolean {
  for (let node: HTMLElement | null = block; node !== null; node = node.parentNode) if (node === marked) return true;
  return false;
}

const localeOf = (page: string): Locale => (page.startsWith('en/') ? 'en' : 'id');

describe.each(fixtureBuilds)('the fixture site built %s', (build) => {
  const root = siteDir(build);
  const positionPages = htmlPages(root).filter((page) => /^(en\/)?lowongan\/[^/]+\/index\.html$/.test(page));

  test('has position pages in both languages', () => {
    expect(positionPages.filter((page) => localeOf(page) === 'id').length).toBeGreaterThan(0);
    expect(positionPages.filter((page) => localeOf(page) === 'en').length).toBe(positionPages.length / 2);
  });

  describe.each(positionPages)('%s', (page) => {
    const html = readPage(root, page);
    const main = mainOf(html);
    const locale = localeOf(page);
    const slug = page.replace(/^en\//, '').split('/')[1] ?? '';
    // A position of a recruitment that is over states its own terms in the past tense.
    const past = phaseAt(campaignOfPosition(slug), siteBuilds[build].siteNow) === 'concluded';
    const sentences = positionFactSentences(locale, disabilityAccessOfPosition(slug), past);

    test('keeps the site-wide fraud warning outside its main text', () => {
      expect(parse(html).querySelector('[data-fraud-warning]')).not.toBeNull();
      expect(main.querySelector('[data-fraud-warning]')).toBeNull();
    });

    test.each(positionFactIds)('marks the term %s exactly once in its main text, in the interface text\'s words', (fact) => {
      const marked = main.querySelectorAll(`[data-fact="${fact}"]`);
      expect(marked).toHaveLength(1);
      expect(collapse(marked[0]?.text ?? '')).toBe(sentences[fact]);
    });

    test.each(positionFactIds)('states the term %s in exactly one block of its main text, the marked one', (fact) => {
      const blocks = blocksStating(main, fact, locale);
      expect(blocks.map((block) => collapse(block.text))).toHaveLength(1);
      expect(within(blocks[0] as HTMLElement, main.querySelector(`[data-fact="${fact}"]`) ?? undefined)).toBe(true);
    });

    test('says in its JobPosting data each term the page says, once', () => {
      const jobPosting = parse(html)
        .querySelectorAll('script[type="application/ld+json"]')
        .map((script) => JSON.parse(script.textContent) as { '@type'?: string; description?: string })
        .find((data) => data['@type'] === 'JobPosting');
      const description = parse(`<div>${jobPosting?.description ?? ''}</div>`);
      for (const fact of positionFactIds) {
        expect(blocksStating(description, fact, locale).map((block) => collapse(block.text)), fact).toEqual([sentences[fact]]);
      }
    });
  });
});

describe('the count of a term', () => {
  const [page] = htmlPages(siteDir('open')).filter((candidate) => /^lowongan\/[^/]+\/index\.html$/.test(candidate));

  test('catches a term restated in a position\'s text', () => {
    const main = mainOf(readPage(siteDir('open'), page ?? ''));
    main.querySelector('h2')?.insertAdjacentHTML('afterend', '<p>Putra-putri daerah <strong>diprioritaskan</strong>.</p>');
    expect(blocksStating(main, 'local-priority', 'id')).toHaveLength(2);
  });
});

describe('the home page of the fixture site built open', () => {
  test.each(['index.html', 'en/index.html'])('%s states each recruitment term once, marked', (page) => {
    const main = mainOf(readPage(siteDir('open'), page));
    const locale = localeOf(page);
    const terms = recruitmentTerms(locale).map(({ fact }) => fact);
    for (const fact of ['local-priority', 'disability-access', ...terms] as const) {
      expect(main.querySelectorAll(`[data-fact="${fact}"]`), fact).toHaveLength(1);
      expect(blocksStating(main, fact, locale), fact).toHaveLength(1);
    }
  });
});
