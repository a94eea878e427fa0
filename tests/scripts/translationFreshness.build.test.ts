import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'node-html-parser';
import { describeInChromium, serveSiteToChromium, viewports } from '../support/browser.ts';
import { projectCheckout, removeCheckouts } from '../support/checkout.ts';
import { contentFixtures } from '../support/contentFixtures.ts';
import { testRepository } from '../support/gitRepository.ts';
import { npmRun, type RunResult } from '../support/npmRun.ts';
import { htmlPages } from '../support/sites.ts';

/*
 * An editor's repository, as the site and the content check see it: two positions are committed in
 * both languages, then both Indonesian texts are corrected, and only the second correction is
 * translated and committed. The first translation is behind: the check warns about it (and passes)
 * and its English page says it may be out of date. The second caught up: no warning, no notice. One
 * build shows the notice where it belongs and gone where the translation followed; it is also served
 * to Chromium, where axe checks the notice (the fixture sites never show it).
 */
const work = mkdtempSync(join(tmpdir(), 'translation-freshness-'));
const repo = testRepository(join(work, 'site'));
const root = join(repo.root, 'content');
const site = join(work, 'dist');
const env = { CONTENT_ROOT: root, SITE_NOW: '2025-09-10T10:00:00+07:00' };
/** The position whose translation is left behind its corrected original. */
const behind = 'posisi-uji';
/** The position whose correction is translated too. */
const caughtUp = 'posisi-uji-kedua';
const file = (locale: 'id' | 'en', slug: string) => `content/positions/${locale}/${slug}.md`;

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  removeCheckouts();
});

/** Adds a sentence to a file of the repository's work tree. */
function append(path: string, sentence: string): void {
  repo.write(path, `${readFileSync(join(repo.root, path), 'utf8')}\n${sentence}\n`);
}

/** A second position in both languages: the valid set's one, under another name and order. */
function addSecondPosition(): void {
  for (const locale of ['id', 'en'] as const) {
    const text = readFileSync(join(repo.root, file(locale, behind)), 'utf8');
    repo.write(file(locale, caughtUp), text.replace(/^order: \d+$/m, 'order: 2').replace(/^title: "(.*)"$/m, 'title: "$1 2"'));
  }
}

/** Every page of a build that carries the notice, with its notice's link. */
function noticesIn(outDir: string): Record<string, { href: string | undefined; hreflang: string | undefined }> {
  const notices: Record<string, { href: string | undefined; hreflang: string | undefined }> = {};
  for (const page of htmlPages(outDir)) {
    const notice = parse(readFileSync(join(outDir, page), 'utf8')).querySelectorAll('[data-outdated-translation]');
    if (notice.length === 0) continue;
    expect(notice, page).toHaveLength(1);
    const link = notice[0]?.querySelector('a');
    notices[page] = { href: link?.getAttribute('href'), hreflang: link?.getAttribute('hreflang') };
  }
  return notices;
}

describe("a translation behind its Indonesian original, in an editor's repository", () => {
  let check: RunResult | undefined;
  let build: RunResult | undefined;
  const warnings = () => (check?.stdout ?? '').split('\n').filter((line) => line.includes('(terjemahan)'));

  beforeAll(() => {
    cpSync(join(contentFixtures, 'valid'), root, { recursive: true });
    addSecondPosition();
    repo.commit('Content in both languages', '2026-03-01T10:00:00+07:00');
    append(file('id', behind), 'Kalimat yang ditambahkan sebagai koreksi mendesak.');
    append(file('id', caughtUp), 'Kalimat lain yang ditambahkan sebagai koreksi mendesak.');
    repo.commit('Urgent corrections of the Indonesian positions', '2026-03-02T10:00:00+07:00');
    append(file('en', caughtUp), 'Another sentence added as an urgent correction.');
    repo.commit('Translate the second correction', '2026-03-03T10:00:00+07:00');
    check = npmRun('check:content', [], env);
    // In a checkout of its own, so that builds in other test files cannot hand it their content.
    build = npmRun('build', ['--outDir', site], env, projectCheckout());
  }, 300_000);

  test('after an Indonesian correction, the check passes with a warning and only the English page of that position shows the notice', () => {
    expect(check?.status, check?.stderr).toBe(0);
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]).toMatch(new RegExp(`^\\S+/content/positions/en/${behind}\\.md {2}\\(terjemahan\\) {2}peringatan: `));
    expect(warnings()[0]).toContain(`${root}/positions/id/${behind}.md diubah dalam 1 commit`);
    expect(warnings()[0]).toContain('2026-03-02');

    expect(build?.status, build?.stderr).toBe(0);
    expect(noticesIn(site)).toEqual({ [`en/lowongan/${behind}/index.html`]: { href: `/lowongan/${behind}/`, hreflang: 'id' } });
  });

  describeInChromium('the notice in Chromium', () => {
    const served = serveSiteToChromium(site);

    test('is shown, and axe finds no WCAG 2.2 AA violation in it at phone size', async () => {
      await served.visit(`/en/lowongan/${behind}/`, { viewport: viewports.phone }, async (tab, status) => {
        expect(status).toBe(200);
        const notice = tab.locator('[data-outdated-translation]');
        await expect(notice.isVisible()).resolves.toBe(true);
        const { violations } = await new AxeBuilder({ page: tab })
          .include('[data-outdated-translation]')
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        expect(violations.map(({ id, nodes }) => ({ id, targets: nodes.map(({ target }) => target.join(' ')) }))).toEqual([]);
      });
    });
  });

  test('once the translation is committed too, the warning and the notice are gone', () => {
    expect(check?.status, check?.stderr).toBe(0);
    expect(warnings().filter((line) => line.includes(`/positions/en/${caughtUp}.md`))).toEqual([]);
    expect(check?.stdout).not.toContain('tidak diperiksa');
    expect(build?.status, build?.stderr).toBe(0);
    expect(htmlPages(site)).toContain(`en/lowongan/${caughtUp}/index.html`);
    expect(Object.keys(noticesIn(site)).filter((page) => page.includes(caughtUp))).toEqual([]);
  });
});
