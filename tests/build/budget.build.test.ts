import { describe, expect, test } from 'vitest';
import { messageCheckerScript } from '../../src/lib/messageCheck/checkerScript.ts';
import {
  checkerJavaScriptBudgetBrotli,
  firstRoundTripBytes,
  imageBudgetBytes,
  javaScriptBudgetBytes,
  measurePage,
} from '../../scripts/support/pageWeight.ts';
import { htmlPages, siteBuilds, siteDir, urlPathOf, type SiteBuild } from '../support/sites.ts';

/*
 * P4's budget for readers on satellite links, where a round trip costs ~600 ms: a page and the CSS it
 * needs to paint arrive in the first round trip, nothing waits on another host, and nothing needs script.
 * Every build is checked, since an open, upcoming or closed campaign renders different markup.
 */
const builds = Object.keys(siteBuilds) as SiteBuild[];
const pagesOfBuilds = builds.flatMap((build) => htmlPages(siteDir(build)).map((page) => [build, page] as const));
/** The message checker's pages, the only ones allowed more script (P7): it runs the link policy in the browser. */
const checkerPages = messageCheckerScript().pages;

test('every build has pages to measure', () => {
  for (const build of builds) expect(htmlPages(siteDir(build)), build).not.toEqual([]);
});

describe.each(pagesOfBuilds)('%s build: %s', (build, page) => {
  const weight = measurePage(siteDir(build), page);

  test(`fits its HTML and render-blocking CSS in ${firstRoundTripBytes.toLocaleString('en')} bytes of brotli`, () => {
    expect(weight.renderCritical.brotli).toBeLessThanOrEqual(firstRoundTripBytes);
  });

  test('inlines its CSS instead of making the first paint wait for a stylesheet', () => {
    expect(weight.blockingStylesheets).toEqual([]);
  });

  test('uses no web fonts', () => {
    expect(weight.webFonts).toEqual([]);
  });

  test('requests nothing from another origin', () => {
    expect(weight.crossOrigin).toEqual([]);
  });

  test('requests only files the build holds', () => {
    expect(weight.missing).toEqual([]);
  });

  if (checkerPages.includes(urlPathOf(page))) {
    test(`carries at most ${checkerJavaScriptBudgetBrotli.toLocaleString('en')} bytes of JavaScript in brotli, the message checker's included`, () => {
      expect(weight.javaScript.brotli).toBeGreaterThan(0);
      expect(weight.javaScript.brotli).toBeLessThanOrEqual(checkerJavaScriptBudgetBrotli);
    });
  } else {
    test(`carries at most ${javaScriptBudgetBytes.toLocaleString('en')} bytes of JavaScript, inline and external together`, () => {
      expect(weight.javaScriptBytes).toBeLessThanOrEqual(javaScriptBudgetBytes);
    });
  }

  test('waits for no script file before it paints', () => {
    expect(weight.blockingScripts).toEqual([]);
  });

  test(`gives every image its width and height, and keeps each under ${imageBudgetBytes.toLocaleString('en')} bytes`, () => {
    const unsized = weight.images.filter((image) => image.width === undefined || image.height === undefined);
    const heavy = weight.images.filter((image) => image.bytes > imageBudgetBytes);
    expect(unsized).toEqual([]);
    expect(heavy).toEqual([]);
  });
});
