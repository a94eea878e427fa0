import type { APIRoute, GetStaticPaths } from 'astro';
import { campaignOf, entriesIn, featuredCampaign, placementsOf } from '../../data/content.ts';
import { defaultLocale } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/translate.ts';
import type { ShareImageText } from '../../lib/shareImage.ts';
import { renderAll } from '../../lib/shareImagePool.ts';
import { shareImagePaths } from '../../lib/paths.ts';
import { regionName } from '../../lib/regions.ts';

// Pictures travel beyond the page's language (a WhatsApp group mixes readers), so they carry both.
const t = useTranslations('id');
const tEn = useTranslations('en');
const badge = `${t('share.free')} / ${tEn('share.free')}`.toUpperCase();

/**
 * Every picture of the build, handed to all cores at once when Astro asks for the first one (it
 * asks for them one by one, which would leave all but one core idle).
 */
let pictures: { name: string; text: ShareImageText }[] = [];
let rendered: Map<string, Promise<Uint8Array>> | undefined;

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
  const paths = [{ params: { image: imageName(shareImagePaths.default()) }, props: { text: defaultImage } }, ...positions];
  pictures = paths.map(({ params, props }) => ({ name: params.image, text: props.text }));
  rendered = undefined; // `npm run dev` asks again after an edit: draw from the new texts
  return paths;
}) satisfies GetStaticPaths;

function imageName(path: string): string {
  return path.replace(/^\/og\//, '').replace(/\.png$/, '');
}

export const GET: APIRoute<{ text: ShareImageText }> = async ({ params, props }) => {
  rendered ??= new Map(renderAll(pictures.map(({ text }) => text)).map((png, index) => [pictures[index]?.name ?? '', png]));
  const png = await (rendered.get(String(params['image'])) ?? renderAll([props.text])[0] ?? Promise.reject(new Error('missing')));
  return new Response(Uint8Array.from(png), { headers: { 'Content-Type': 'image/png' } });
};
