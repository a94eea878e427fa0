// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { defaultLocale, localeCodes, locales } from './src/i18n/locales.ts';
import { siteUrl } from './src/config/site.ts';
import { securityHeadersIntegration } from './src/integrations/securityHeaders.ts';
import { messageCheckerIntegration } from './src/integrations/messageChecker.ts';
import { contentCheck } from './src/integrations/contentCheck.ts';
import { outputCheck } from './src/integrations/outputCheck.ts';

export default defineConfig({
  site: siteUrl,
  output: 'static',
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Readers are on slow links: one request for HTML and its CSS is worth more than caching.
    inlineStylesheets: 'always',
  },
  i18n: {
    locales: localeCodes,
    defaultLocale,
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    contentCheck(),
    mdx(),
    sitemap({
      // hreflang pairs in the sitemap come from the same locale list as the <head> links.
      i18n: {
        defaultLocale,
        locales: Object.fromEntries(localeCodes.map((code) => [code, locales[code].htmlLang])),
      },
      filter: (page) => !new URL(page).pathname.startsWith('/404'),
    }),
    messageCheckerIntegration(),
    securityHeadersIntegration(),
    // Last, so it reads every file the others wrote.
    outputCheck(),
  ],
});
