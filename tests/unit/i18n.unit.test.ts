import { describe, expect, test } from 'vitest';
import { defaultLocale, formatList, isLocale, localeCodes, localeOrDefault, locales } from '../../src/i18n/locales.ts';
import { dictionaries, useTranslations } from '../../src/i18n/translate.ts';
import { en, id, type UiKey } from '../../src/i18n/ui.ts';

describe('locales', () => {
  test('serves Indonesian as the default language', () => {
    expect(defaultLocale).toBe('id');
    expect(localeCodes).toEqual(['id', 'en']);
  });

  test.each([
    ['id', 'conjunction', 'Maluku, Papua, dan Papua Barat'],
    ['en', 'conjunction', 'Maluku, Papua and Papua Barat'],
    ['id', 'disjunction', 'Maluku, Papua, atau Papua Barat'],
    ['en', 'disjunction', 'Maluku, Papua or Papua Barat'],
  ] as const)('writes a %s %s list in the language’s own style', (locale, type, text) => {
    expect(formatList(locale, ['Maluku', 'Papua', 'Papua Barat'], type)).toBe(text);
    // The same answer the second time, from the formatter kept for the language.
    expect(formatList(locale, ['Maluku', 'Papua', 'Papua Barat'], type)).toBe(text);
  });

  test('returns false for a language the site does not have', () => {
    expect(isLocale('fr')).toBe(false);
    expect(isLocale('toString')).toBe(false);
  });

  test('gives a page the language Astro found in its URL', () => {
    expect(localeOrDefault('en')).toBe('en');
    expect(localeOrDefault('id')).toBe('id');
  });

  test('gives a page outside any language the default language', () => {
    expect(localeOrDefault(undefined)).toBe(defaultLocale);
  });

  test('returns the default locale for a language the site does not have', () => {
    expect(localeOrDefault('fr')).toBe(defaultLocale);
  });

  test('has a dictionary for every language', () => {
    expect(Object.keys(dictionaries).sort()).toEqual([...localeCodes].sort());
    for (const locale of localeCodes) expect(locales[locale].label).not.toBe('');
  });
});

describe('UI dictionaries', () => {
  test('give English exactly the keys of Indonesian', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
  });

  test('leave no string empty', () => {
    for (const dictionary of Object.values(dictionaries)) {
      for (const value of Object.values(dictionary)) expect(value.trim()).not.toBe('');
    }
  });

  test('use the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    for (const key of Object.keys(id) as UiKey[]) expect(placeholders(en[key]), key).toEqual(placeholders(id[key]));
  });

  test('make a missing English string a type error', () => {
    // @ts-expect-error: 'fraudWarning.label' is missing, which `satisfies Record<UiKey, string>` must reject.
    const incomplete = { 'site.name': 'x' } satisfies Record<UiKey, string>;
    expect(Object.keys(incomplete)).not.toContain('fraudWarning.label');
  });
});

describe('useTranslations', () => {
  test('returns the text of the requested language', () => {
    expect(useTranslations('id')('fraudWarning.label')).toBe('Peringatan');
    expect(useTranslations('en')('fraudWarning.label')).toBe('Warning');
  });

  test('fills placeholders', () => {
    expect(useTranslations('id')('status.closesAt', { instant: 'Minggu' })).toBe('Ditutup Minggu.');
  });

  test('throws instead of printing a placeholder it has no value for', () => {
    expect(() => useTranslations('en')('status.closesAt')).toThrow(/needs a value for \{instant\}/);
  });
});
