import { describe, expect, test } from 'vitest';
import { layoutShareFrame, layoutShareText, shareImageSize, shareImageStyle, textBoxWidth, titleFontSize, wrapText } from '../../src/lib/sharePictures/layout.ts';

/** A monospaced stand-in font: every character 10 px wide. */
const measure = (line: string) => [...line].length * 10;
const noto = { ascender: 1.069, descender: 0.293 };

describe('wrapping text to the box', () => {
  test('keeps text that fits on one line as it is', () => {
    expect(wrapText('Petugas Pelayanan', 1000, 3, measure)).toEqual(['Petugas Pelayanan']);
  });

  test('breaks at spaces, filling each line as far as it goes', () => {
    expect(wrapText('aaa bbb ccc ddd', 70, 3, measure)).toEqual(['aaa bbb', 'ccc ddd']);
    expect(wrapText('aaa  bbb\nccc', 70, 3, measure)).toEqual(['aaa bbb', 'ccc']);
  });

  test('cuts what does not fit in the last line at a word, ending it with "…"', () => {
    expect(wrapText('aaa bbb ccc ddd eee', 70, 2, measure)).toEqual(['aaa bbb', 'ccc…']);
    expect(wrapText('aaa bbb ccc', 70, 1, measure)).toEqual(['aaa…']);
  });

  test('cuts a single word wider than the box between letters', () => {
    expect(wrapText('abcdefghijkl', 50, 3, measure)).toEqual(['abcd…']);
    expect(wrapText('ab abcdefghijkl cd', 50, 3, measure)).toEqual(['ab', 'abcd…', 'cd']);
  });

  test('cuts a 3,000-letter word to what fits, measuring only a few times its own length', () => {
    const word = 'a'.repeat(3000);
    let measured = 0;
    const counting = (line: string) => {
      measured += line.length;
      return measure(line);
    };
    expect(wrapText(word, 500, 3, counting)).toEqual([`${'a'.repeat(49)}…`]);
    expect(wrapText(`Petugas ${word} Pelayanan`, 500, 3, counting)).toEqual(['Petugas', `${'a'.repeat(49)}…`, 'Pelayanan']);
    // Dropping one letter at a time would measure about 4.5 million letters per word.
    expect(measured).toBeLessThan(20 * word.length);
  });

  test('never returns a line wider than the box, nor more lines than allowed', () => {
    const words = Array.from({ length: 40 }, (_, index) => 'x'.repeat(1 + ((index * 7) % 13))).join(' ');
    for (const [width, lines] of [[60, 1], [100, 2], [150, 3]] as const) {
      const wrapped = wrapText(words, width, lines, measure);
      expect(wrapped.length).toBeLessThanOrEqual(lines);
      for (const line of wrapped) expect(measure(line)).toBeLessThanOrEqual(width);
    }
  });
});

describe('the title size rule', () => {
  test('is 76 px up to 24 characters and 60 px beyond', () => {
    expect(titleFontSize('x'.repeat(24))).toBe(76);
    expect(titleFontSize('x'.repeat(25))).toBe(60);
  });
});

describe('placing the title and placements', () => {
  const place = (title: string, detail: string) => layoutShareText({ title, detail }, noto, measure, measure);

  test('puts the title above the placements, both at the left padding', () => {
    const { title, detail } = place('Petugas Pelayanan', 'Penempatan: Papua');
    expect(title.map((line) => line.size)).toEqual([76]);
    expect(detail.map((line) => line.size)).toEqual([shareImageStyle.detail.size]);
    expect((detail[0]?.baseline ?? 0) - (title[0]?.baseline ?? 0)).toBeGreaterThan(shareImageStyle.detail.gap);
    for (const line of [...title, ...detail]) expect(line.x).toBe(shareImageStyle.padding.inline);
  });

  test('keeps even the longest texts between the eyebrow and the footer row', () => {
    const long = 'kata '.repeat(200);
    const { title, detail } = place(long, long);
    expect(title).toHaveLength(shareImageStyle.title.maxLines);
    expect(detail).toHaveLength(shareImageStyle.detail.maxLines);
    const top = (title[0]?.baseline ?? 0) - noto.ascender * (title[0]?.size ?? 0);
    const bottom = (detail.at(-1)?.baseline ?? 0) + noto.descender * shareImageStyle.detail.size;
    expect(top).toBeGreaterThan(shareImageStyle.padding.block + 1.362 * shareImageStyle.eyebrow.size);
    expect(bottom).toBeLessThan(shareImageSize.height - shareImageStyle.padding.block - 66);
  });
});

describe('placing the frame', () => {
  const frame = (eyebrow: string) =>
    layoutShareFrame({ eyebrow, badge: 'TIDAK DIPUNGUT BIAYA / FREE OF CHARGE', footer: 'rekrutmen.bpjsketenagakerjaan.go.id' }, noto, measure, measure);

  test('puts the eyebrow at the top left, and the badge and the host in the bottom row', () => {
    const { eyebrow, badge, footer } = frame('Rekrutmen 2025');
    expect(eyebrow.x).toBe(shareImageStyle.padding.inline);
    expect(badge.left).toBe(shareImageStyle.padding.inline);
    expect(badge.top + badge.height).toBe(shareImageSize.height - shareImageStyle.padding.block);
    // The host ends at the right padding.
    expect(footer.x + measure(footer.text)).toBe(shareImageSize.width - shareImageStyle.padding.inline);
    expect(footer.baseline).toBeGreaterThan(badge.top);
    expect(footer.baseline).toBeLessThan(badge.top + badge.height);
  });

  test('keeps a long campaign title to one line, ended with "…"', () => {
    const { eyebrow } = frame('Rekrutmen '.repeat(40));
    expect(measure(eyebrow.text)).toBeLessThanOrEqual(textBoxWidth);
    expect(eyebrow.text.endsWith('…')).toBe(true);
  });
});
