/** What src/middleware.ts puts on `Astro.locals` for every page. */
declare namespace App {
  interface Locals {
    /** The page's language, from its URL through Astro's i18n routing. */
    locale: import('./i18n/locales.ts').Locale;
    /** The interface text of that language. */
    t: import('./i18n/translate.ts').Translate;
  }
}
