import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/contentCheck/checkContent.ts';
import { ownInlineCode } from '../../src/lib/security/ownInlineCode.ts';
import { hashSource } from '../../src/lib/security/headers.ts';
import { contentFixtures, contentSet, removeContentSets } from '../support/contentFixtures.ts';
import { fileHashes } from '../support/fileTree.ts';
import { projectCheckout, removeCheckouts } from '../support/checkout.ts';
import { npmRun } from '../support/npmRun.ts';

/*
 * The hostile-edit corpus (tests/fixtures/content/hostile/README.md): what one careless or malicious
 * edit to a content file could do, and the layer that stops it.
 * - The content check refuses every edit, naming its file: each edit alone, in-process (the per-kind
 *   coverage); and all of them laid over the valid set together, where each edit's problems are
 *   still all reported (none hides another), which lets ONE `npm run build` stand for every edit:
 *   it fails, names every edit's file, and leaves the previous output as it was.
 * - With the check bypassed, as if an edit reached `astro build` some other way, the layers behind
 *   it hold: what the sanitizer removes never reaches the output, in one build beside the harmless
 *   edits, which must still show; what it lets through (an https link to the wrong host) fails the
 *   build in the output check, which names the page and the content file.
 * Every edit adds files of its own (the corpus README's rule), so laying edits together never
 * replaces one with another; contentWith refuses a set where two would write the same file.
 */

interface CorpusEdit {
  kind: string;
  /** The folder whose files the edit lays over the valid set. */
  overlay: string;
  /** The file the edit is in, relative to the content root. */
  file: string;
  /** Text that appears in a built file only if the attack worked (hostile) or must appear (harmless). */
  marker: string;
  /** The layer that stops it when the content check is bypassed. */
  defence?: 'sanitizer' | 'output-check' | 'content-check';
}

function editsIn(folder: string): CorpusEdit[] {
  const root = join(contentFixtures, folder);
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => ({ kind: entry.name, overlay: join(root, entry.name), ...JSON.parse(readFileSync(join(root, entry.name, 'expect.json'), 'utf8')) }));
}

const hostile = editsIn('hostile');
const harmless = editsIn('harmless');
const work = mkdtempSync(join(tmpdir(), 'hostile-'));
/** This file's builds run here, so that builds in other test files cannot hand them their content. */
const checkout = projectCheckout();

// Some 170 content sets and two builds to delete: more than the default 10 s on a busy machine.
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  removeContentSets();
  removeCheckouts();
}, 60_000);

/** The content files an edit lays over the valid set, relative to the content root. */
function overlayFiles(edit: CorpusEdit): string[] {
  return Object.keys(fileHashes(edit.overlay)).filter((path) => path !== 'expect.json');
}

/** `path: kind, kind` for each file that more than one of the edits would write. */
function sharedFiles(edits: readonly CorpusEdit[]): string[] {
  const writers = new Map<string, string[]>();
  for (const edit of edits) for (const path of overlayFiles(edit)) writers.set(path, [...(writers.get(path) ?? []), edit.kind]);
  return [...writers].filter(([, kinds]) => kinds.length > 1).map(([path, kinds]) => `${path}: ${kinds.join(', ')}`);
}

/** The valid set with the edits laid over it; refused when two edits would write one file, since the later would hide the earlier. */
function contentWith(edits: readonly CorpusEdit[]): string {
  const shared = sharedFiles(edits);
  if (shared.length > 0) throw new Error(`edits that write the same file cannot be laid together: ${shared.join('; ')}`);
  const root = contentSet();
  for (const edit of edits) cpSync(edit.overlay, root, { recursive: true, filter: (source) => !source.endsWith('expect.json') });
  return root;
}

/** Where and in which field the content check finds each problem in `root`, without the message (which may list the set's other files). */
function problemPlaces(root: string): string[] {
  return checkContent(root).problems.map((problem) => `${problem.file.slice(root.length + 1)}:${problem.line ?? ''}  ${problem.field}`);
}

/** Every built file's text, for markers. */
function builtText(dir: string): string {
  return Object.keys(fileHashes(dir))
    .map((file) => readFileSync(join(dir, file), 'utf8'))
    .join('\n');
}

/** A folder `dist/` holding a previous build, and the sha256 of each of its files. */
function previousOutput(name: string): { parent: string; outDir: string; before: Record<string, string> } {
  const parent = join(work, name);
  const outDir = join(parent, 'dist');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'index.html'), '<!doctype html><title>previous build</title>');
  return { parent, outDir, before: fileHashes(outDir) };
}

/** `node scripts/build.ts`: the atomic build without the content check in front of it. */
function buildWithoutContentCheck(contentRoot: string, outDir: string) {
  return spawnSync('npx', ['node', 'scripts/build.ts', '--outDir', outDir], {
    cwd: checkout,
    env: { ...process.env, CONTENT_ROOT: contentRoot, SITE_NOW: '2025-09-10T10:00:00+07:00' },
    encoding: 'utf8',
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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

  test('gives every hostile and harmless edit files of its own, so that all can be laid over the valid set together', () => {
    expect(sharedFiles([...hostile, ...harmless])).toEqual([]);
  });
});

describe.each(hostile)('the hostile edit $kind', (edit) => {
  test('is refused by the content check, which names its file', () => {
    const root = contentWith([edit]);
    const files = checkContent(root).problems.map((problem) => problem.file.slice(root.length + 1));
    expect(files).toContain(edit.file);
  });
});

describe('every hostile edit at once', () => {
  const root = contentWith(hostile);

  test("makes the content check report each edit's problems as it does for that edit alone, so that none hides another", () => {
    const together = new Set(problemPlaces(root));
    const hidden = hostile.flatMap((edit) => problemPlaces(contentWith([edit])).filter((place) => !together.has(place)).map((place) => `${edit.kind}: ${place}`));
    expect(hidden).toEqual([]);
  });

  describe('through npm run build', () => {
    const previous = previousOutput('npm-run-build');
    let run: ReturnType<typeof npmRun> | undefined;
    const stderr = () => run?.stderr ?? '';

    beforeAll(() => {
      run = npmRun('build', ['--outDir', previous.outDir], { CONTENT_ROOT: root }, checkout);
    }, 120_000);

    test('fails and keeps the previous output byte for byte, with nothing beside it', () => {
      expect(run?.status).not.toBe(0);
      expect(fileHashes(previous.outDir)).toEqual(previous.before);
      expect(readdirSync(previous.parent)).toEqual(['dist']);
    });

    // One build stands for 82: each edit is still named on a line of its own.
    test.each(hostile)('names the file of $kind', (edit) => {
      expect(stderr()).toMatch(new RegExp(`^${escapeRegExp(join(root, edit.file))}[: ]`, 'm'));
    });
  });
});

describe('astro build with the content check bypassed', () => {
  describe('over the edits the sanitizer is for and the harmless edits, together', () => {
    const sanitized = hostile.filter((edit) => edit.defence === 'sanitizer');
    const outDir = join(work, 'sanitized-and-harmless', 'dist');
    let run: ReturnType<typeof buildWithoutContentCheck> | undefined;

    beforeAll(() => {
      run = buildWithoutContentCheck(contentWith([...sanitized, ...harmless]), outDir);
    }, 300_000);

    test('succeeds', () => {
      expect(run?.status, run?.stderr).toBe(0);
    });

    test('removes every edit the sanitizer is for, and ships none of their markers', () => {
      const shipped = builtText(outDir);
      for (const edit of sanitized) expect(shipped.includes(edit.marker), `${edit.kind}: ${edit.marker}`).toBe(false);
      // An injected script or style is neither shipped nor hashed: the CSP allows the project's own code only.
      const own = ownInlineCode();
      const hashes = readFileSync(join(outDir, '_headers'), 'utf8').match(/'sha256-[^']+'/g);
      expect(hashes?.sort()).toEqual([...own.scripts, ...own.styles, ...own.scriptFiles.map(({ code }) => code)].map(hashSource).sort());
    });

    test('keeps every harmless edit, each showing its text on its own page', () => {
      for (const edit of harmless) {
        const slug = edit.file.replace(/^.*\/|\.md$/g, '');
        const page = readFileSync(join(outDir, 'lowongan', slug, 'index.html'), 'utf8');
        expect(page.includes(edit.marker), `${edit.kind}: ${edit.marker}`).toBe(true);
      }
    });
  });

  test('fails in the output check on every edit it is for, naming the page and the content file', { timeout: 300_000 }, () => {
    const edits = hostile.filter((edit) => edit.defence === 'output-check');
    const { parent, outDir, before } = previousOutput('checked');
    const run = buildWithoutContentCheck(contentWith(edits), outDir);
    expect(run.status).not.toBe(0);
    const output = run.stdout + run.stderr;
    for (const edit of edits) {
      const slug = edit.file.replace(/^.*\/|\.mdx?$/g, '');
      expect(output, edit.kind).toMatch(new RegExp(`lowongan/${slug}/index\\.html .*← .*${escapeRegExp(edit.file)}`));
    }
    expect(fileHashes(outDir)).toEqual(before);
    expect(readdirSync(parent)).toEqual(['dist']);
  });
});

describe('harmless edits', () => {
  test.each(harmless)('$kind passes the content check', (edit) => {
    expect(checkContent(contentWith([edit])).problems).toEqual([]);
  });
});
