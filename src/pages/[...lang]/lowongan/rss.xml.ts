import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { campaignOf, entriesIn, pathsPerLocale, siteNow } from '../../../data/content.ts';
import type { Locale } from '../../../i18n/locales.ts';
import { useTranslations } from '../../../i18n/translate.ts';
import { localizedPath, routes } from '../../../lib/paths.ts';
import { registrationStatus } from '../../../lib/registration.ts';

export const getStaticPaths = pathsPerLocale;

/** Positions whose campaign is open or about to open: a feed reader should not announce closed ones. */
export const GET: APIRoute<{ locale: Locale }> = async ({ props, site }) => {
  const { locale } = props;
  const t = useTranslations(locale);
  const positions = await entriesIn('positions', locale);
  const items = await Promise.all(
    positions.map(async (position) => ({ position, campaign: await campaignOf(position) })),
  );
  return rss({
    title: t('feed.title'),
    description: t('feed.description'),
    site: site ?? '',
    customData: `<language>${locale}</language>`,
    items: items
      .filter(({ campaign }) => registrationStatus(campaign.data, siteNow) !== 'closed')
      .map(({ position, campaign }) => ({
        title: position.data.title,
        description: position.data.description,
        link: localizedPath(locale, routes.position(position.slug)),
        pubDate: campaign.data.opens,
      })),
  });
};
