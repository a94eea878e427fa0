import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { buildAtomically } from '../../scripts/atomicOutput.ts';
import { fileHashes } from '../support/fileTree.ts';

let parent = '';
let outDir = '';

/** A temporary parent folder holding `dist/` with a previous build in it. */
function previousBuild(): void {
  parent = mkdtempSync(join(tmpdir(), 'atomic-'));
  outDir = join(parent, 'dist');
  mkdirSync(join(outDir, 'en'), { recursive: true });
  writeFileSync(join(outDir, 'index.html'), '<p>previous build</p>');
  writeFileSync(join(outDir, 'en', 'index.html'), '<p>previous English build</p>');
}

function writeSite(dir: string, text: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), text);
}

afterEach(() => rmSync(parent, { recursive: true, force: true }));

describe('buildAtomically', () => {
  test('replaces the output with a build that succeeds', () => {
    previousBuild();
    expect(buildAtomically(outDir, (staging) => (writeSite(staging, '<p>new</p>'), true))).toBe(true);
    expect(Object.keys(fileHashes(outDir))).toEqual(['index.html']);
    expect(readdirSync(parent)).toEqual(['dist']);
  });

  test('leaves the previous output byte for byte when the build fails part-way', () => {
    previousBuild();
    const before = fileHashes(outDir);
    expect(buildAtomically(outDir, (staging) => (writeSite(staging, '<p>half</p>'), false))).toBe(false);
    expect(fileHashes(outDir)).toEqual(before);
    expect(readdirSync(parent)).toEqual(['dist']);
  });

  test('leaves the previous output when the build throws', () => {
    previousBuild();
    const before = fileHashes(outDir);
    expect(() =>
      buildAtomically(outDir, (staging) => {
        writeSite(staging, '<p>half</p>');
        throw new Error('out of memory');
      }),
    ).toThrow('out of memory');
    expect(fileHashes(outDir)).toEqual(before);
    expect(readdirSync(parent)).toEqual(['dist']);
  });

  test('creates the output folder on the first build', () => {
    previousBuild();
    rmSync(outDir, { recursive: true });
    expect(buildAtomically(outDir, (staging) => (writeSite(staging, '<p>first</p>'), true))).toBe(true);
    expect(existsSync(join(outDir, 'index.html'))).toBe(true);
  });

  test('removes the staging folder a killed build left behind', () => {
    previousBuild();
    const before = fileHashes(outDir);
    // A pid far above Linux's limit is never running.
    writeSite(join(parent, '.dist-staging-99999999'), '<p>half</p>');
    expect(buildAtomically(outDir, () => false)).toBe(false);
    expect(readdirSync(parent)).toEqual(['dist']);
    expect(fileHashes(outDir)).toEqual(before);
  });

  test('puts back the output that a build killed mid-swap had moved aside', () => {
    previousBuild();
    const before = fileHashes(outDir);
    renameSync(outDir, join(parent, '.dist-previous-99999999'));
    expect(buildAtomically(outDir, () => false)).toBe(false);
    expect(readdirSync(parent)).toEqual(['dist']);
    expect(fileHashes(outDir)).toEqual(before);
  });
});
