/** What src/middleware.ts puts on `Astro.locals` for every page. */
declare namespace App {
  interface Locals {
    /** The page's language, from its URL through Astro's i18n routing. */
    locale: import('./i18n/locales.ts').Locale;
    /** The interface text of that language. */
    t: import('./i18n/translate.ts').Translate;
  }
}

/** The message checker's script file, built from the sources (src/integrations/messageChecker.ts). */
declare module 'virtual:bpjstk/message-checker' {
  /** Where it is served. */
  export const src: string;
  /** Its Subresource Integrity metadata, also allowed by the CSP. */
  export const integrity: string;
}
