import type { APIRoute, GetStaticPaths } from 'astro';
import { type Localized, pathsPerEntry, siteNow } from '../../../data/content.ts';
import { registrationCalendar } from '../../../lib/calendar.ts';

export const getStaticPaths = (async () =>
  (await pathsPerEntry('campaigns')).map(({ params, props }) => ({
    params: { lang: params.lang, campaign: params.slug },
    props,
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: Localized<'campaigns'> }> = ({ props, locals, site }) => {
  const { entry: campaign } = props;
  const { locale, t } = locals;
  const body = registrationCalendar({
    uid: `${campaign.slug}-${locale}@${site?.host ?? 'localhost'}`,
    stamp: siteNow,
    start: campaign.data.opens,
    end: campaign.data.closes,
    summary: t('calendar.summary', { campaign: campaign.data.title }),
    description: t('calendar.description', { url: campaign.data.applyUrl }),
    url: campaign.data.applyUrl,
    reminder: t('calendar.reminder', { campaign: campaign.data.title }),
    language: locale,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
