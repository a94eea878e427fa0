import { Resvg } from '@resvg/resvg-js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori from 'satori';

/**
 * The picture WhatsApp and social sites show for a shared link: 1200×630 PNG, flat colours so
 * it stays far below WhatsApp's ~100 KB limit. The font comes from an npm package: no network.
 * One picture serves both languages, so its free-of-charge line is bilingual.
 */
export const shareImageSize = { width: 1200, height: 630 } as const;

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

const requireFromProject = createRequire(join(process.cwd(), 'package.json'));
const font = (weight: 400 | 700) =>
  readFileSync(requireFromProject.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`));
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;

type Node = { type: string; props: { style?: Record<string, string | number>; children?: (Node | string)[] | Node | string } };
const box = (style: Record<string, string | number>, children: (Node | string)[] | string): Node => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});

export async function renderShareImage(text: ShareImageText): Promise<Uint8Array> {
  fonts ??= [
    { name: 'Noto Sans', data: font(400), weight: 400, style: 'normal' },
    { name: 'Noto Sans', data: font(700), weight: 700, style: 'normal' },
  ];
  const titleSize = text.title.length > 24 ? 60 : 76;
  const tree = box(
    {
      width: shareImageSize.width,
      height: shareImageSize.height,
      boxSizing: 'border-box',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '56px 64px',
      background: '#00573a',
      color: '#ffffff',
      fontFamily: 'Noto Sans',
    },
    [
      box({ fontSize: 30 }, text.eyebrow),
      box({ flexDirection: 'column', width: '100%' }, [
        box({ fontSize: titleSize, fontWeight: 700, lineHeight: 1.1, width: '100%', flexWrap: 'wrap' }, text.title),
        box({ fontSize: 30, marginTop: 24, lineHeight: 1.3, width: '100%' }, text.detail),
      ]),
      box({ justifyContent: 'space-between', alignItems: 'center', width: '100%' }, [
        box({ background: '#ffd600', color: '#0b0c0c', fontSize: 34, fontWeight: 700, padding: '10px 22px' }, text.badge),
        box({ fontSize: 26 }, text.footer),
      ]),
    ],
  );
  // satori's types expect React elements; this plain object tree is the same shape.
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], { ...shareImageSize, fonts });
  return new Resvg(svg, { fitTo: { mode: 'width', value: shareImageSize.width } }).render().asPng();
}
