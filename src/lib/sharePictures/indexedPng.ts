import { constants, crc32, deflateRawSync } from 'node:zlib';

/**
 * Palette PNGs (colour type 3, 8 bits a pixel), written fast. Share pictures are a few flat
 * colours and the anti-aliasing steps between them, so 256 colours hold them, at a third of the
 * bytes of RGB to compress. Pictures that share a frame differ only in a band of rows: the rows
 * outside it are compressed once (`compressRows`) and their deflate output reused.
 *
 * Rows are given in PNG's filtered layout: each row a filter byte (0, none: the usual choice for
 * palette images) and then one palette index per pixel.
 */

export const pngSignature = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

/** Rows per separately compressed band of a frame. */
const bandRows = 16;

interface Band {
  from: number;
  to: number;
  /** Raw deflate ending in a full flush: byte-aligned, not final, independent of what precedes it. */
  deflated: Uint8Array;
  adler: number;
}

/** A frame's rows compressed band by band, for `encodeIndexedPng` to reuse. */
export interface CompressedRows {
  width: number;
  height: number;
  bands: Band[];
}

export function compressRows(width: number, height: number, rows: Uint8Array): CompressedRows {
  checkRows(width, height, rows);
  const bands: Band[] = [];
  for (let from = 0; from < height; from += bandRows) {
    const to = Math.min(height, from + bandRows);
    bands.push(band(rows, width, from, to));
  }
  return { width, height, bands };
}

/**
 * A PNG of `rows`. With `frame`, the rows outside `changed` (a range of row numbers) are taken to
 * be the frame's, and only the bands that meet `changed` are compressed again.
 */
export function encodeIndexedPng(
  width: number,
  height: number,
  palette: Uint8Array,
  rows: Uint8Array,
  reuse?: { frame: CompressedRows; changed: { from: number; to: number } },
): Uint8Array {
  checkRows(width, height, rows);
  if (palette.length % 3 !== 0 || palette.length > 256 * 3) throw new Error('a palette is at most 256 RGB triples');
  if (reuse !== undefined && (reuse.frame.width !== width || reuse.frame.height !== height)) throw new Error('the frame has another size');
  const bands: Band[] = [];
  let pendingFrom: number | undefined;
  const flush = (to: number) => {
    if (pendingFrom !== undefined) bands.push(band(rows, width, pendingFrom, to));
    pendingFrom = undefined;
  };
  for (const kept of reuse?.frame.bands ?? [{ from: 0, to: height, deflated: new Uint8Array(), adler: 1 }]) {
    const touched = reuse === undefined || (kept.from < reuse.changed.to && kept.to > reuse.changed.from);
    if (touched) pendingFrom ??= kept.from;
    else {
      flush(kept.from);
      bands.push(kept);
    }
  }
  flush(height);

  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 3, 0, 0, 0], 8); // bit depth 8, palette colour, deflate, adaptive filtering, no interlace
  let adler = 1;
  for (const { adler: next, from, to } of bands) adler = adler32Combine(adler, next, (to - from) * (width + 1));
  const trailer = new Uint8Array(4);
  new DataView(trailer.buffer).setUint32(0, adler);
  // zlib stream: header (deflate, 32 KB window), the bands, an empty final block, the checksum.
  const data = concat([Uint8Array.of(0x78, 0x01), ...bands.map(({ deflated }) => deflated), Uint8Array.of(0x03, 0x00), trailer]);
  return concat([pngSignature, chunk('IHDR', header), chunk('PLTE', palette), chunk('IDAT', data), chunk('IEND', new Uint8Array())]);
}

function checkRows(width: number, height: number, rows: Uint8Array): void {
  if (rows.length !== height * (width + 1)) throw new Error(`expected ${height} rows of ${width + 1} bytes, got ${rows.length} bytes`);
}

function band(rows: Uint8Array, width: number, from: number, to: number): Band {
  const bytes = rows.subarray(from * (width + 1), to * (width + 1));
  // Runs of one colour are most of a flat picture: run-length matching compresses them nearly as
  // well as zlib's default, several times faster.
  const deflated = deflateRawSync(bytes, { level: 3, strategy: constants.Z_RLE, finishFlush: constants.Z_FULL_FLUSH });
  return { from, to, deflated, adler: adler32(bytes) };
}

const adlerBase = 65521;

export function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  // 5552 bytes is the most that can be summed before the 32-bit sums need reducing (zlib's NMAX).
  for (let start = 0; start < bytes.length; start += 5552) {
    const end = Math.min(bytes.length, start + 5552);
    for (let index = start; index < end; index += 1) {
      a += bytes[index] ?? 0;
      b += a;
    }
    a %= adlerBase;
    b %= adlerBase;
  }
  return ((b << 16) | a) >>> 0;
}

/** The Adler-32 of two byte runs joined, from theirs and the second's length (zlib's adler32_combine). */
export function adler32Combine(first: number, second: number, secondLength: number): number {
  const remainder = secondLength % adlerBase;
  let a = first & 0xffff;
  let b = (remainder * a) % adlerBase;
  a = (a + (second & 0xffff) + adlerBase - 1) % adlerBase;
  b = (b + (first >>> 16) + (second >>> 16) + adlerBase - remainder) % adlerBase;
  return ((b << 16) | a) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
