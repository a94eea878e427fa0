import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { OwnInlineCode } from '../../src/lib/security/ownInlineCode.ts';
import { CheckLedger } from '../../src/lib/outputCheck/checkLedger.ts';
import { shippedFiles } from '../../src/lib/outputCheck/shippedFiles.ts';
import { verifySite } from '../../src/lib/outputCheck/verifySite.ts';

const own: OwnInlineCode = { scripts: ['update()'], styles: ['body{margin:0}'], scriptFiles: [] };
const page = (body: string) =>
  `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>x</title><style>body{margin:0}</style></head><body>${body}<script>update()</script></body></html>`;
const clean = page('<p>Halaman</p>');
const hostile = page('<p onclick="steal()">Halaman</p>');

const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

function site(files: Record<string, string>): string {
  const outDir = mkdtempSync(join(tmpdir(), 'check-ledger-'));
  folders.push(outDir);
  for (const [file, text] of Object.entries(files)) write(outDir, file, text);
  return outDir;
}

function write(outDir: string, file: string, text: string): void {
  mkdirSync(join(outDir, file, '..'), { recursive: true });
  writeFileSync(join(outDir, file), text);
}

describe('the output check done while the build writes', () => {
  test('finds what the check after the build finds, having read each announced page once', () => {
    const outDir = site({ 'index.html': clean, 'a/index.html': hostile, 'b/index.html': clean, 'lowongan/rss.xml': '<rss version="2.0"><channel><title>x</title></channel></rss>' });
    const ledger = new CheckLedger(own);
    for (const file of ['index.html', 'a/index.html', 'b/index.html']) ledger.checkWritten(outDir, file);
    const settled = ledger.settle(outDir, shippedFiles(outDir));
    expect(settled.problems).toEqual(verifySite(outDir, own));
    expect(settled.problems.map(({ file }) => file)).toEqual(['a/index.html']);
    // The feed was never announced: it is checked at the end.
    expect(settled).toMatchObject({ checkedEarly: 3, checkedAtEnd: 1 });
  });

  test('checks again a page changed after it was checked, and reports what ships', () => {
    const outDir = site({ 'a/index.html': clean });
    const ledger = new CheckLedger(own);
    ledger.checkWritten(outDir, 'a/index.html');
    write(outDir, 'a/index.html', hostile);
    const settled = ledger.settle(outDir, shippedFiles(outDir));
    expect(settled.problems.map(({ file }) => file)).toEqual(['a/index.html']);
    expect(settled).toMatchObject({ checkedEarly: 0, checkedAtEnd: 1 });
  });

  test('does not take one page’s result for another page with the same bytes', () => {
    // The check of a page depends on its address (a script file is allowed only on its own pages).
    const outDir = site({ 'a/index.html': clean, 'b/index.html': clean });
    const ledger = new CheckLedger(own);
    ledger.checkWritten(outDir, 'a/index.html');
    expect(ledger.settle(outDir, shippedFiles(outDir))).toMatchObject({ checkedEarly: 1, checkedAtEnd: 1 });
  });

  test('leaves a page announced but never written to the end, where only what exists is checked', () => {
    const outDir = site({ 'a/index.html': clean });
    const ledger = new CheckLedger(own);
    ledger.checkWritten(outDir, 'missing/index.html');
    expect(ledger.settle(outDir, shippedFiles(outDir))).toEqual({ problems: [], checkedEarly: 0, checkedAtEnd: 1 });
  });
});
