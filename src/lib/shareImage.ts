import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { shareFontFile } from './shareImageFont.ts';
import { shareImageSize, shareImageStyle, titleFontSize } from './shareImageLayout.ts';

/**
 * The picture WhatsApp and social sites show for a shared link: 1200×630 PNG, flat colours so
 * it stays far below WhatsApp's ~100 KB limit. The font comes from an npm package: no network.
 * One picture serves both languages, so its free-of-charge line is bilingual.
 *
 * satori lays the picture out and resvg paints it. That costs ~20–40 ms a picture, so a build
 * draws only each campaign's frame this way (`renderShareFrame`); src/lib/shareImageDraw.ts adds
 * each position's text to it from a glyph cache. `renderShareImage` draws a whole picture this
 * way: the reference the fast drawing is compared with.
 */
export { shareImageSize } from './shareImageLayout.ts';

export interface ShareImageText {
  /** Small line at the top, e.g. "BPJS Ketenagakerjaan · Rekrutmen" */
  eyebrow: string;
  title: string;
  /** e.g. "Penempatan: Kalimantan, Sulawesi, …" */
  detail: string;
  /** e.g. "GRATIS / FREE OF CHARGE" */
  badge: string;
  /** e.g. the portal's host */
  footer: string;
}

/** What a campaign's pictures share: everything but the position's title and placements. */
export type ShareImageFrame = Pick<ShareImageText, 'eyebrow' | 'badge' | 'footer'>;

let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;

type Node = { type: string; props: { style?: Record<string, string | number>; children?: (Node | string)[] | Node | string } };
const box = (style: Record<string, string | number>, children: (Node | string)[] | string): Node => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});

/** The picture as satori's layout tree; without `middle`, the frame alone. */
function shareImageTree(frame: ShareImageFrame, middle?: Pick<ShareImageText, 'title' | 'detail'>): Node {
  const { padding, colours, eyebrow, title, detail, badge, footer } = shareImageStyle;
  return box(
    {
      width: shareImageSize.width,
      height: shareImageSize.height,
      boxSizing: 'border-box',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: `${padding.block}px ${padding.inline}px`,
      background: colours.background,
      color: colours.text,
      fontFamily: 'Noto Sans',
    },
    [
      box({ fontSize: eyebrow.size }, frame.eyebrow),
      box(
        { flexDirection: 'column', width: '100%' },
        middle === undefined
          ? []
          : [
              box(
                { fontSize: titleFontSize(middle.title), fontWeight: 700, lineHeight: title.lineHeight, width: '100%', flexWrap: 'wrap' },
                middle.title,
              ),
              box({ fontSize: detail.size, marginTop: detail.gap, lineHeight: detail.lineHeight, width: '100%' }, middle.detail),
            ],
      ),
      box({ justifyContent: 'space-between', alignItems: 'center', width: '100%' }, [
        box(
          {
            background: colours.badge,
            color: colours.badgeText,
            fontSize: badge.size,
            fontWeight: 700,
            padding: `${badge.paddingBlock}px ${badge.paddingInline}px`,
          },
          frame.badge,
        ),
        box({ fontSize: footer.size }, frame.footer),
      ]),
    ],
  );
}

async function paint(tree: Node): Promise<Resvg> {
  fonts ??= [
    { name: 'Noto Sans', data: shareFontFile(400), weight: 400, style: 'normal' },
    { name: 'Noto Sans', data: shareFontFile(700), weight: 700, style: 'normal' },
  ];
  // satori's types expect React elements; this plain object tree is the same shape.
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], { ...shareImageSize, fonts });
  // satori turns text into paths: resvg needs no fonts, so it need not look for the system's.
  return new Resvg(svg, { fitTo: { mode: 'width', value: shareImageSize.width }, font: { loadSystemFonts: false } });
}

/** A whole picture drawn by satori and resvg: slow, the reference for the fast drawing. */
export async function renderShareImage(text: ShareImageText): Promise<Uint8Array> {
  return (await paint(shareImageTree(text, text))).render().asPng();
}

/** A campaign's frame (background, eyebrow, badge, footer) as RGBA pixels, row by row. */
export async function renderShareFrame(frame: ShareImageFrame): Promise<Uint8Array> {
  return (await paint(shareImageTree(frame))).render().pixels;
}
