import type { APIRoute, GetStaticPaths } from 'astro';
import { campaignOf, entriesIn, featuredCampaign, placementsOf } from '../../data/content.ts';
import { defaultLocale } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/translate.ts';
import type { ShareImageText } from '../../lib/shareImage.ts';
import { shareImagePng } from '../../lib/shareImageCache.ts';
import { shareImagePaths } from '../../lib/paths.ts';
import { regionName } from '../../lib/regions.ts';

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
      return { params: { image: imageName(shareImagePaths.position(position.slug)) }, props: { text } };
    }),
  );
  return [{ params: { image: imageName(shareImagePaths.default()) }, props: { text: defaultImage } }, ...positions];
}) satisfies GetStaticPaths;

function imageName(path: string): string {
  return path.replace(/^\/og\//, '').replace(/\.png$/, '');
}

/** Drawn where Astro asks for it: a few milliseconds each, on the build's own thread. */
export const GET: APIRoute<{ text: ShareImageText }> = async ({ props }) => {
  const png = await shareImagePng(props.text);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
