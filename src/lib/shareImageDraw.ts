import { Resvg } from '@resvg/resvg-js';
import { compressRows, encodeIndexedPng, type CompressedRows } from './indexedPng.ts';
import { renderShareFrame, type ShareImageFrame, type ShareImageText } from './shareImage.ts';
import { shareFont, type FontWeight, type ShareFont } from './shareImageFont.ts';
import { layoutShareText, shareImageSize, shareImageStyle, type PlacedLine } from './shareImageLayout.ts';

/**
 * Share pictures at a few milliseconds each. satori and resvg draw each campaign's frame once
 * (background, eyebrow, badge, footer); each position's title and placements are then stamped on
 * it glyph by glyph, every glyph painted once per size by resvg and kept, and the picture is
 * written as a palette PNG. Drawing a whole picture with satori costs ~20–40 ms, mostly turning
 * text into paths and rasterizing them; here the same glyphs come from memory.
 */

const { width, height } = shareImageSize;
/** Bytes in one PNG row: the filter byte, then one palette index per pixel. */
const stride = width + 1;

// ─── Palette ─────────────────────────────────────────────────────────────────────────────────

/**
 * The colours of a picture: the steps from background to text colour first (index = coverage, so
 * text is stamped by arithmetic), then the steps of the badge's text and of the badge's edge.
 * 128 steps are finer than the eye tells apart on a phone.
 */
const textSteps = 128;
const { colours } = shareImageStyle;
const rgb = (hex: string): [number, number, number] => [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)) as [number, number, number];
const steps = (from: string, to: string, count: number) =>
  Array.from({ length: count }, (_, step) => rgb(from).map((channel, index) => Math.round(channel + ((rgb(to)[index] ?? 0) - channel) * (step / (count - 1)))));
export const sharePalette = Uint8Array.from(
  [...steps(colours.background, colours.text, textSteps), ...steps(colours.badge, colours.badgeText, 96), ...steps(colours.background, colours.badge, 32)].flat(),
);

/** The palette index nearest an RGB colour (only the frame's few distinct colours ever ask). */
function nearestIndex(red: number, green: number, blue: number): number {
  let best = 0;
  let bestDistance = Infinity;
  for (let index = 0; index * 3 < sharePalette.length; index += 1) {
    const distance =
      ((sharePalette[index * 3] ?? 0) - red) ** 2 + ((sharePalette[index * 3 + 1] ?? 0) - green) ** 2 + ((sharePalette[index * 3 + 2] ?? 0) - blue) ** 2;
    if (distance < bestDistance) [best, bestDistance] = [index, distance];
  }
  return best;
}

/** `over[index * 256 + alpha]`: the text step after painting text colour at `alpha` over step `index`. */
const over = new Uint8Array(textSteps * 256);
for (let index = 0; index < textSteps; index += 1) {
  for (let alpha = 0; alpha < 256; alpha += 1) {
    const coverage = index / (textSteps - 1);
    over[index * 256 + alpha] = Math.round((coverage + (alpha / 255) * (1 - coverage)) * (textSteps - 1));
  }
}

// ─── Frames ──────────────────────────────────────────────────────────────────────────────────

interface Frame {
  /** PNG rows of palette indices. */
  rows: Uint8Array;
  compressed: CompressedRows;
}

const frames = new Map<string, Promise<Frame>>();

/** A campaign's frame, drawn once per build. */
function frameOf(frame: ShareImageFrame): Promise<Frame> {
  const key = JSON.stringify([frame.eyebrow, frame.badge, frame.footer]);
  let drawn = frames.get(key);
  if (drawn === undefined) {
    drawn = renderShareFrame(frame).then((rgba) => {
      const rows = toPaletteRows(rgba);
      return { rows, compressed: compressRows(width, height, rows) };
    });
    frames.set(key, drawn);
  }
  return drawn;
}

function toPaletteRows(rgba: Uint8Array): Uint8Array {
  const rows = new Uint8Array(height * stride);
  const known = new Map<number, number>();
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const at = (y * width + x) * 4;
      const colour = ((rgba[at] ?? 0) << 16) | ((rgba[at + 1] ?? 0) << 8) | (rgba[at + 2] ?? 0);
      let index = known.get(colour);
      if (index === undefined) {
        index = nearestIndex(colour >> 16, (colour >> 8) & 255, colour & 255);
        known.set(colour, index);
      }
      rows[y * stride + 1 + x] = index;
    }
  }
  return rows;
}

// ─── Glyphs ──────────────────────────────────────────────────────────────────────────────────

interface GlyphMask {
  /** Offset of the mask's top-left pixel from the glyph's origin on the baseline. */
  left: number;
  top: number;
  width: number;
  height: number;
  /** Coverage, 0–255, row by row. */
  alpha: Uint8Array;
}

/**
 * Glyphs are painted at quarter-pixel offsets across and down, so letters keep the spacing
 * HarfBuzz gave them and lines the fractional baselines of their line height.
 */
const subpixelSteps = 4;
const masks = new Map<string, GlyphMask | undefined>();

/** A position split into a whole pixel and a quarter-pixel step. */
function snap(position: number): { whole: number; step: number } {
  const whole = Math.floor(position);
  const step = Math.round((position - whole) * subpixelSteps);
  return step === subpixelSteps ? { whole: whole + 1, step: 0 } : { whole, step };
}

function glyphMask(font: ShareFont, weight: FontWeight, glyph: number, size: number, stepX: number, stepY: number): GlyphMask | undefined {
  const key = `${weight} ${size} ${glyph} ${stepX} ${stepY}`;
  if (masks.has(key)) return masks.get(key);
  const mask = paintGlyph(font, glyph, size, stepX / subpixelSteps, stepY / subpixelSteps);
  masks.set(key, mask);
  return mask;
}

function paintGlyph(font: ShareFont, glyph: number, size: number, shiftX: number, shiftY: number): GlyphMask | undefined {
  const { path, box } = font.outline(glyph);
  if (box === undefined || path === '') return undefined;
  const scale = size / font.unitsPerEm;
  // One pixel of margin each side for the anti-aliased edge.
  const left = Math.floor(box.left * scale + shiftX) - 1;
  const top = Math.floor(-box.top * scale + shiftY) - 1;
  const maskWidth = Math.ceil(box.right * scale + shiftX) + 1 - left;
  const maskHeight = Math.ceil(-box.bottom * scale + shiftY) + 1 - top;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${maskWidth}" height="${maskHeight}">` +
    `<path transform="translate(${shiftX - left} ${shiftY - top}) scale(${scale} ${-scale})" d="${path}" fill="#fff"/></svg>`;
  const pixels = new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;
  const alpha = new Uint8Array(maskWidth * maskHeight);
  for (let index = 0; index < alpha.length; index += 1) alpha[index] = pixels[index * 4 + 3] ?? 0;
  return { left, top, width: maskWidth, height: maskHeight, alpha };
}

/** Paints text colour through a glyph's mask onto rows of text-step indices. */
function stamp(rows: Uint8Array, mask: GlyphMask, originX: number, baseline: number): void {
  for (let row = 0; row < mask.height; row += 1) {
    const y = baseline + mask.top + row;
    if (y < 0 || y >= height) continue;
    for (let column = 0; column < mask.width; column += 1) {
      const x = originX + mask.left + column;
      const alpha = mask.alpha[row * mask.width + column] ?? 0;
      if (alpha === 0 || x < 0 || x >= width) continue;
      const at = y * stride + 1 + x;
      const index = rows[at] ?? 0;
      // Text lies on the flat background, whose pixels are text steps; anything else stays.
      if (index < textSteps) rows[at] = over[index * 256 + alpha] ?? index;
    }
  }
}

/** Draws a line of text; widens `changed` to the rows it painted. */
function drawLine(rows: Uint8Array, font: ShareFont, weight: FontWeight, line: PlacedLine, changed: { from: number; to: number }): void {
  const scale = line.size / font.unitsPerEm;
  let pen = line.x;
  for (const word of line.text.split(' ')) {
    const shaped = font.word(word);
    for (const { glyph, x, y } of shaped.glyphs) {
      const across = snap(pen + x * scale);
      const down = snap(line.baseline - y * scale);
      const mask = glyphMask(font, weight, glyph, line.size, across.step, down.step);
      if (mask === undefined) continue;
      stamp(rows, mask, across.whole, down.whole);
      changed.from = Math.min(changed.from, down.whole + mask.top);
      changed.to = Math.max(changed.to, down.whole + mask.top + mask.height);
    }
    pen += (shaped.advance + font.space) * scale;
  }
}

// ─── Pictures ────────────────────────────────────────────────────────────────────────────────

/**
 * The picture being drawn. One buffer serves every picture: from copying the frame in to encoding
 * the PNG, drawing never awaits, so no two pictures share it at once (and a fresh 750 KB buffer
 * per picture cost more than the drawing).
 */
const rows = new Uint8Array(height * stride);

/** One share picture as PNG bytes: the campaign's frame with the position's title and placements. */
export async function drawShareImage(text: ShareImageText): Promise<Uint8Array> {
  const [bold, regular, frame] = await Promise.all([shareFont(700), shareFont(400), frameOf(text)]);
  const layout = layoutShareText(text, bold.metrics, bold.measure, regular.measure);
  rows.set(frame.rows);
  const changed = { from: height, to: 0 };
  for (const line of layout.title) drawLine(rows, bold, 700, line, changed);
  for (const line of layout.detail) drawLine(rows, regular, 400, line, changed);
  return encodeIndexedPng(width, height, sharePalette, rows, { frame: frame.compressed, changed });
}
