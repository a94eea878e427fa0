import type { APIRoute, GetStaticPaths } from 'astro';
import { campaignOf, entriesIn, featuredCampaign, placementsOf } from '../../data/content.ts';
import { defaultLocale } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/translate.ts';
import type { ShareImageText } from '../../lib/sharePictures/text.ts';
import { writeShareImagesOffThread } from '../../lib/build/pictures.ts';
import { shareImagePng } from '../../lib/sharePictures/cache.ts';
import { shareImagePaths } from '../../lib/paths/routes.ts';
import { regionName } from '../../lib/recruitment/regions.ts';

// Pictures travel beyond the page's language (a WhatsApp group mixes readers), so they carry both.
const t = useTranslations('id');
const tEn = useTranslations('en');
const badge = `${t('share.free')} / ${tEn('share.free')}`.toUpperCase();

/** `/og/default.png` and `/og/lowongan-<slug>.png`: one bilingual picture per position. */
export const getStaticPaths = (async () => {
  const campaign = await featuredCampaign(defaultLocale);
  const host = new URL(campaign.data.applyUrl).host;
  const defaultImage: ShareImageText = {
    eyebrow: 'BPJS Ketenagakerjaan',
    title: campaign.data.title,
    detail: `${t('share.placements')}: ${campaign.data.regions.map((region) => regionName(region, 'id')).join(', ')}`,
    badge,
    footer: host,
  };
  const positions = await Promise.all(
    (await entriesIn('positions', defaultLocale)).map(async (position) => {
      const positionCampaign = await campaignOf(position);
      const regions = placementsOf(position, positionCampaign);
      const text: ShareImageText = {
        eyebrow: positionCampaign.data.title,
        title: position.data.title,
        detail: `${t('share.placements')} / ${tEn('share.placements')}: ${regions.map((region) => regionName(region, 'id')).join(', ')}`,
        badge,
        footer: new URL(positionCampaign.data.applyUrl).host,
      };
      return { path: shareImagePaths.position(position.slug), text };
    }),
  );
  const pictures = [{ path: shareImagePaths.default(), text: defaultImage }, ...positions];
  // In a build, the worker draws and writes them all while Astro writes the pages: no route each.
  if (writeShareImagesOffThread(pictures)) return [];
  return pictures.map(({ path, text }) => ({ params: { image: imageName(path) }, props: { text } }));
}) satisfies GetStaticPaths;

function imageName(path: string): string {
  return path.replace(/^\/og\//, '').replace(/\.png$/, '');
}

/** Drawn by the build's worker (src/lib/build/), or here in `npm run dev`: a few milliseconds each. */
export const GET: APIRoute<{ text: ShareImageText }> = async ({ props }) => {
  const png = await shareImagePng(props.text);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
