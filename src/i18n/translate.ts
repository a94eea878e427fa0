import type { Locale } from './locales.ts';
import { en, id, type UiKey } from './ui.ts';

export const dictionaries = { id, en } as const satisfies Record<Locale, Record<UiKey, string>>;

export type Translate = (key: UiKey, values?: Readonly<Record<string, string>>) => string;

/**
 * A `t()` for one language. A placeholder without a value is an error, so a page can never ship
 * with a literal "{instant}" in it.
 */
export function useTranslations(locale: Locale): Translate {
  const dictionary: Record<UiKey, string> = dictionaries[locale];
  return (key, values = {}) => {
    const text = dictionary[key];
    // Most strings have no placeholder; a page asks for dozens of them.
    if (!text.includes('{')) return text;
    return text.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = values[name];
      if (value === undefined) throw new Error(`t("${key}") in ${locale} needs a value for {${name}}`);
      return value;
    });
  };
}
