import { describe, expect, test } from 'vitest';
import { codePointName, hiddenCharacter } from '../../src/lib/links/textSafety.ts';

describe('hiddenCharacter', () => {
  test.each([
    ['a tag character, which spells hidden text after a visible one', 'Petugas\u{E0041}\u{E0042} Pelayanan', '\u{E0041}'],
    ['the cancel tag that ends a run of them', 'Pelayanan\u{E007F}', '\u{E007F}'],
    ['a variation selector', 'Pelayanan\uFE01', '\uFE01'],
    ['a supplementary variation selector', 'Pelayanan\u{E0100}', '\u{E0100}'],
    ["the emoji variation selector, which no content needs and the share picture's font cannot draw", 'Siap \u2705\uFE0F', '\uFE0F'],
    ['a zero-width space', 'bpjs\u200Btk', '\u200B'],
    ['a zero-width joiner', 'bpjs\u200Dtk', '\u200D'],
    ['a right-to-left override', 'gpj\u202Eexe', '\u202E'],
    ['a first-strong isolate', 'a\u2068b', '\u2068'],
    ['the Arabic letter mark', 'a\u061Cb', '\u061C'],
    ['a soft hyphen', 'ketenaga\u00ADkerjaan', '\u00AD'],
    ['a word joiner', 'a\u2060b', '\u2060'],
    ['a byte-order mark inside text', 'a\uFEFFb', '\uFEFF'],
    ['a NUL', 'a\u0000b', '\u0000'],
    ['an escape', 'a\u001Bb', '\u001B'],
    ['DEL', 'a\u007Fb', '\u007F'],
    ['a C1 control', 'a\u0085b', '\u0085'],
    ['a line separator', 'a\u2028b', '\u2028'],
    ['a paragraph separator', 'a\u2029b', '\u2029'],
  ])('finds %s', (_, text, hidden) => {
    expect(hiddenCharacter(text)).toBe(hidden);
  });

  test.each([
    ['tabs and line breaks', 'Petugas\tPelayanan\r\nKantor Cabang\n'],
    ['Indonesian text with punctuation', 'Pendaftaran ditutup pukul 23.59 WIB — tidak dipungut biaya.'],
    ['letters with accents and other scripts', 'Café, Ñandú, Ελληνικά, 日本語'],
    ['an emoji in its plain form', 'Siap \u2705'],
  ])('lets %s through', (_, text) => {
    expect(hiddenCharacter(text)).toBeUndefined();
  });
});

describe('codePointName', () => {
  test('names a character beyond the first plane by its whole code point', () => {
    expect(codePointName('\u{E0041}')).toBe('U+E0041');
    expect(codePointName('\u200B')).toBe('U+200B');
  });
});
