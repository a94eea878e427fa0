import { Resvg } from '@resvg/resvg-js';
import { compressRows, encodeIndexedPng, type CompressedRows } from './indexedPng.ts';
import type { ShareImageFrame, ShareImageText } from './text.ts';
import { shareFont, type FontWeight, type ShareFont } from './font.ts';
import { layoutShareFrame, layoutShareText, shareImageSize, shareImageStyle, type PlacedLine } from './layout.ts';

/**
 * Share pictures at a few milliseconds each. Text is laid out with the font's own metrics
 * (HarfBuzz, as satori does) and stamped glyph by glyph, each glyph painted once per size by
 * resvg and kept. Each campaign's frame (background, eyebrow, badge, host) is drawn once and its
 * compressed rows reused; each position adds its title and placements, and the picture is written
 * as a palette PNG. Drawing a whole picture with satori (src/lib/sharePictures/text.ts, the reference the
 * tests hold this to) costs ~20–40 ms, mostly turning text into paths and rasterizing them, and
 * keeps satori's layout engine in the build's memory; here the same glyphs come from memory.
 */

const { width, height } = shareImageSize;
/** Bytes in one PNG row: the filter byte, then one palette index per pixel. */
const stride = width + 1;

// ─── Palette ─────────────────────────────────────────────────────────────────────────────────

/**
 * The colours of a picture: steps from the background to the text colour, then from the badge to
 * its text colour. A step's number is the text's coverage of the pixel, so text is painted by
 * arithmetic. 128 and 96 steps are finer than the eye tells apart on a phone.
 */
interface Ramp {
  /** Palette index of the ramp's first step: the colour under the text. */
  first: number;
  steps: number;
  /** `over[step * 256 + alpha]`: the step after painting text at `alpha` over `step`. */
  over: Uint8Array;
}

function ramp(first: number, steps: number): Ramp {
  const over = new Uint8Array(steps * 256);
  for (let step = 0; step < steps; step += 1) {
    for (let alpha = 0; alpha < 256; alpha += 1) {
      const coverage = step / (steps - 1);
      over[step * 256 + alpha] = Math.round((coverage + (alpha / 255) * (1 - coverage)) * (steps - 1));
    }
  }
  return { first, steps, over };
}

const onBackground = ramp(0, 128);
const onBadge = ramp(onBackground.steps, 96);

const { colours } = shareImageStyle;
const rgb = (hex: string): number[] => [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
const steps = (from: string, to: string, count: number) =>
  Array.from({ length: count }, (_, step) => rgb(from).map((channel, index) => Math.round(channel + ((rgb(to)[index] ?? 0) - channel) * (step / (count - 1)))));
export const sharePalette = Uint8Array.from(
  [...steps(colours.background, colours.text, onBackground.steps), ...steps(colours.badge, colours.badgeText, onBadge.steps)].flat(),
);

// ─── Frames ──────────────────────────────────────────────────────────────────────────────────

interface Frame {
  /** PNG rows of palette indices. */
  rows: Uint8Array;
  compressed: CompressedRows;
}

const frames = new Map<string, Promise<Frame>>();

/** A campaign's frame (eyebrow, badge, host), drawn once per build. */
function frameOf(frame: ShareImageFrame): Promise<Frame> {
  const key = JSON.stringify([frame.eyebrow, frame.badge, frame.footer]);
  let drawn = frames.get(key);
  if (drawn === undefined) {
    drawn = drawFrame(frame);
    frames.set(key, drawn);
  }
  return drawn;
}

async function drawFrame(frame: ShareImageFrame): Promise<Frame> {
  const [bold, regular] = await Promise.all([shareFont(700), shareFont(400)]);
  const layout = layoutShareFrame(frame, bold.metrics, bold.measure, regular.measure);
  // Index 0 is the background, and 0 is also the "no filter" byte that starts each row.
  const rows = new Uint8Array(height * stride);
  const { badge } = layout;
  for (let y = badge.top; y < badge.top + badge.height; y += 1) rows.fill(onBadge.first, y * stride + 1 + badge.left, y * stride + 1 + badge.left + badge.width);
  const changed = { from: 0, to: height };
  drawLine(rows, regular, 400, layout.eyebrow, onBackground, changed);
  drawLine(rows, bold, 700, badge.line, onBadge, changed);
  drawLine(rows, regular, 400, layout.footer, onBackground, changed);
  return { rows, compressed: compressRows(width, height, rows) };
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

/** Paints text through a glyph's mask onto pixels of `ramp`; pixels of other colours stay. */
function stamp(rows: Uint8Array, mask: GlyphMask, originX: number, baseline: number, ramp: Ramp): void {
  for (let row = 0; row < mask.height; row += 1) {
    const y = baseline + mask.top + row;
    if (y < 0 || y >= height) continue;
    for (let column = 0; column < mask.width; column += 1) {
      const x = originX + mask.left + column;
      const alpha = mask.alpha[row * mask.width + column] ?? 0;
      if (alpha === 0 || x < 0 || x >= width) continue;
      const at = y * stride + 1 + x;
      const step = (rows[at] ?? 0) - ramp.first;
      if (step >= 0 && step < ramp.steps) rows[at] = ramp.first + (ramp.over[step * 256 + alpha] ?? step);
    }
  }
}

/** Draws a line of text; widens `changed` to the rows it painted. */
function drawLine(rows: Uint8Array, font: ShareFont, weight: FontWeight, line: PlacedLine, ramp: Ramp, changed: { from: number; to: number }): void {
  const scale = line.size / font.unitsPerEm;
  let pen = line.x;
  for (const word of line.text.split(' ')) {
    const shaped = font.word(word);
    for (const { glyph, x, y } of shaped.glyphs) {
      const across = snap(pen + x * scale);
      const down = snap(line.baseline - y * scale);
      const mask = glyphMask(font, weight, glyph, line.size, across.step, down.step);
      if (mask === undefined) continue;
      stamp(rows, mask, across.whole, down.whole, ramp);
      changed.from = Math.min(changed.from, down.whole + mask.top);
      changed.to = Math.max(changed.to, down.whole + mask.top + mask.height);
    }
    pen += (shaped.advance + font.space) * scale;
  }
}

// ─── Pictures ────────────────────────────────────────────────────────────────────────────────

/**
 * The picture being drawn. One buffer serves every picture: from copying the frame in to encoding
 * the PNG, drawing never awaits, so no two pictures share it at once (a fresh 750 KB buffer per
 * picture cost milliseconds on a busy machine).
 */
const rows = new Uint8Array(height * stride);

/** One share picture as PNG bytes: the campaign's frame with the position's title and placements. */
export async function drawShareImage(text: ShareImageText): Promise<Uint8Array> {
  const [bold, regular, frame] = await Promise.all([shareFont(700), shareFont(400), frameOf(text)]);
  const layout = layoutShareText(text, bold.metrics, bold.measure, regular.measure);
  rows.set(frame.rows);
  const changed = { from: height, to: 0 };
  for (const line of layout.title) drawLine(rows, bold, 700, line, onBackground, changed);
  for (const line of layout.detail) drawLine(rows, regular, 400, line, onBackground, changed);
  return encodeIndexedPng(width, height, sharePalette, rows, { frame: frame.compressed, changed });
}
