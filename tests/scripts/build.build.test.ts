import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, test } from 'vitest';
import { contentSet, removeContentSets } from '../support/contentFixtures.ts';
import { fileHashes } from '../support/fileTree.ts';
import { fixtureSiteRoot, leadCampaign } from '../support/fixtureSite.ts';
import { npmRun } from '../support/npmRun.ts';

/*
 * `npm run build` for real, publishing into a temporary folder instead of dist/: a failed build,
 * whether stopped by the content check or by Astro itself, must leave the previous output as it was.
 */
const parent = mkdtempSync(join(tmpdir(), 'npm-run-build-'));
const outDir = join(parent, 'dist');

afterAll(() => {
  rmSync(parent, { recursive: true, force: true });
  removeContentSets();
});

beforeEach(() => {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, 'en', 'lowongan'), { recursive: true });
  writeFileSync(join(outDir, 'index.html'), '<!doctype html><title>previous build</title>');
  writeFileSync(join(outDir, 'en', 'lowongan', 'index.html'), '<!doctype html><title>previous English build</title>');
});

describe('npm run build', () => {
  test('leaves the previous output byte for byte when the content check fails', () => {
    const before = fileHashes(outDir);
    const run = npmRun('build', ['--outDir', outDir], { CONTENT_ROOT: contentSet('five-faults-in-three-files') });
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
      const run = npmRun('build', ['--outDir', outDir], { SITE_NOW: 'next tuesday' });
      expect(run.status).not.toBe(0);
      expect(run.stderr).toContain('Build gagal; ');
      expect(fileHashes(outDir)).toEqual(before);
      expect(readdirSync(parent)).toEqual(['dist']);
    },
  );

  test('replaces the previous output with a build that succeeds', { timeout: 180_000 }, () => {
    const run = npmRun('build', ['--outDir', outDir], { SITE_NOW: '2025-09-10T10:00:00+07:00' });
    expect(run.status).toBe(0);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).not.toContain('previous build');
    expect(Object.keys(fileHashes(outDir))).toContain('en/lowongan/pelayanan/index.html');
    expect(readdirSync(parent)).toEqual(['dist']);
  });

  test('builds the site as of the day given with --as-of, and says so in Indonesian and English', { timeout: 180_000 }, () => {
    // A plain date two days into the fixture's lead campaign: 12.00 WIB that day, while it is open.
    const day = new Date(leadCampaign.opens.instant.getTime() + 2 * 24 * 3_600_000 + 7 * 3_600_000).toISOString().slice(0, 10);
    const run = npmRun('build', ['--outDir', outDir, `--as-of=${day}`], { CONTENT_ROOT: fixtureSiteRoot });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Situs dibangun per ');
    expect(run.stdout).toContain('(--as-of), not as of now.');
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toContain('data-registration-status="open"');
  });
});
