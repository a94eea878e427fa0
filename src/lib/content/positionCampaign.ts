import { z } from 'astro/zod';
import { type CampaignPhase, campaignPhase, campaignTimes, canRegister } from '../recruitment/campaignPhase.ts';
import { windowInstants } from '../recruitment/registration.ts';
import { campaignSchema } from './schemas.ts';

/*
 * Which campaign `npm run new:position` points a new position at. The editor names it, or else it
 * is the only campaign whose registration can still be joined now; otherwise the command asks
 * rather than guess (a campaign planned years ahead must not capture every new position). Dates are
 * read by the campaign schema's own fields and the phase by the site's own rule.
 */

/** A campaign file as the command reads it: its name and its data block's fields, unchecked. */
export interface CampaignFields {
  slug: string;
  fields: Record<string, unknown>;
}

/** A campaign as the command lists it, for an editor to choose from. */
export interface ListedCampaign {
  slug: string;
  title: string;
  /** As written in the file, so the editor recognises it. */
  opens: string;
  closes: string;
  /** Undefined when its dates (or stages) cannot be read: the content check says why. */
  phase: CampaignPhase | undefined;
}

export type PositionCampaignChoice =
  | { kind: 'chosen'; campaign: CampaignFields }
  | { kind: 'unknown'; requested: string; known: string[] }
  /** `candidates`: how many may be open or upcoming (those whose dates cannot be read count too). */
  | { kind: 'ask'; reason: 'several' | 'none'; candidates: number; campaigns: ListedCampaign[] };

// The fields that decide a campaign's phase, read as the schema reads them, whatever the others hold.
const { opens, closes, stages, concludedAfterDays } = campaignSchema.shape;
const timing = z.object({ opens, closes, stages, concludedAfterDays });

/** The campaign's phase at `now`, or undefined when the fields that decide it cannot be read. */
export function phaseOfCampaign(fields: Record<string, unknown>, now: Date): CampaignPhase | undefined {
  const parsed = timing.safeParse(fields);
  if (!parsed.success) return undefined;
  const { data } = parsed;
  return campaignPhase(campaignTimes(windowInstants(data), data.stages, data.concludedAfterDays), now);
}

function listed({ slug, fields }: CampaignFields, now: Date): ListedCampaign {
  const text = (value: unknown) => (typeof value === 'string' ? value : value instanceof Date ? value.toISOString() : '');
  return { slug, title: text(fields['title']), opens: text(fields['opens']), closes: text(fields['closes']), phase: phaseOfCampaign(fields, now) };
}

/**
 * The campaign named by `requested`, or else the only one open or upcoming at `now`. A campaign
 * whose dates cannot be read might be that one, so it leaves the choice to the editor too.
 */
export function positionCampaign(campaigns: readonly CampaignFields[], now: Date, requested?: string): PositionCampaignChoice {
  const sorted = [...campaigns].sort((a, b) => a.slug.localeCompare(b.slug));
  if (requested !== undefined) {
    const campaign = sorted.find((candidate) => candidate.slug === requested);
    return campaign === undefined ? { kind: 'unknown', requested, known: sorted.map(({ slug }) => slug) } : { kind: 'chosen', campaign };
  }
  const list = sorted.map((campaign) => listed(campaign, now));
  const candidates = list.filter(({ phase }) => phase === undefined || canRegister(phase));
  const only = candidates.length === 1 && candidates[0]?.phase !== undefined ? sorted.find(({ slug }) => slug === candidates[0]?.slug) : undefined;
  if (only !== undefined) return { kind: 'chosen', campaign: only };
  return { kind: 'ask', reason: candidates.length > 1 ? 'several' : 'none', candidates: candidates.length, campaigns: list };
}
