import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { campaignOf, entriesIn, pathsPerLocale } from '../../../data/content.ts';
import { localizedPath, routes } from '../../../lib/paths/routes.ts';

export const getStaticPaths = pathsPerLocale;

/** Positions whose campaign is open or about to open: a feed reader should not announce closed ones. */
export const GET: APIRoute = async ({ locals, site }) => {
  const { locale, t } = locals;
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
      .filter(({ campaign }) => campaign.registration.status !== 'closed')
      .map(({ position, campaign }) => ({
        title: position.data.title,
        description: position.data.description,
        link: localizedPath(locale, routes.position(position.slug)),
        pubDate: campaign.data.opens.instant,
      })),
  });
};
