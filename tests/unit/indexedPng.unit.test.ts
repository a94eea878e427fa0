import { deflateSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { adler32, adler32Combine, compressRows, encodeIndexedPng } from '../../src/lib/sharePictures/indexedPng.ts';
import { decodePng } from '../support/png.ts';

const width = 50;
const height = 40;
const palette = Uint8Array.of(0, 0, 0, 255, 0, 0, 0, 255, 0);

/** Rows in PNG's layout (filter byte 0, then indices), coloured by `colour(x, y)`. */
function rows(colour: (x: number, y: number) => number): Uint8Array {
  const out = new Uint8Array(height * (width + 1));
  for (let y = 0; y < height; y += 1) for (let x = 0; x < width; x += 1) out[y * (width + 1) + 1 + x] = colour(x, y);
  return out;
}

describe('palette PNGs', () => {
  test('decode to the colours they were given', () => {
    const picture = decodePng(encodeIndexedPng(width, height, palette, rows((x, y) => (x + y) % 3)));
    expect(picture).toMatchObject({ width, height, colourType: 3 });
    expect([...picture.rgb.subarray(0, 9)]).toEqual([0, 0, 0, 255, 0, 0, 0, 255, 0]);
  });

  test('reusing a frame’s compressed rows gives the same pixels as compressing them all', () => {
    const frame = rows((x) => x % 2);
    const changed = rows((x, y) => (y >= 18 && y < 23 ? 2 : x % 2));
    const whole = decodePng(encodeIndexedPng(width, height, palette, changed));
    const reused = decodePng(encodeIndexedPng(width, height, palette, changed, { frame: compressRows(width, height, frame), changed: { from: 18, to: 23 } }));
    expect(Buffer.from(reused.rgb).equals(Buffer.from(whole.rgb))).toBe(true);
    expect(Buffer.from(reused.rgb).equals(Buffer.from(decodePng(encodeIndexedPng(width, height, palette, frame)).rgb))).toBe(false);
  });
});

describe('Adler-32', () => {
  const bytes = Uint8Array.from({ length: 20_000 }, (_, index) => (index * 31) % 256);
  const zlibAdler = (data: Uint8Array) => deflateSync(data).readUInt32BE(deflateSync(data).length - 4);

  test('is the checksum zlib writes', () => {
    expect(adler32(bytes)).toBe(zlibAdler(bytes));
  });

  test('of two runs joined comes from theirs', () => {
    const [first, second] = [bytes.subarray(0, 7_000), bytes.subarray(7_000)];
    expect(adler32Combine(adler32(first), adler32(second), second.length)).toBe(adler32(bytes));
  });
});
