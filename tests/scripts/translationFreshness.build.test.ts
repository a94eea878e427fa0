import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'node-html-parser';
import { describeInChromium, serveSiteToChromium, viewports } from '../support/browser.ts';
import { contentFixtures } from '../support/contentFixtures.ts';
import { testRepository } from '../support/gitRepository.ts';
import { npmRun } from '../support/npmRun.ts';
import { htmlPages } from '../support/sites.ts';

/*
 * An editor's repository, as the site and the content check see it: the valid content set is
 * committed in both languages, then only the Indonesian position is corrected. The check warns (and
 * passes) and the English position page says it may be out of date, until the translation is
 * committed too. Two builds, the fewest that show the notice come and go; the first is also served
 * to Chromium, where axe checks the notice (the fixture sites never show it).
 */
const work = mkdtempSync(join(tmpdir(), 'translation-freshness-'));
const repo = testRepository(join(work, 'site'));
const root = join(repo.root, 'content');
const env = { CONTENT_ROOT: root, SITE_NOW: '2025-09-10T10:00:00+07:00' };
const original = 'content/positions/id/posisi-uji.md';
const translation = 'content/positions/en/posisi-uji.md';

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Builds the repository's content/ and returns every page that carries the notice, with its notice's link. */
function noticesInBuild(outDir: string): Record<string, { href: string | undefined; hreflang: string | undefined }> {
  const build = npmRun('build', ['--outDir', outDir], env);
  expect(build.status, build.stderr).toBe(0);
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

describe('a translation behind its Indonesian original, in an editor\'s repository', () => {
  // The tests run in order, on one repository: each takes it from where the previous one left it.
  const behindSite = join(work, 'behind');

  test('after an Indonesian correction, the check passes with a warning and only the English position page shows the notice', { timeout: 300_000 }, () => {
    cpSync(join(contentFixtures, 'valid'), root, { recursive: true });
    repo.commit('Content in both languages', '2026-03-01T10:00:00+07:00');
    repo.write(original, `${readFileSync(join(repo.root, original), 'utf8')}\nKalimat yang ditambahkan sebagai koreksi mendesak.\n`);
    repo.commit('Urgent correction of the Indonesian position', '2026-03-02T10:00:00+07:00');

    const check = npmRun('check:content', [], env);
    expect(check.status, check.stderr).toBe(0);
    const warnings = check.stdout.split('\n').filter((line) => line.includes('(terjemahan)'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^\S+\/content\/positions\/en\/posisi-uji\.md {2}\(terjemahan\) {2}peringatan: /);
    expect(warnings[0]).toContain(`${root}/positions/id/posisi-uji.md diubah dalam 1 commit`);
    expect(warnings[0]).toContain('2026-03-02');

    expect(noticesInBuild(behindSite)).toEqual({ 'en/lowongan/posisi-uji/index.html': { href: '/lowongan/posisi-uji/', hreflang: 'id' } });
  });

  describeInChromium('the notice in Chromium', () => {
    const site = serveSiteToChromium(behindSite);

    test('is shown, and axe finds no WCAG 2.2 AA violation in it at phone size', async () => {
      await site.visit('/en/lowongan/posisi-uji/', { viewport: viewports.phone }, async (tab, status) => {
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

  test('once the translation is committed too, the warning and the notice are gone', { timeout: 300_000 }, () => {
    repo.write(translation, `${readFileSync(join(repo.root, translation), 'utf8')}\nA sentence added as an urgent correction.\n`);
    repo.commit('Translate the correction', '2026-03-03T10:00:00+07:00');
    const check = npmRun('check:content', [], env);
    expect(check.status, check.stderr).toBe(0);
    expect(check.stdout).not.toContain('(terjemahan)');
    expect(check.stdout).not.toContain('tidak diperiksa');
    expect(noticesInBuild(join(work, 'caught-up'))).toEqual({});
  });
});
