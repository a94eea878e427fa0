import { describe, expect, test } from 'vitest';
import { pageInvariantProblems } from '../support/siteInvariants.ts';
import { htmlPages, siteDir } from '../support/sites.ts';
import { ownInlineCode } from '../../src/lib/security/ownInlineCode.ts';
import { verifySite } from '../../src/lib/outputCheck/verifySite.ts';

/*
 * The smoke build of the real content/ on the real clock. Editors change content/ every campaign,
 * so these tests assert only what must hold whatever it says; the fixture site is where the tests
 * know the content.
 */
const root = siteDir('live');

test('the live content builds into pages', () => {
  expect(htmlPages(root).length).toBeGreaterThan(0);
});

test('the live build passes the output check', () => {
  expect(verifySite(root, ownInlineCode())).toEqual([]);
});

describe.each(htmlPages(root))('live %s', (page) => {
  test('has the fraud warning, its language, its twin and a first paint within budget', () => {
    expect(pageInvariantProblems(root, page)).toEqual([]);
  });
});
