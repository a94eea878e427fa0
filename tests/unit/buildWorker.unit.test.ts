import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { activeBuildWorker, bundleBuildWorker, startBuildWorker, stopBuildWorker } from '../../src/lib/build/client.ts';
import type { OwnInlineCode } from '../../src/lib/security/ownInlineCode.ts';
import { shareImageKey } from '../../src/lib/sharePictures/cache.ts';
import { shippedFiles } from '../../src/lib/outputCheck/shippedFiles.ts';

const own: OwnInlineCode = { scripts: ['update()'], styles: ['body{margin:0}'], scriptFiles: [] };
const page = (body: string) =>
  `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>x</title><style>body{margin:0}</style></head><body>${body}<script>update()</script></body></html>`;
const picture = {
  eyebrow: 'BPJS Ketenagakerjaan',
  title: `Posisi uji pekerja ${process.pid}`,
  detail: 'Penempatan / Placements: Maluku',
  badge: 'TIDAK DIPUNGUT BIAYA / FREE OF CHARGE',
  footer: 'rekrutmen.bpjsketenagakerjaan.go.id',
};

const outDir = mkdtempSync(join(tmpdir(), 'build-worker-'));
afterAll(async () => {
  await stopBuildWorker();
  rmSync(outDir, { recursive: true, force: true });
});

// A worker loads its modules afresh: seconds on a busy machine.
describe('the build’s worker', { timeout: 60_000 }, () => {
  test('checks pages as they are written, draws pictures into the output, and reports every problem', async () => {
    const worker = startBuildWorker(own, outDir, await bundleBuildWorker());
    expect(activeBuildWorker()).toBe(worker);
    for (const [file, body] of [['a/index.html', '<p>Halaman</p>'], ['b/index.html', '<a href="javascript:steal()">Halaman</a>']] as const) {
      mkdirSync(join(outDir, file, '..'), { recursive: true });
      writeFileSync(join(outDir, file), page(body));
      worker.checkWritten(file);
    }
    worker.drawShareImage(shareImageKey(picture), picture, '/og/lowongan-uji.png');
    writeFileSync(join(outDir, 'sitemap-0.xml'), '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>');

    const check = await worker.settle(shippedFiles(outDir));
    expect(check.problems.map(({ file }) => file)).toEqual(['b/index.html']);
    expect(check).toMatchObject({ checkedEarly: 2, checkedAtEnd: 1 });
    // Pictures asked for before the check are written before it reports.
    const png = join(outDir, 'og', 'lowongan-uji.png');
    expect(existsSync(png)).toBe(true);
    expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG');

    await stopBuildWorker();
    expect(activeBuildWorker()).toBeUndefined();
  });

  test('fails the check, with the reason, when a picture cannot be written', async () => {
    // The output folder is a file: no picture can be written under it.
    const notAFolder = join(outDir, 'not-a-folder');
    writeFileSync(notAFolder, '');
    const worker = startBuildWorker(own, notAFolder, await bundleBuildWorker());
    worker.drawShareImage(shareImageKey(picture), picture, '/og/lowongan-uji.png');
    await expect(worker.settle([])).rejects.toThrow(/ENOTDIR|EEXIST/);
    await stopBuildWorker();
  });
});
