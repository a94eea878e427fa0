import source from './global.css?raw';
import { siteStylesheet } from './siteStylesheet.ts';

/** The stylesheet every page inlines, minified once per build (see src/styles/siteStylesheet.ts). */
export const inlineStylesheet = siteStylesheet(source);
