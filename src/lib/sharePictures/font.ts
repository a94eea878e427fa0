import type { HarfBuzz, HarfBuzzFont } from 'harfbuzzjs';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { VerticalMetrics } from './layout.ts';
import { sfntFromWoff } from './woff.ts';

/**
 * Noto Sans for the share pictures, from npm (no network), shaped by HarfBuzz: the engine satori
 * shapes with, so words measure and kern here exactly as in the frame satori draws.
 *
 * Packages are found from the project root rather than imported, because Astro bundles this
 * module into its build output, where relative package paths would not hold.
 */
const requireFromProject = createRequire(join(process.cwd(), 'package.json'));

export type FontWeight = 400 | 700;

/** The WOFF file of one weight of Noto Sans (latin subset). */
export function shareFontFile(weight: FontWeight): Buffer {
  return readFileSync(requireFromProject.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`));
}

export interface ShapedGlyph {
  glyph: number;
  /** Pen position of the glyph's origin from the start of its word, in font units. */
  x: number;
  y: number;
}

export interface ShapedWord {
  glyphs: ShapedGlyph[];
  /** Advance of the whole word, in font units. */
  advance: number;
}

export interface ShareFont {
  unitsPerEm: number;
  metrics: VerticalMetrics;
  /** A word's glyphs as HarfBuzz shapes them (kerning, ligatures); remembered, as words repeat. */
  word(text: string): ShapedWord;
  /** Advance of a space, in font units. */
  space: number;
  /** Width of a line of words in pixels at `size`: its words' advances and a space between each. */
  measure(line: string, size: number): number;
  outline(glyph: number): { path: string; box: { left: number; top: number; right: number; bottom: number } | undefined };
}

let harfbuzz: Promise<HarfBuzz> | undefined;
const fonts = new Map<FontWeight, Promise<ShareFont>>();

export function shareFont(weight: FontWeight): Promise<ShareFont> {
  let font = fonts.get(weight);
  if (font === undefined) {
    harfbuzz ??= requireFromProject('harfbuzzjs') as Promise<HarfBuzz>;
    font = harfbuzz.then((hb) => openFont(hb, sfntFromWoff(shareFontFile(weight))));
    fonts.set(weight, font);
  }
  return font;
}

function openFont(hb: HarfBuzz, data: Uint8Array): ShareFont {
  const blob = hb.createBlob(data);
  const face = hb.createFace(blob, 0);
  const font: HarfBuzzFont = hb.createFont(face);
  const unitsPerEm = face.upem;
  font.setScale(unitsPerEm, unitsPerEm);
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const words = new Map<string, ShapedWord>();
  const shape = (text: string): ShapedWord => {
    const buffer = hb.createBuffer();
    buffer.addText(text);
    buffer.guessSegmentProperties();
    hb.shape(font, buffer);
    const glyphs: ShapedGlyph[] = [];
    let advance = 0;
    for (const { g, ax, dx, dy } of buffer.json()) {
      glyphs.push({ glyph: g, x: advance + dx, y: dy });
      advance += ax;
    }
    buffer.destroy();
    return { glyphs, advance };
  };
  const word = (text: string) => {
    let shaped = words.get(text);
    if (shaped === undefined) {
      shaped = shape(text);
      words.set(text, shaped);
    }
    return shaped;
  };
  const space = shape(' ').advance;
  const hhea = tableOffset(view, 'hhea');
  return {
    unitsPerEm,
    metrics: { ascender: view.getInt16(hhea + 4) / unitsPerEm, descender: -view.getInt16(hhea + 6) / unitsPerEm },
    word,
    space,
    measure: (line, size) => {
      const parts = line.split(' ');
      const units = parts.reduce((total, part) => total + word(part).advance, 0) + (parts.length - 1) * space;
      return (units * size) / unitsPerEm;
    },
    outline: (glyph) => {
      const extents = font.glyphExtents(glyph);
      const box =
        extents === null || extents.width === 0
          ? undefined
          : { left: extents.xBearing, top: extents.yBearing, right: extents.xBearing + extents.width, bottom: extents.yBearing + extents.height };
      return { path: font.glyphToPath(glyph), box };
    },
  };
}

/** Where a table starts in a plain OpenType font, from its table directory. */
function tableOffset(view: DataView, tag: string): number {
  const wanted = [...tag].reduce((value, letter) => value * 256 + letter.charCodeAt(0), 0);
  for (let index = 0; index < view.getUint16(4); index += 1) {
    if (view.getUint32(12 + index * 16) === wanted) return view.getUint32(12 + index * 16 + 8);
  }
  throw new Error(`the font has no ${tag} table`);
}
