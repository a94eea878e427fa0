// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { defaultLocale, localeCodes, locales } from './src/i18n/locales.ts';
import { siteUrl } from './src/config/site.ts';
import { securityHeadersIntegration } from './src/integrations/securityHeaders.ts';
import { messageCheckerIntegration } from './src/integrations/messageChecker.ts';
import { serviceWorkerIntegration } from './src/integrations/serviceWorker.ts';
import { offlinePagePaths } from './src/lib/offline/rules.ts';
import { contentCheck } from './src/integrations/contentCheck.ts';
import { outputCheck } from './src/integrations/outputCheck.ts';

export default defineConfig({
  site: siteUrl,
  output: 'static',
  trailingSlash: 'always',
  // Editors preview with `npm run dev`: Astro's developer toolbar would cover the page's foot and mean nothing to them.
  devToolbar: { enabled: false },
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
      // The 404 and offline pages stand in for other addresses: they are no page of their own to find.
      filter: (page) => {
        const { pathname } = new URL(page);
        return !pathname.startsWith('/404') && !offlinePagePaths.includes(pathname);
      },
    }),
    messageCheckerIntegration(),
    // After the checker's, whose script file it stores.
    serviceWorkerIntegration(),
    securityHeadersIntegration(),
    // Last, so it reads every file the others wrote.
    outputCheck(),
  ],
});
