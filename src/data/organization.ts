import { agency, siteUrl } from '../config/site.ts';
import type { Locale } from '../i18n/locales.ts';
import type { Organization } from '../lib/recruitment/structuredData.ts';
import { entriesIn } from './content.ts';

/** The agency as structured data describes it: its name, site, logo and official channels. */
export async function organization(locale: Locale): Promise<Organization> {
  const channels = await entriesIn('channels', locale);
  return {
    name: agency.name,
    url: agency.website,
    logo: new URL('/logo.png', siteUrl).href,
    sameAs: channels.map((channel) => channel.data.url),
  };
}
