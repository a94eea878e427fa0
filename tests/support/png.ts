import { crc32, inflateSync } from 'node:zlib';

/**
 * A strict PNG reader for tests (8-bit palette, RGB and RGBA, no interlacing): every chunk's CRC
 * and the zlib checksum are verified, so a picture that decodes here is a valid PNG.
 */
export interface DecodedPng {
  width: number;
  height: number;
  colourType: number;
  /** Every pixel as RGB, row by row. */
  rgb: Uint8Array;
}

const channelsOf: Record<number, number> = { 2: 3, 3: 1, 6: 4 };

export function decodePng(bytes: Uint8Array): DecodedPng {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (Buffer.from(bytes.subarray(0, 8)).toString('latin1') !== '\x89PNG\r\n\x1a\n') throw new Error('no PNG signature');
  const chunks: { type: string; data: Uint8Array }[] = [];
  for (let offset = 8; offset < bytes.length; ) {
    const length = view.getUint32(offset);
    const typeAndData = bytes.subarray(offset + 4, offset + 8 + length);
    if (crc32(typeAndData) !== view.getUint32(offset + 8 + length)) throw new Error('bad chunk CRC');
    chunks.push({ type: Buffer.from(typeAndData.subarray(0, 4)).toString('latin1'), data: typeAndData.subarray(4) });
    offset += 12 + length;
  }
  const header = chunks[0];
  if (header?.type !== 'IHDR' || chunks.at(-1)?.type !== 'IEND') throw new Error('chunks out of order');
  const headerView = new DataView(header.data.buffer, header.data.byteOffset, header.data.byteLength);
  const width = headerView.getUint32(0);
  const height = headerView.getUint32(4);
  const [depth, colourType, , , interlace] = header.data.subarray(8);
  const channels = channelsOf[colourType ?? -1];
  if (depth !== 8 || channels === undefined || interlace !== 0) throw new Error('unsupported PNG kind');
  const palette = chunks.find(({ type }) => type === 'PLTE')?.data;
  // inflateSync checks the zlib stream's Adler-32.
  const raw = inflateSync(Buffer.concat(chunks.filter(({ type }) => type === 'IDAT').map(({ data }) => data)));
  const stride = width * channels;
  if (raw.length !== height * (stride + 1)) throw new Error('image data of the wrong size');
  const pixels = unfilter(raw, height, stride, channels);
  const rgb = new Uint8Array(width * height * 3);
  for (let index = 0; index < width * height; index += 1) {
    if (colourType === 3) {
      const entry = pixels[index] ?? 0;
      if (palette === undefined || entry * 3 >= palette.length) throw new Error('palette index out of range');
      rgb.set(palette.subarray(entry * 3, entry * 3 + 3), index * 3);
    } else {
      rgb.set(pixels.subarray(index * channels, index * channels + 3), index * 3);
    }
  }
  return { width, height, colourType: colourType ?? 0, rgb };
}

/** PNG's five row filters undone. */
function unfilter(raw: Uint8Array, height: number, stride: number, bytesPerPixel: number): Uint8Array {
  const out = new Uint8Array(height * stride);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x += 1) {
      const value = raw[y * (stride + 1) + 1 + x] ?? 0;
      const left = x >= bytesPerPixel ? (out[y * stride + x - bytesPerPixel] ?? 0) : 0;
      const up = y > 0 ? (out[(y - 1) * stride + x] ?? 0) : 0;
      const upLeft = x >= bytesPerPixel && y > 0 ? (out[(y - 1) * stride + x - bytesPerPixel] ?? 0) : 0;
      const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter ?? -1];
      if (predictor === undefined) throw new Error(`unknown filter ${filter}`);
      out[y * stride + x] = (value + predictor) & 255;
    }
  }
  return out;
}

function paeth(left: number, up: number, upLeft: number): number {
  const estimate = left + up - upLeft;
  const [toLeft, toUp, toUpLeft] = [Math.abs(estimate - left), Math.abs(estimate - up), Math.abs(estimate - upLeft)];
  return toLeft <= toUp && toLeft <= toUpLeft ? left : toUp <= toUpLeft ? up : upLeft;
}
