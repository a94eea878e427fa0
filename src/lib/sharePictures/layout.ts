/**
 * Where everything sits on a share picture, and the rules for its text. Both drawings read this:
 * the frame drawn once per campaign (satori, src/lib/sharePictures/text.ts) and the per-position text
 * drawn from a glyph cache (src/lib/sharePictures/draw.ts), so they cannot drift apart.
 */
export const shareImageSize = { width: 1200, height: 630 } as const;

export const shareImageStyle = {
  padding: { block: 56, inline: 64 },
  colours: { background: '#00573a', text: '#ffffff', badge: '#ffd600', badgeText: '#0b0c0c' },
  /** The campaign's title, on one line (cut with "…" if need be). */
  eyebrow: { size: 30 },
  /** 76 px, or 60 px for titles longer than 24 characters; at most 3 lines, the last one cut with "…". */
  title: { size: 76, longSize: 60, longerThan: 24, lineHeight: 1.1, maxLines: 3 },
  /** The placements line: at most 2 lines, so a long list cannot push the title off the picture. */
  detail: { size: 30, lineHeight: 1.3, gap: 24, maxLines: 2 },
  /**
   * The bilingual free-of-charge notice, in the glossary's words ("TIDAK DIPUNGUT BIAYA / FREE OF
   * CHARGE"): sized so that it fits on one line beside the portal's host, at least `gap` apart.
   */
  badge: { size: 26, paddingBlock: 10, paddingInline: 18, gap: 24 },
  /** The portal's host, at the right of the badge's row. */
  footer: { size: 26 },
} as const;

/** The width text may take: the picture less its side padding. */
export const textBoxWidth = shareImageSize.width - 2 * shareImageStyle.padding.inline;

export const ellipsis = '…';

export function titleFontSize(title: string): number {
  const { size, longSize, longerThan } = shareImageStyle.title;
  return title.length > longerThan ? longSize : size;
}

/** A font's vertical metrics as fractions of its size (Noto Sans: 1.069 and 0.293). */
export interface VerticalMetrics {
  ascender: number;
  descender: number;
}

/**
 * The lines `text` takes in a box `maxWidth` wide: words wrapped greedily at spaces, as a browser
 * does. Text beyond `maxLines` is cut at a word, with "…" after what fits on the last line; a
 * single word wider than the box is cut between letters. Nothing is shrunk: a smaller title would
 * be unreadable in WhatsApp's thumbnail, and the page itself carries the full title.
 */
export function wrapText(text: string, maxWidth: number, maxLines: number, measure: (line: string) => number): string[] {
  const words = text.split(/\s+/).filter((word) => word !== '');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line === '' || measure(candidate) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (lines.length === maxLines - 1) return [...lines, withEllipsis(line, maxWidth, measure)];
    lines.push(fitLine(line, maxWidth, measure));
    line = word;
  }
  return line === '' ? lines : [...lines, fitLine(line, maxWidth, measure)];
}

/** The line itself when it fits, else cut between letters and ended with "…". */
function fitLine(line: string, maxWidth: number, measure: (line: string) => number): string {
  return measure(line) <= maxWidth ? line : cutLetters(line, maxWidth, measure);
}

/** `line` followed by "…", dropping words from its end (or letters, for a lone word) until it fits. */
function withEllipsis(line: string, maxWidth: number, measure: (line: string) => number): string {
  const words = line.split(' ');
  while (words.length > 1 && measure(`${words.join(' ')}${ellipsis}`) > maxWidth) words.pop();
  const kept = words.join(' ');
  return measure(`${kept}${ellipsis}`) <= maxWidth ? `${kept}${ellipsis}` : cutLetters(kept, maxWidth, measure);
}

/**
 * The longest start of `line` that fits with "…" after it (at least one letter). Found by doubling
 * then halving the length tried, so only starts up to twice what fits are ever measured: dropping
 * one letter at a time from a 3,000-letter word measured millions of letters and exhausted the
 * build's worker.
 */
function cutLetters(line: string, maxWidth: number, measure: (line: string) => number): string {
  const letters = [...line];
  const cut = (length: number) => `${letters.slice(0, length).join('').trimEnd()}${ellipsis}`;
  const fits = (length: number) => measure(cut(length)) <= maxWidth;
  let fitting = 1;
  let tooLong = letters.length + 1;
  for (let length = 2; length <= letters.length; length *= 2) {
    if (!fits(length)) {
      tooLong = length;
      break;
    }
    fitting = length;
  }
  while (tooLong - fitting > 1) {
    const middle = Math.floor((fitting + tooLong) / 2);
    if (fits(middle)) fitting = middle;
    else tooLong = middle;
  }
  return cut(fitting);
}

/**
 * Line height "normal" and where the baseline sits in a line box, as satori computes them (from
 * the font's ascender and descender, rounded as it rounds them), so text drawn here lines up with
 * text satori drew.
 */
export function lineBox(size: number, lineHeight: number | 'normal', metrics: VerticalMetrics): { height: number; baseline: number } {
  const ascent = Math.round(metrics.ascender * size);
  const descent = Math.round(metrics.descender * size);
  const height = lineHeight === 'normal' ? (metrics.ascender + metrics.descender) * size : lineHeight * size;
  return { height, baseline: ascent + Math.floor((height - ascent - descent) / 2) };
}

export interface PlacedLine {
  text: string;
  size: number;
  /** Pen position of the line's first glyph, in pixels. */
  x: number;
  /** Baseline, in pixels (fractional where line heights are). */
  baseline: number;
}

/**
 * The title and placements lines of one picture, centred between the eyebrow and the footer row
 * (the frame's `justify-content: space-between`), in the fonts measured by `measureTitle` (bold)
 * and `measureDetail` (regular). Boxes are rounded to whole pixels as satori's layout engine
 * (Yoga) rounds them, so the text lands where satori would have put it.
 */
export function layoutShareText(
  text: { title: string; detail: string },
  metrics: VerticalMetrics,
  measureTitle: (line: string, size: number) => number,
  measureDetail: (line: string, size: number) => number,
): { title: PlacedLine[]; detail: PlacedLine[] } {
  const { padding, eyebrow, title, detail, badge, footer } = shareImageStyle;
  const titleSize = titleFontSize(text.title);
  const titleLines = wrapText(text.title, textBoxWidth, title.maxLines, (line) => measureTitle(line, titleSize));
  const detailLines = wrapText(text.detail, textBoxWidth, detail.maxLines, (line) => measureDetail(line, detail.size));
  const titleBox = lineBox(titleSize, title.lineHeight, metrics);
  const detailBox = lineBox(detail.size, detail.lineHeight, metrics);
  const eyebrowBottom = padding.block + Math.round(lineBox(eyebrow.size, 'normal', metrics).height);
  const footerRow = Math.round(
    Math.max(lineBox(badge.size, 'normal', metrics).height + 2 * badge.paddingBlock, lineBox(footer.size, 'normal', metrics).height),
  );
  const footerTop = shareImageSize.height - padding.block - footerRow;
  const titleHeight = Math.round(titleLines.length * titleBox.height);
  const blockHeight = titleHeight + detail.gap + Math.round(detailLines.length * detailBox.height);
  const top = Math.round((eyebrowBottom + footerTop - blockHeight) / 2);
  const place = (lines: string[], size: number, box: { height: number; baseline: number }, from: number) =>
    lines.map((line, index) => ({ text: line, size, x: padding.inline, baseline: from + index * box.height + box.baseline }));
  return {
    title: place(titleLines, titleSize, titleBox, top),
    detail: place(detailLines, detail.size, detailBox, top + titleHeight + detail.gap),
  };
}

export interface FrameLayout {
  eyebrow: PlacedLine;
  badge: { left: number; top: number; width: number; height: number; line: PlacedLine };
  footer: PlacedLine;
}

/**
 * The frame every picture of a campaign shares: the eyebrow at the top, the badge and the host
 * in a row at the bottom, placed and rounded as satori's layout places and rounds them.
 */
export function layoutShareFrame(
  frame: { eyebrow: string; badge: string; footer: string },
  metrics: VerticalMetrics,
  measureBold: (line: string, size: number) => number,
  measureRegular: (line: string, size: number) => number,
): FrameLayout {
  const { padding, eyebrow, badge, footer } = shareImageStyle;
  const oneLine = (text: string, size: number, measure: (line: string, size: number) => number, maxWidth = textBoxWidth) =>
    wrapText(text, maxWidth, 1, (line) => measure(line, size))[0] ?? '';
  const eyebrowText = oneLine(frame.eyebrow, eyebrow.size, measureRegular);
  const footerText = oneLine(frame.footer, footer.size, measureRegular, textBoxWidth / 2);
  const badgeRoom = textBoxWidth - measureRegular(footerText, footer.size) - badge.gap - 2 * badge.paddingInline;
  const badgeText = oneLine(frame.badge, badge.size, measureBold, badgeRoom);
  const badgeBox = lineBox(badge.size, 'normal', metrics);
  const footerBox = lineBox(footer.size, 'normal', metrics);
  const rowHeight = Math.round(Math.max(badgeBox.height + 2 * badge.paddingBlock, footerBox.height));
  const rowTop = shareImageSize.height - padding.block - rowHeight;
  const right = shareImageSize.width - padding.inline;
  return {
    eyebrow: { text: eyebrowText, size: eyebrow.size, x: padding.inline, baseline: padding.block + lineBox(eyebrow.size, 'normal', metrics).baseline },
    badge: {
      left: padding.inline,
      top: rowTop,
      width: Math.round(measureBold(badgeText, badge.size) + 2 * badge.paddingInline),
      height: rowHeight,
      line: { text: badgeText, size: badge.size, x: padding.inline + badge.paddingInline, baseline: rowTop + badge.paddingBlock + badgeBox.baseline },
    },
    footer: {
      text: footerText,
      size: footer.size,
      x: Math.round(right - measureRegular(footerText, footer.size)),
      baseline: Math.round(rowTop + (rowHeight - Math.round(footerBox.height)) / 2) + footerBox.baseline,
    },
  };
}
