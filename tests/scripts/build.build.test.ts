import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, test } from 'vitest';
import { contentSet, removeContentSets } from '../support/contentFixtures.ts';
import { fileHashes } from '../support/fileTree.ts';
import { fixtureSiteRoot, leadCampaign } from '../support/fixtureSite.ts';
import { projectCheckout, removeCheckouts } from '../support/checkout.ts';
import { npmRun, type RunEnvironment } from '../support/npmRun.ts';

/*
 * `npm run build` for real, publishing into a temporary folder instead of dist/ that holds a previous
 * build: a failed build, whether stopped by the content check or by Astro itself, must leave the
 * previous output as it was; a build that succeeds replaces it whole. The successful build is also
 * the one of `--as-of`, the editors' way to preview another day. All of it on the fixtures, never
 * on content/.
 */
const parent = mkdtempSync(join(tmpdir(), 'npm-run-build-'));
const outDir = join(parent, 'dist');
/** This file's builds run here, so that builds in other test files cannot hand them their content. */
const checkout = projectCheckout();

afterAll(() => {
  rmSync(parent, { recursive: true, force: true });
  removeContentSets();
  removeCheckouts();
});

function build(args: readonly string[], env: RunEnvironment) {
  return npmRun('build', ['--outDir', outDir, ...args], env, checkout);
}

beforeEach(() => {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, 'en', 'lowongan'), { recursive: true });
  writeFileSync(join(outDir, 'index.html'), '<!doctype html><title>previous build</title>');
  writeFileSync(join(outDir, 'en', 'lowongan', 'index.html'), '<!doctype html><title>previous English build</title>');
});

describe('npm run build', () => {
  test('leaves the previous output byte for byte when the content check fails', () => {
    const before = fileHashes(outDir);
    const run = build([], { CONTENT_ROOT: contentSet('five-faults-in-three-files') });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('5 masalah di 3 berkas.');
    expect(fileHashes(outDir)).toEqual(before);
  });

  test(
    'leaves the previous output byte for byte when Astro fails part-way through the build',
    { timeout: 180_000 },
    () => {
      const before = fileHashes(outDir);
      // The pages read the build clock while they render, after Astro has started writing its output.
      const run = build([], { CONTENT_ROOT: fixtureSiteRoot, SITE_NOW: 'next tuesday' });
      expect(run.status).not.toBe(0);
      expect(run.stderr).toContain('Build gagal; ');
      expect(fileHashes(outDir)).toEqual(before);
      expect(readdirSync(parent)).toEqual(['dist']);
    },
  );

  test('replaces the previous output with the site built as of the day given with --as-of, and says so in Indonesian and English', { timeout: 180_000 }, () => {
    // A plain date two days into the fixture's lead campaign: 12.00 WIB that day, while it is open.
    const day = new Date(leadCampaign.opens.instant.getTime() + 2 * 24 * 3_600_000 + 7 * 3_600_000).toISOString().slice(0, 10);
    const previous = fileHashes(outDir);
    const run = build([`--as-of=${day}`], { CONTENT_ROOT: fixtureSiteRoot });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('Situs dibangun per ');
    expect(run.stdout).toContain('(--as-of), not as of now.');
    const home = readFileSync(join(outDir, 'index.html'), 'utf8');
    expect(home).not.toContain('previous build');
    expect(home).toContain('data-registration-status="open"');
    const published = fileHashes(outDir);
    expect(Object.keys(previous).filter((file) => published[file] === previous[file])).toEqual([]);
    expect(Object.keys(published)).toContain(`en/lowongan/${leadCampaign.positions[0]}/index.html`);
    expect(readdirSync(parent)).toEqual(['dist']);
  });
});
