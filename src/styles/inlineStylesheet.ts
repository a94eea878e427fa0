import source from './global.css?raw';
import { siteStylesheet } from '../lib/siteStylesheet.ts';

/** The stylesheet every page inlines, minified once per build (see src/lib/siteStylesheet.ts). */
export const inlineStylesheet = siteStylesheet(source);
