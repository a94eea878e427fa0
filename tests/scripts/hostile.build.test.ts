import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/contentCheck/checkContent.ts';
import { ownInlineCode } from '../../src/lib/security/ownInlineCode.ts';
import { hashSource } from '../../src/lib/security/headers.ts';
import { contentFixtures, contentSet, removeContentSets } from '../support/contentFixtures.ts';
import { fileHashes } from '../support/fileTree.ts';
import { npmRun } from '../support/npmRun.ts';
import { projectRoot } from '../support/sites.ts';

/*
 * The hostile-edit corpus (tests/fixtures/content/hostile/README.md): each edit is refused by the
 * content check and by `npm run build`, naming its file. Then the check is bypassed, as if an edit
 * reached `astro build` some other way, and the layers behind it hold: what the sanitizer removes
 * never reaches the output, and what it lets through (an https link to the wrong host) fails the
 * build in the output check, which names the page and the content file.
 */

interface HostileEdit {
  kind: string;
  /** The file the edit is in, relative to the content root. */
  file: string;
  /** Text that appears in a built file only if the attack worked. */
  marker: string;
  /** The layer that stops it when the content check is bypassed. */
  defence: 'sanitizer' | 'output-check' | 'content-check';
}

function editsIn(folder: string): HostileEdit[] {
  const root = join(contentFixtures, folder);
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => ({ kind: entry.name, ...JSON.parse(readFileSync(join(root, entry.name, 'expect.json'), 'utf8')) }));
}

const hostile = editsIn('hostile');
const harmless = editsIn('harmless');
const work = mkdtempSync(join(tmpdir(), 'hostile-'));

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  removeContentSets();
});

/** The valid set with the named edits laid over it. */
function contentWith(folder: string, kinds: readonly string[]): string {
  const root = contentSet();
  for (const kind of kinds) {
    cpSync(join(contentFixtures, folder, kind), root, { recursive: true, filter: (source) => !source.endsWith('expect.json') });
  }
  return root;
}

/** Every built file's text, for markers. */
function builtText(dir: string): string {
  return Object.keys(fileHashes(dir))
    .map((file) => readFileSync(join(dir, file), 'utf8'))
    .join('\n');
}

/** `node scripts/build.ts`: the atomic build without the content check in front of it. */
function buildWithoutContentCheck(contentRoot: string, outDir: string) {
  return spawnSync('npx', ['node', 'scripts/build.ts', '--outDir', outDir], {
    cwd: projectRoot,
    env: { ...process.env, CONTENT_ROOT: contentRoot, SITE_NOW: '2025-09-10T10:00:00+07:00' },
    encoding: 'utf8',
  });
}

describe('the hostile-edit corpus', () => {
  test('has at least 40 kinds, each with a file, a marker and a defence', () => {
    expect(hostile.length).toBeGreaterThanOrEqual(40);
    for (const edit of hostile) {
      expect(edit.file, edit.kind).toMatch(/^[a-z]+\/(id|en)\/[a-z0-9-]+\.(md|mdx|ya?ml)$/);
      expect(edit.marker.length, edit.kind).toBeGreaterThan(2);
      expect(['sanitizer', 'output-check', 'content-check'], edit.kind).toContain(edit.defence);
    }
  });
});

describe.each(hostile)('the hostile edit $kind', (edit) => {
  test('is refused by the content check, which names its file', () => {
    const root = contentWith('hostile', [edit.kind]);
    const files = checkContent(root).problems.map((problem) => problem.file.slice(root.length + 1));
    expect(files).toContain(edit.file);
  });
});

describe.concurrent('npm run build with a hostile edit', () => {
  test.each(hostile)('fails on $kind, names its file and keeps the previous output', { timeout: 120_000 }, (edit) => {
    const outDir = join(work, 'npm-run-build', edit.kind, 'dist');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'index.html'), '<!doctype html><title>previous build</title>');
    const before = fileHashes(outDir);
    const run = npmRun('build', ['--outDir', outDir], { CONTENT_ROOT: contentWith('hostile', [edit.kind]) });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain(edit.file);
    expect(fileHashes(outDir)).toEqual(before);
  });
});

describe('astro build with the content check bypassed', () => {
  test('removes every edit the sanitizer is for, and ships none of their markers', { timeout: 300_000 }, () => {
    const edits = hostile.filter((edit) => edit.defence === 'sanitizer');
    const outDir = join(work, 'sanitized', 'dist');
    const run = buildWithoutContentCheck(contentWith('hostile', edits.map((edit) => edit.kind)), outDir);
    expect(run.status, run.stderr).toBe(0);
    const shipped = builtText(outDir);
    for (const edit of edits) expect(shipped.includes(edit.marker), `${edit.kind}: ${edit.marker}`).toBe(false);
    // An injected script or style is neither shipped nor hashed: the CSP allows the project's own code only.
    const own = ownInlineCode();
    const hashes = readFileSync(join(outDir, '_headers'), 'utf8').match(/'sha256-[^']+'/g);
    expect(hashes?.sort()).toEqual([...own.scripts, ...own.styles, ...own.scriptFiles.map(({ code }) => code)].map(hashSource).sort());
  });

  test('fails in the output check on every edit it is for, naming the page and the content file', { timeout: 300_000 }, () => {
    const edits = hostile.filter((edit) => edit.defence === 'output-check');
    const parent = join(work, 'checked');
    const outDir = join(parent, 'dist');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'index.html'), '<!doctype html><title>previous build</title>');
    const before = fileHashes(outDir);
    const run = buildWithoutContentCheck(contentWith('hostile', edits.map((edit) => edit.kind)), outDir);
    expect(run.status).not.toBe(0);
    const output = run.stdout + run.stderr;
    for (const edit of edits) {
      const slug = edit.file.replace(/^.*\/|\.mdx?$/g, '');
      expect(output, edit.kind).toMatch(new RegExp(`lowongan/${slug}/index\\.html .*← .*${edit.file.replace(/[.]/g, '\\.')}`));
    }
    expect(fileHashes(outDir)).toEqual(before);
    expect(readdirSync(parent)).toEqual(['dist']);
  });
});

describe('harmless edits', () => {
  test.each(harmless)('$kind passes the content check', (edit) => {
    expect(checkContent(contentWith('harmless', [edit.kind])).problems).toEqual([]);
  });

  test('build together, each showing its text', { timeout: 300_000 }, () => {
    const outDir = join(work, 'harmless', 'dist');
    const run = buildWithoutContentCheck(contentWith('harmless', harmless.map((edit) => edit.kind)), outDir);
    expect(run.status, run.stderr).toBe(0);
    for (const edit of harmless) {
      const slug = edit.file.replace(/^.*\/|\.md$/g, '');
      const page = readFileSync(join(outDir, 'lowongan', slug, 'index.html'), 'utf8');
      expect(page.includes(edit.marker), `${edit.kind}: ${edit.marker}`).toBe(true);
    }
  });
});
