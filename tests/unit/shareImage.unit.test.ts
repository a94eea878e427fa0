import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cachedShareImage, drawingCodeDigest, shareImageCacheDir, shareImageKey, shareImagePng } from '../../src/lib/sharePictures/cache.ts';
import { drawShareImage } from '../../src/lib/sharePictures/draw.ts';
import { shareFont } from '../../src/lib/sharePictures/font.ts';
import { layoutShareText, shareImageSize, shareImageStyle, textBoxWidth } from '../../src/lib/sharePictures/layout.ts';
import { decodePng, type DecodedPng } from '../support/png.ts';
import { renderShareImage } from '../support/satoriShareImage.ts';

const text = (title: string) => ({
  eyebrow: 'BPJS Ketenagakerjaan · Rekrutmen September 2025',
  title,
  detail: 'Penempatan / Placement: Kalimantan, Sulawesi, Maluku, Papua, Nusa Tenggara Timur, Nusa Tenggara Barat',
  badge: 'TIDAK DIPUNGUT BIAYA / FREE OF CHARGE',
  footer: 'rekrutmen.bpjsketenagakerjaan.go.id',
});

const background = [0x00, 0x57, 0x3a];

/** Pixels in rows [from, to) that are not the flat background. */
function inkIn(picture: DecodedPng, from: number, to: number): number {
  let ink = 0;
  for (let index = from * picture.width; index < to * picture.width; index += 1) {
    if (background.some((channel, offset) => picture.rgb[index * 3 + offset] !== channel)) ink += 1;
  }
  return ink;
}

/** Mean difference per colour channel between two pictures of one size, 0–255. */
function meanDifference(a: DecodedPng, b: DecodedPng): number {
  let total = 0;
  for (let index = 0; index < a.rgb.length; index += 1) total += Math.abs((a.rgb[index] ?? 0) - (b.rgb[index] ?? 0));
  return total / a.rgb.length;
}

async function titleRows(title: string): Promise<{ from: number; to: number }> {
  const [bold, regular] = await Promise.all([shareFont(700), shareFont(400)]);
  const lines = layoutShareText(text(title), bold.metrics, bold.measure, regular.measure).title;
  const size = lines[0]?.size ?? 0;
  return { from: Math.floor((lines[0]?.baseline ?? 0) - size), to: Math.ceil(lines.at(-1)?.baseline ?? 0) };
}

describe('a drawn share picture', () => {
  test('is a valid 1200×630 palette PNG well under WhatsApp’s 100 KB', async () => {
    const png = await drawShareImage(text('Account Representative Perwakilan'));
    const picture = decodePng(png);
    expect({ width: picture.width, height: picture.height }).toEqual(shareImageSize);
    expect(picture.colourType).toBe(3);
    expect(png.length).toBeLessThan(100 * 1024);
  });

  test('has its title drawn in the title area, and another title changes it', async () => {
    const rows = await titleRows('Petugas Pelayanan');
    const picture = decodePng(await drawShareImage(text('Petugas Pelayanan')));
    const other = decodePng(await drawShareImage(text('Pengendalian Operasional')));
    // A line of 76 px bold letters inks a good part of its rows.
    expect(inkIn(picture, rows.from, rows.to)).toBeGreaterThan(0.05 * picture.width * (rows.to - rows.from));
    expect(meanDifference(picture, other)).toBeGreaterThan(0);
  });

  test('looks like the same picture drawn whole by satori and resvg', async () => {
    for (const title of ['Petugas Pelayanan', 'Account Representative Perwakilan Kantor Cabang']) {
      const fast = decodePng(await drawShareImage(text(title)));
      const reference = decodePng(await renderShareImage(text(title)));
      // Text within a fraction of a pixel: satori spaces words by its own measure.
      expect(meanDifference(fast, reference), title).toBeLessThan(1.5);
    }
  });

  test('keeps a title too long for three lines inside the picture, ended with "…"', async () => {
    const long = Array.from({ length: 30 }, (_, index) => `Kata${index}`).join(' ');
    const [bold, regular] = await Promise.all([shareFont(700), shareFont(400)]);
    const { title, detail } = layoutShareText(text(long), bold.metrics, bold.measure, regular.measure);
    expect(title).toHaveLength(shareImageStyle.title.maxLines);
    expect(title.at(-1)?.text.endsWith('…')).toBe(true);
    for (const line of title) expect(bold.measure(line.text, line.size)).toBeLessThanOrEqual(textBoxWidth);
    for (const line of detail) expect(regular.measure(line.text, line.size)).toBeLessThanOrEqual(textBoxWidth);
    const picture = decodePng(await drawShareImage(text(long)));
    expect(picture.width).toBe(shareImageSize.width);
  });
});

describe('share pictures kept between builds', () => {
  test('come back from the cache, under a key that changes with their text', async () => {
    const title = `Posisi uji ${Date.now()}`;
    const key = shareImageKey(text(title));
    expect(shareImageKey(text(`${title} `))).not.toBe(key);
    expect(cachedShareImage(key)).toBeUndefined();
    const drawn = await shareImagePng(text(title));
    expect(Buffer.from(cachedShareImage(key) ?? []).equals(Buffer.from(drawn))).toBe(true);
    expect(Buffer.from(await shareImagePng(text(title))).equals(Buffer.from(drawn))).toBe(true);
    rmSync(join(shareImageCacheDir, `${key}.png`));
  });

  test('are keyed by every file of the drawing code, so a changed or added file draws them again', () => {
    const folder = mkdtempSync(join(tmpdir(), 'drawing-'));
    try {
      writeFileSync(join(folder, 'draw.ts'), 'export const a = 1;');
      const before = drawingCodeDigest(folder);
      expect(drawingCodeDigest(folder)).toBe(before);
      writeFileSync(join(folder, 'draw.ts'), 'export const a = 2;');
      const changed = drawingCodeDigest(folder);
      expect(changed).not.toBe(before);
      writeFileSync(join(folder, 'more.ts'), 'export const b = 1;');
      expect(drawingCodeDigest(folder)).not.toBe(changed);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  test('stop the build when the drawing code is not where the key reads it', () => {
    expect(() => drawingCodeDigest(join(tmpdir(), 'no-such-drawing-code'))).toThrow(/no-such-drawing-code/);
    const empty = mkdtempSync(join(tmpdir(), 'drawing-'));
    try {
      expect(() => drawingCodeDigest(empty)).toThrow(/no drawing code/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe('the share picture font', () => {
  test('kerns as the font says: "AV" is narrower than "A" and "V" apart', async () => {
    const bold = await shareFont(700);
    expect(bold.word('AV').advance).toBeLessThan(bold.word('A').advance + bold.word('V').advance);
  });
});
