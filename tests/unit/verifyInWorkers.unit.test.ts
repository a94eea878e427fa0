import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { OwnInlineCode } from '../../src/lib/ownInlineCode.ts';
import { verifySiteInWorkers } from '../../src/lib/shipped/verifyInWorkers.ts';
import { verifySite } from '../../src/lib/shipped/verifySite.ts';

const own: OwnInlineCode = { scripts: ['update()'], styles: ['body{margin:0}'], scriptFiles: [] };
const page = (body: string) =>
  `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>x</title><style>body{margin:0}</style></head><body>${body}<script>update()</script></body></html>`;

const outDir = mkdtempSync(join(tmpdir(), 'verify-workers-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));
for (let index = 0; index < 12; index += 1) {
  mkdirSync(join(outDir, `halaman-${index}`), { recursive: true });
  // Every third page carries something outside the allowlist.
  const body = index % 3 === 0 ? `<p onclick="steal()">Halaman ${index}</p>` : `<p>Halaman ${index}</p>`;
  writeFileSync(join(outDir, `halaman-${index}`, 'index.html'), page(body));
}

// A worker loads the checker's modules afresh: seconds on a busy machine.
describe('the output check in workers', { timeout: 30_000 }, () => {
  test('finds the same problems, in the same order, as on the build’s thread', async () => {
    const alone = verifySite(outDir, own);
    expect(alone.map(({ file }) => file)).toEqual(['halaman-0/index.html', 'halaman-3/index.html', 'halaman-6/index.html', 'halaman-9/index.html']);
    expect(await verifySiteInWorkers(outDir, own)).toEqual(alone);
    expect(await verifySiteInWorkers(outDir, own, 3)).toEqual(alone);
  });

  test('finds nothing in a clean build', async () => {
    const clean = mkdtempSync(join(tmpdir(), 'verify-workers-clean-'));
    writeFileSync(join(clean, 'index.html'), page('<p>Selamat datang</p>'));
    expect(await verifySiteInWorkers(clean, own)).toEqual([]);
    rmSync(clean, { recursive: true });
  });
});
