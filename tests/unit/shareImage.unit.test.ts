import { describe, expect, test } from 'vitest';
import { renderShareImage, shareImageSize } from '../../src/lib/shareImage.ts';
import { renderAll } from '../../src/lib/shareImagePool.ts';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { cachedShareImage, shareImageCacheDir, shareImageKey } from '../../src/lib/shareImageCache.ts';

const text = (title: string) => ({
  eyebrow: 'BPJS Ketenagakerjaan · Rekrutmen September 2025',
  title,
  detail: 'Penempatan / Placement: Kalimantan, Sulawesi, Maluku, Papua, Nusa Tenggara Timur, Nusa Tenggara Barat',
  badge: 'GRATIS / FREE OF CHARGE',
  footer: 'rekrutmen.bpjsketenagakerjaan.go.id',
});

const dimensions = (png: Uint8Array) => {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
};

describe('share pictures', () => {
  test('are 1200×630 PNGs well under WhatsApp’s 100 KB', async () => {
    const png = await renderShareImage(text('Account Representative Perwakilan'));
    expect(dimensions(png)).toEqual(shareImageSize);
    expect(png.length).toBeLessThan(100 * 1024);
  });

  test('rendered on all cores come back in order, one per text', async () => {
    const titles = ['Pelayanan', 'Customer Service Officer', 'Pengendalian Operasional'];
    const pngs = await Promise.all(renderAll(titles.map(text)));
    const alone = await renderShareImage(text('Customer Service Officer'));
    expect(pngs).toHaveLength(3);
    expect(Buffer.from(pngs[1] ?? []).equals(Buffer.from(alone))).toBe(true);
    expect(Buffer.from(pngs[0] ?? []).equals(Buffer.from(alone))).toBe(false);
  });

  test('are kept between builds under a key that changes with their text', async () => {
    const title = `Posisi uji ${Date.now()}`;
    const key = shareImageKey(text(title));
    expect(shareImageKey(text(`${title} `))).not.toBe(key);
    expect(cachedShareImage(key)).toBeUndefined();
    const [drawn] = await Promise.all(renderAll([text(title)]));
    expect(Buffer.from(cachedShareImage(key) ?? []).equals(Buffer.from(drawn ?? []))).toBe(true);
    rmSync(join(shareImageCacheDir, `${key}.png`));
  });
});
