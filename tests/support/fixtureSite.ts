import { readFileSync } from 'node:fs';
import { defaultLocale } from '../../src/i18n/locales.ts';
import { frontmatterFields } from '../../src/lib/contentCheck/checkContent.ts';
import { siteContentFiles } from '../../src/lib/content/files.ts';
import { announcementSchema, campaignSchema, type ContentCollectionName, positionSchema } from '../../src/lib/content/schemas.ts';
import { type CampaignPhase, campaignPhase, campaignTimes } from '../../src/lib/recruitment/campaignPhase.ts';
import { currentCampaign } from '../../src/lib/recruitment/campaigns.ts';
import type { Moment } from '../../src/lib/time/moments.ts';
import { closingSoonFrom, registrationStatus, type RegistrationStatus, windowInstants } from '../../src/lib/recruitment/registration.ts';
import type { Stage } from '../../src/lib/recruitment/stages.ts';
import { type PlacementRegion, placementRegionKeys, provincesOf } from '../../src/lib/recruitment/regions.ts';
import { fileURLToPath } from 'node:url';

/*
 * The content the build and browser tests build: `tests/fixtures/site/`, a complete site frozen
 * for the tests, with four campaigns (one closed long ago, one whose selection after registration is
 * dated, the lead one, one after it). Tests read
 * what to expect from these files, never from content/, so editors can change content/ freely;
 * they find them as the site does (src/lib/content/files.ts).
 */

export const fixtureSiteRoot = fileURLToPath(new URL('../fixtures/site/', import.meta.url));

export interface FixtureCampaign {
  slug: string;
  /** As the content gives them: dates, or dates and times. */
  opens: Moment;
  closes: Moment;
  /** Where it places people, as written. */
  regions: string[];
  /** Its stages in the default language, in order. */
  stages: Stage[];
  /** Slugs of the positions that point to it. */
  positions: string[];
  /** Days after closing it reads as past when no later stage is dated, as the schema fills it in. */
  concludedAfterDays: number;
}

/** The file names (slugs) of a collection's entries. */
export function fixtureSlugs(collection: ContentCollectionName): string[] {
  return entries(collection).map((entry) => entry.slug);
}

/** A collection's entries in the default language, as the site reads them (src/lib/content/files.ts). */
function entries(collection: ContentCollectionName): { slug: string; fields: Record<string, unknown> }[] {
  return siteContentFiles(fixtureSiteRoot)
    .filter((file) => file.collection === collection && file.locale === defaultLocale)
    .map(({ slug, absolutePath }) => ({ slug, fields: frontmatterFields(readFileSync(absolutePath, 'utf8')) }));
}

const positions = entries('positions').map(({ slug, fields }) => ({ slug, ...positionSchema.parse(fields) }));

export const fixtureCampaigns: FixtureCampaign[] = entries('campaigns').map(({ slug, fields }) => {
  const { opens, closes, regions, stages, concludedAfterDays } = campaignSchema.parse(fields);
  return { slug, opens, closes, regions: [...regions], stages: [...stages], concludedAfterDays, positions: positions.filter((position) => position.campaign === slug).map((position) => position.slug) };
});

/** The campaign the clocks are set around: the one with the most positions. */
export const leadCampaign: FixtureCampaign = [...fixtureCampaigns].sort((a, b) => b.positions.length - a.positions.length)[0] as FixtureCampaign;

const hour = 3_600_000;

const leadWindow = windowInstants(leadCampaign);

/** Moments around the lead campaign's window, as `SITE_NOW` values with the WIB offset. */
export const fixtureClocks = {
  upcoming: wib(new Date(leadWindow.opens.getTime() - 7 * 24 * hour)),
  open: wib(new Date(leadWindow.opens.getTime() + 2 * 24 * hour + 10 * hour)),
  closed: wib(new Date(leadWindow.closes.getTime() + 2 * hour)),
  /** Halfway through the last days before the deadline, when pages say registration closes soon. */
  closingSoon: wib(new Date((closingSoonFrom(leadWindow).getTime() + leadWindow.closes.getTime()) / 2)),
  /** More than a year after the lead campaign closed: every fixture campaign is a past recruitment. */
  concluded: wib(new Date(leadWindow.closes.getTime() + 400 * 24 * hour)),
} as const;

function wib(instant: Date): string {
  return `${new Date(instant.getTime() + 7 * hour).toISOString().slice(0, 19)}+07:00`;
}

/** The campaign the home page should lead with at `clock`, by the site's own rule (unit-tested in campaigns.unit.test.ts). */
export function featuredAt(clock: string): FixtureCampaign {
  const withStatus = fixtureCampaigns.map((campaign) => ({ campaign, registration: { ...campaign, status: statusAt(campaign, clock) } }));
  return currentCampaign(withStatus)?.campaign as FixtureCampaign;
}

export function statusAt(campaign: FixtureCampaign, clock: string): RegistrationStatus {
  return registrationStatus(windowInstants(campaign), new Date(clock));
}

/** A campaign's phase at `clock`, by the site's own rule (unit-tested in campaignPhase.unit.test.ts). */
export function phaseAt(campaign: FixtureCampaign, clock: string): CampaignPhase {
  return campaignPhase(campaignTimes(windowInstants(campaign), campaign.stages, campaign.concludedAfterDays), new Date(clock));
}

export function campaignOfPosition(slug: string): FixtureCampaign {
  return fixtureCampaigns.find((campaign) => campaign.positions.includes(slug)) as FixtureCampaign;
}

/** Where a position places people: its own list, else its campaign's regions. */
export function placementsOfPosition(slug: string): string[] {
  const position = positions.find((candidate) => candidate.slug === slug);
  return [...(position?.placements ?? campaignOfPosition(slug).regions)];
}

/** Whether a position is open to candidates with physical disabilities, as its file says. */
export function disabilityAccessOfPosition(slug: string): (typeof positions)[number]['disabilityAccess'] {
  const position = positions.find((candidate) => candidate.slug === slug);
  if (position === undefined) throw new Error(`no fixture position ${slug}`);
  return position.disabilityAccess;
}

/** The fixture's announcements, newest first. */
export const fixtureAnnouncements = entries('announcements')
  .map(({ slug, fields }) => ({ slug, ...announcementSchema.parse(fields) }))
  .sort((a, b) => b.published.getTime() - a.published.getTime());

/**
 * What each region page lists at `clock`: for each campaign not yet concluded, its positions with a
 * placement sharing a province with the region (a province's page gets what is placed in it or in its
 * island group; a group's page what is placed in it or in any of its provinces). Regions listing
 * nothing have no page and are absent.
 */
export function fixtureRegionPages(clock: string): Map<PlacementRegion, { campaign: string; positions: string[] }[]> {
  const listed = fixtureCampaigns.filter((campaign) => phaseAt(campaign, clock) !== 'concluded');
  const pages = new Map<PlacementRegion, { campaign: string; positions: string[] }[]>();
  for (const region of placementRegionKeys) {
    const inRegion = new Set(provincesOf(region));
    const campaigns = listed
      .map((campaign) => ({
        campaign: campaign.slug,
        positions: campaign.positions.filter((slug) =>
          placementsOfPosition(slug).some((placement) => provincesOf(placement as PlacementRegion).some((province) => inRegion.has(province))),
        ),
      }))
      .filter(({ positions: placed }) => placed.length > 0);
    if (campaigns.length > 0) pages.set(region, campaigns);
  }
  return pages;
}
