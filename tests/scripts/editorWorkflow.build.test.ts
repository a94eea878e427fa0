import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { parse } from 'node-html-parser';
import { frontmatterFields } from '../../src/lib/contentCheck/checkContent.ts';
import { projectCheckout, removeCheckouts } from '../support/checkout.ts';
import { contentFixtures } from '../support/contentFixtures.ts';
import { npmRun } from '../support/npmRun.ts';
import { siteInvariantProblems } from '../support/siteInvariants.ts';
import { projectRoot } from '../support/sites.ts';

/*
 * What an editor does every campaign, on a copy of the real content/: add the next campaign, scaffold
 * a position for it with `npm run new:position`, fill it in, check and build. Whatever content/
 * holds this month, the result must pass the content check and build into a site that keeps every
 * invariant. The tests never depend on what content/ says: the two campaigns added are the valid
 * content set's (tests/fixtures/content/valid), under names, windows and regions of the test's own,
 * and the scaffold is told which of them each position joins (`--campaign`), as it asks an editor
 * to whenever more than one campaign is open or upcoming.
 */
const work = mkdtempSync(join(tmpdir(), 'editor-workflow-'));
const root = join(work, 'content');
const outDir = join(work, 'dist');
const day = 24 * 3_600_000;

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  removeCheckouts();
});

/** `2026-12-26T08:00:00+07:00`: an instant in WIB, as editors write them. */
function wib(instant: Date): string {
  return `${new Date(instant.getTime() + 7 * 3_600_000).toISOString().slice(0, 19)}+07:00`;
}

interface NewCampaign {
  slug: string;
  /** The title in each language, so that the two campaigns added are told apart on the site. */
  title: { id: string; en: string };
  opens: Date;
  closes: Date;
  regions: readonly string[];
}

/** The valid set's campaign, in both languages, under the new campaign's name, title, window and regions. */
function addCampaign({ slug, title, opens, closes, regions }: NewCampaign): { opens: string; closes: string } {
  const window = { opens: wib(opens), closes: wib(closes) };
  for (const locale of ['id', 'en'] as const) {
    const text = readFileSync(join(contentFixtures, 'valid', 'campaigns', locale, 'kampanye-uji.md'), 'utf8')
      .replace(/^title: .*$/m, `title: "${title[locale]}"`)
      .replace(/^opens: .*$/m, `opens: "${window.opens}"`)
      .replace(/^closes: .*$/m, `closes: "${window.closes}"`)
      .replace(/^regions:\n(?: {2}- .*\n)+/m, `regions:\n${regions.map((region) => `  - ${region}\n`).join('')}`);
    writeFileSync(join(root, 'campaigns', locale, `${slug}.md`), text);
  }
  return window;
}

/** What an editor types into the scaffold: a title, a description, and the role text instead of [[ … ]]. */
function fillIn(path: string, title: string): void {
  const text = readFileSync(path, 'utf8')
    .replace(/^title: ""$/m, `title: "${title}"`)
    .replace(/^description: ""$/m, `description: "${title}: a position added by the editor workflow test."`)
    .replace(/\[\[[\s\S]*?\]\]/g, 'Posisi ini ditambahkan oleh uji alur kerja editor.');
  writeFileSync(path, text);
}

test('a copy of content/ with an open campaign in Sumatera and Jawa Barat, an upcoming one and scaffolded positions passes the check and builds a sound site', { timeout: 300_000 }, () => {
  cpSync(join(projectRoot, 'content'), root, { recursive: true });
  const now = Date.now();
  addCampaign({
    slug: 'rekrutmen-uji-barat',
    title: { id: 'Rekrutmen Uji Wilayah Barat', en: 'Test Recruitment in the West' },
    opens: new Date(now - day),
    closes: new Date(now + 6 * day),
    regions: ['sumatera', 'jawa-barat'],
  });
  const upcomingOpens = now + 30 * day;
  const upcoming = addCampaign({
    slug: 'rekrutmen-uji-alur-editor',
    title: { id: 'Rekrutmen Uji Alur Editor', en: 'Editor Workflow Test Recruitment' },
    opens: new Date(upcomingOpens),
    closes: new Date(upcomingOpens + 7 * day),
    regions: ['sulawesi', 'papua'],
  });
  // The test's own clock, which the build is given too: a preview date in a developer's .env must not move it.
  const env = { CONTENT_ROOT: root, SITE_NOW: wib(new Date(now)) };

  // One position for each campaign, named with --campaign since both take registrations.
  for (const [slug, campaign] of [
    ['petugas-uji-alur-editor', 'rekrutmen-uji-alur-editor'],
    ['petugas-uji-barat', 'rekrutmen-uji-barat'],
  ] as const) {
    const scaffold = npmRun('new:position', [slug, `--campaign=${campaign}`], env);
    expect(scaffold.status, scaffold.stderr).toBe(0);
    for (const locale of ['id', 'en']) {
      const path = join(root, 'positions', locale, `${slug}.md`);
      expect(frontmatterFields(readFileSync(path, 'utf8'))['campaign']).toBe(campaign);
      fillIn(path, `${slug} ${locale}`);
    }
  }

  const check = npmRun('check:content', [], env);
  expect(check.status, check.stdout + check.stderr).toBe(0);
  // In a checkout of its own, so that builds in other test files cannot hand it their content.
  const build = npmRun('build', ['--outDir', outDir], env, projectCheckout());
  expect(build.status, build.stderr).toBe(0);
  expect(siteInvariantProblems(outDir)).toEqual([]);

  for (const prefix of ['', 'en/']) {
    const page = (slug: string) => parse(readFileSync(join(outDir, prefix, 'lowongan', slug, 'index.html'), 'utf8'));
    const later = page('petugas-uji-alur-editor').querySelector('[data-registration-status]');
    expect(later?.getAttribute('data-registration-status')).toBe('upcoming');
    expect(later?.getAttribute('data-opens')).toBe(new Date(upcoming.opens).toISOString());

    const open = page('petugas-uji-barat');
    expect(open.querySelector('[data-registration-status]')?.getAttribute('data-registration-status')).toBe('open');
    expect(open.querySelectorAll('[data-apply]')).toHaveLength(1);
    for (const region of ['sumatera', 'jawa-barat']) {
      expect(open.querySelector(`[data-region="${region}"]`)?.text, region).toContain('WIB');
      expect(open.querySelector(`[data-region="${region}"]`)?.text, region).not.toMatch(/WITA|WIT\b/);
    }
  }
});
