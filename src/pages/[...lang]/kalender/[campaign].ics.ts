import type { APIRoute, GetStaticPaths } from 'astro';
import { claimText } from '../../../config/claims.ts';
import { type Localized, pathsPerEntry, siteNow } from '../../../data/content.ts';
import { type CalendarEvent, registrationCalendar } from '../../../lib/recruitment/calendarFile.ts';
import { formatMoment } from '../../../lib/time/dateFormat.ts';
import { datedStages } from '../../../lib/recruitment/stages.ts';
import { officialTimeZone } from '../../../lib/time/timeZones.ts';

export const getStaticPaths = (async () =>
  (await pathsPerEntry('campaigns')).map(({ params, props }) => ({
    params: { lang: params.lang, campaign: params.slug },
    props,
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: Localized<'campaigns'> }> = ({ props, locals, site }) => {
  const { entry: campaign } = props;
  const { locale, t } = locals;
  const host = site?.host ?? 'localhost';
  const common = { stamp: siteNow, url: campaign.data.applyUrl, language: locale, description: [t('calendar.description', { url: campaign.data.applyUrl }), claimText('online-only', locale), claimText('free-of-charge', locale)].join(' '),
  };
  // A stage's place in the list keeps its UID stable while its dates or title are corrected.
  const stages: CalendarEvent[] = datedStages(campaign.data.stages.map((stage, index) => ({ ...stage, index }))).map((stage) => ({
    ...common,
    uid: `${campaign.slug}-stage-${stage.index + 1}-${locale}@${host}`,
    start: stage.starts,
    end: stage.ends,
    summary: t('calendar.stageSummary', { stage: stage.title, campaign: campaign.data.title }),
  }));
  // An all-day event shows no hour: the deadline, as given, is also written out in the description.
  const closes = t('status.closesAt', { instant: formatMoment(campaign.data.closes, officialTimeZone, locale) });
  const body = registrationCalendar({
    ...common,
    description: `${common.description} ${closes}`,
    uid: `${campaign.slug}-${locale}@${host}`,
    start: campaign.data.opens,
    end: campaign.data.closes,
    summary: t('calendar.summary', { campaign: campaign.data.title }),
    reminder: t('calendar.reminder', { campaign: campaign.data.title }),
  }, stages);
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
