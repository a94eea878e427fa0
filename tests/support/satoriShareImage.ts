import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { shareFontFile } from '../../src/lib/sharePictures/font.ts';
import { shareImageSize, shareImageStyle, titleFontSize } from '../../src/lib/sharePictures/layout.ts';
import type { ShareImageText } from '../../src/lib/sharePictures/text.ts';

/*
 * The reference drawing of a share picture: satori lays it out and resvg paints it, slowly and by
 * the book. The tests hold the drawing builds use (src/lib/sharePictures/draw.ts, from a glyph
 * cache at a fraction of the cost) up against it; nothing the site ships runs it.
 */

let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;

type Node = { type: string; props: { style?: Record<string, string | number>; children?: (Node | string)[] | Node | string } };
const box = (style: Record<string, string | number>, children: (Node | string)[] | string): Node => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});

/** The picture as satori's layout tree. */
function shareImageTree(text: ShareImageText): Node {
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
      box({ fontSize: eyebrow.size }, text.eyebrow),
      box({ flexDirection: 'column', width: '100%' }, [
        box({ fontSize: titleFontSize(text.title), fontWeight: 700, lineHeight: title.lineHeight, width: '100%', flexWrap: 'wrap' }, text.title),
        box({ fontSize: detail.size, marginTop: detail.gap, lineHeight: detail.lineHeight, width: '100%' }, text.detail),
      ]),
      box({ justifyContent: 'space-between', alignItems: 'center', width: '100%' }, [
        box(
          {
            background: colours.badge,
            color: colours.badgeText,
            fontSize: badge.size,
            fontWeight: 700,
            padding: `${badge.paddingBlock}px ${badge.paddingInline}px`,
          },
          text.badge,
        ),
        box({ fontSize: footer.size }, text.footer),
      ]),
    ],
  );
}

/** A whole picture drawn by satori and resvg: slow, the reference for the fast drawing. */
export async function renderShareImage(text: ShareImageText): Promise<Uint8Array> {
  fonts ??= [
    { name: 'Noto Sans', data: shareFontFile(400), weight: 400, style: 'normal' },
    { name: 'Noto Sans', data: shareFontFile(700), weight: 700, style: 'normal' },
  ];
  // satori's types expect React elements; this plain object tree is the same shape.
  const svg = await satori(shareImageTree(text) as unknown as Parameters<typeof satori>[0], { ...shareImageSize, fonts });
  // satori turns text into paths: resvg needs no fonts, so it need not look for the system's.
  return new Resvg(svg, { fitTo: { mode: 'width', value: shareImageSize.width }, font: { loadSystemFonts: false } }).render().asPng();
}
