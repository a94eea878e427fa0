import { inflateSync } from 'node:zlib';

/**
 * The plain OpenType font inside a WOFF 1.0 file (https://www.w3.org/TR/WOFF/): its tables, each
 * inflated when stored compressed, behind a new table directory. HarfBuzz reads only plain fonts,
 * and the site's fonts come from @fontsource as WOFF.
 */
export function sfntFromWoff(woff: Uint8Array): Uint8Array {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (view.getUint32(0) !== 0x774f4646) throw new Error('not a WOFF 1.0 file (no "wOFF" signature)');
  const flavor = view.getUint32(4);
  const tableCount = view.getUint16(12);
  const tables = Array.from({ length: tableCount }, (_, index) => {
    const entry = 44 + index * 20;
    const offset = view.getUint32(entry + 4);
    const compressedLength = view.getUint32(entry + 8);
    const length = view.getUint32(entry + 12);
    const stored = woff.subarray(offset, offset + compressedLength);
    return {
      tag: view.getUint32(entry),
      checksum: view.getUint32(entry + 16),
      data: compressedLength < length ? new Uint8Array(inflateSync(stored)) : stored,
    };
  });
  const directoryLength = 12 + tableCount * 16;
  const padded = (length: number) => (length + 3) & ~3;
  const size = tables.reduce((total, { data }) => total + padded(data.length), directoryLength);
  const font = new Uint8Array(size);
  const out = new DataView(font.buffer);
  // The binary-search fields the OpenType table directory requires.
  const searchPower = 2 ** Math.floor(Math.log2(tableCount));
  out.setUint32(0, flavor);
  out.setUint16(4, tableCount);
  out.setUint16(6, searchPower * 16);
  out.setUint16(8, Math.log2(searchPower));
  out.setUint16(10, tableCount * 16 - searchPower * 16);
  let offset = directoryLength;
  tables.forEach(({ tag, checksum, data }, index) => {
    const record = 12 + index * 16;
    out.setUint32(record, tag);
    out.setUint32(record + 4, checksum);
    out.setUint32(record + 8, offset);
    out.setUint32(record + 12, data.length);
    font.set(data, offset);
    offset += padded(data.length);
  });
  return font;
}
