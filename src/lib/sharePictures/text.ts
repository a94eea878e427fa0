/**
 * The picture WhatsApp and social sites show for a shared link: 1200×630 PNG, flat colours so
 * it stays far below WhatsApp's ~100 KB limit. The font comes from an npm package: no network.
 * One picture serves both languages, so its free-of-charge line is bilingual. This is what a
 * picture says; draw.ts draws it (from layout.ts), cache.ts keeps it between builds.
 */

export interface ShareImageText {
  /** Small line at the top, e.g. "BPJS Ketenagakerjaan · Rekrutmen" */
  eyebrow: string;
  title: string;
  /** e.g. "Penempatan: Kalimantan, Sulawesi, …" */
  detail: string;
  /** e.g. "TIDAK DIPUNGUT BIAYA / FREE OF CHARGE" */
  badge: string;
  /** e.g. the portal's host */
  footer: string;
}

/** What a campaign's pictures share: everything but the position's title and placements. */
export type ShareImageFrame = Pick<ShareImageText, 'eyebrow' | 'badge' | 'footer'>;
