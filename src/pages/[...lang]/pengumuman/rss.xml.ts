import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { announcementsIn, pathsPerLocale } from '../../../data/content.ts';
import { localizedPath, routes } from '../../../lib/paths/routes.ts';

export const getStaticPaths = pathsPerLocale;

/** Every announcement, newest first: job seekers follow the recruitment after registration closes. */
export const GET: APIRoute = async ({ locals, site }) => {
  const { locale, t } = locals;
  return rss({
    title: t('announcements.feedTitle'),
    description: t('announcements.description'),
    site: site ?? '',
    customData: `<language>${locale}</language>`,
    items: (await announcementsIn(locale)).map((announcement) => ({
      title: `${announcement.data.reference}: ${announcement.data.title}`,
      description: announcement.data.description,
      link: localizedPath(locale, routes.announcement(announcement.slug)),
      pubDate: announcement.data.published,
    })),
  });
};
