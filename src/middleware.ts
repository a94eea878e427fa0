import { defineMiddleware } from 'astro:middleware';
import { localeOrDefault } from './i18n/locales.ts';
import { useTranslations } from './i18n/translate.ts';

/**
 * The page's language and its `t()`, set once per page as Starlight's `locals.ts` does, so the
 * layout and components read them from `Astro.locals` instead of being handed a `locale` prop.
 * Astro runs this for prerendered pages and endpoints at build time too.
 */
export const onRequest = defineMiddleware((context, next) => {
  const locale = localeOrDefault(context.currentLocale);
  context.locals.locale = locale;
  context.locals.t = useTranslations(locale);
  return next();
});
