import { type CollectionEntry, type CollectionKey, getCollection } from 'astro:content';
import { defaultLocale, type Locale, localeCodes } from '../i18n/locales.ts';
import { buildInstant } from '../lib/time/buildClock.ts';
import { sanitizeContentHtml } from '../lib/content/sanitizer.ts';
import { refuseTwinProblems } from '../lib/contentCheck/buildGuards.ts';
import { contentRoot } from '../lib/content/schemas.ts';
import { readContentHistory } from '../lib/content/history.ts';
import { type HistorySource, historyPath, type TranslationLag, translationLag } from '../lib/content/freshness.ts';
import { splitEntryId } from '../lib/content/twins.ts';
import { localeParam, localizedPath, routes } from '../lib/paths/routes.ts';
import type { PublishedReference } from '../lib/messageCheck/findings.ts';
import { currentCampaign } from '../lib/recruitment/campaigns.ts';
import { isAnnouncementPublished } from '../lib/recruitment/announcementSchedule.ts';
import { campaignPhase, campaignTimes, type PhasedRegistration } from '../lib/recruitment/campaignPhase.ts';
import { isClosingSoon, registrationStatus, windowInstants } from '../lib/recruitment/registration.ts';
import { stageTimeline, type TimelineStage } from '../lib/recruitment/stages.ts';
import type { PlacementRegion } from '../lib/recruitment/regions.ts';
import { groupedByCampaign, indexByRegion, isListedOnRegionPages } from '../lib/recruitment/regionIndex.ts';

/**
 * The one place pages read content from. It refuses to build a site in which an entry lacks its
 * translation or in which twins disagree about a shared fact, by the content check's rule and
 * messages (src/lib/contentCheck/buildGuards.ts, the check's front door for the build).
 */

/** "Now" for the whole build: `SITE_NOW` or the real time. */
export const siteNow: Date = buildInstant(process.env['SITE_NOW']);

const checked = new Map<CollectionKey, Promise<unknown>>();

async function loadChecked<K extends CollectionKey>(collection: K): Promise<CollectionEntry<K>[]> {
  let loading = checked.get(collection) as Promise<CollectionEntry<K>[]> | undefined;
  if (loading === undefined) {
    loading = getCollection(collection).then((entries) => {
      // The content check's own twin rule and messages, through its front door for the build.
      const root = contentRoot();
      refuseTwinProblems(
        collection,
        entries.map((entry) => ({ id: entry.id, path: entry.filePath ?? `${root}/${collection}/${entry.id}.md`, data: entry.data })),
      );
      return entries;
    });
    checked.set(collection, loading);
  }
  return loading;
}

export type Localized<K extends CollectionKey> = CollectionEntry<K> & { slug: string; locale: Locale };

/**
 * A collection's entries in one language, each with its shared slug, sorted by `order` when it has
 * one. Worked out once per loaded collection and language: pages ask for them again and again
 * (an English page for its original's history), and a thousand positions sorted for each of a
 * thousand pages would make the build's time grow with the square of the site.
 */
export async function entriesIn<K extends CollectionKey>(collection: K, locale: Locale): Promise<readonly Localized<K>[]> {
  const entries = await loadChecked(collection);
  let perLocale = localized.get(entries) as Map<Locale, readonly Localized<K>[]> | undefined;
  if (perLocale === undefined) {
    perLocale = new Map();
    localized.set(entries, perLocale);
  }
  let inLocale = perLocale.get(locale);
  if (inLocale === undefined) {
    inLocale = entries
      .map((entry) => ({ ...entry, ...splitEntryId(entry.id) }))
      .filter((entry) => entry.locale === locale)
      .sort((a, b) => orderOf(a.data) - orderOf(b.data) || a.slug.localeCompare(b.slug));
    perLocale.set(locale, inLocale);
  }
  return inLocale;
}

/** Keyed by the loaded entries, so content loaded again (in `npm run dev`) is sorted again. */
const localized = new WeakMap<object, Map<Locale, readonly unknown[]>>();

function orderOf(data: object): number {
  return 'order' in data && typeof data.order === 'number' ? data.order : 0;
}

/** Keyed by a language's sorted entries: looking one up by slug on every page, a scan each time, would grow with the square of the site. */
const bySlug = new WeakMap<readonly unknown[], Map<string, unknown>>();

/** The entry of `collection` in `locale` with this slug, if there is one. */
async function findEntryIn<K extends CollectionKey>(collection: K, locale: Locale, slug: string): Promise<Localized<K> | undefined> {
  const inLocale = await entriesIn(collection, locale);
  let index = bySlug.get(inLocale) as Map<string, Localized<K>> | undefined;
  if (index === undefined) {
    index = new Map(inLocale.map((entry) => [entry.slug, entry]));
    bySlug.set(inLocale, index);
  }
  return index.get(slug);
}

export async function entryIn<K extends CollectionKey>(collection: K, locale: Locale, slug: string): Promise<Localized<K>> {
  const entry = await findEntryIn(collection, locale, slug);
  if (entry === undefined) throw new Error(`content/${collection}/${locale}/${slug} does not exist`);
  return entry;
}

/** The one entry of a collection that describes a single thing (the agency), whatever its file is called. */
export async function soleEntryIn<K extends CollectionKey>(collection: K, locale: Locale): Promise<Localized<K>> {
  const [entry, ...others] = await entriesIn(collection, locale);
  if (entry === undefined || others.length > 0) {
    throw new Error(`content/${collection}/${locale}/ must hold exactly one file; it holds ${others.length + (entry ? 1 : 0)}`);
  }
  return entry;
}

/** getStaticPaths for a page that exists once per language; the page reads its language from `Astro.locals`. */
export function pathsPerLocale() {
  return localeCodes.map((locale) => ({ params: { lang: localeParam(locale) } }));
}

/** getStaticPaths for a page per entry per language. */
export function pathsPerEntry<K extends CollectionKey>(collection: K) {
  return pathsFor((locale) => entriesIn(collection, locale));
}

/** getStaticPaths for a page per entry that `entriesOf` gives in each language. */
async function pathsFor<E extends { slug: string }>(entriesOf: (locale: Locale) => Promise<readonly E[]>) {
  const perLocale = await Promise.all(
    localeCodes.map(async (locale) =>
      (await entriesOf(locale)).map((entry) => ({
        params: { lang: localeParam(locale), slug: entry.slug },
        props: { entry },
      })),
    ),
  );
  return perLocale.flat();
}

/** A campaign as pages get it: its entry, its registration window and phase and its stages, with where each stands at `siteNow`. */
export type Campaign = Localized<'campaigns'> & { registration: PhasedRegistration; stages: TimelineStage[] };

/**
 * The one place a campaign's registration status, phase and current stage are decided, so that
 * the status line, the timeline, the apply panel, the lists and the feed of a build all agree.
 * Pages and components only read them.
 */
function withRegistration(campaign: Localized<'campaigns'>): Campaign {
  const { opens, closes, stages, concludedAfterDays } = campaign.data;
  const window = windowInstants({ opens, closes });
  const times = campaignTimes(window, stages, concludedAfterDays);
  return {
    ...campaign,
    registration: {
      opens,
      closes,
      status: registrationStatus(window, siteNow),
      closingSoon: isClosingSoon(window, siteNow),
      phase: campaignPhase(times, siteNow),
      times,
    },
    stages: stageTimeline(stages, siteNow),
  };
}

async function campaignsIn(locale: Locale): Promise<Campaign[]> {
  return (await entriesIn('campaigns', locale)).map(withRegistration);
}

/** The campaign the home page leads with: the open one, else the next, else the latest past one. */
export async function featuredCampaign(locale: Locale): Promise<Campaign> {
  const featured = currentCampaign(await campaignsIn(locale));
  if (featured === undefined) throw new Error('content/campaigns has no campaign; the home page needs one');
  return featured;
}

/** Campaigns whose registration has closed, most recent first. */
export async function pastCampaigns(locale: Locale): Promise<Campaign[]> {
  return (await campaignsIn(locale))
    .filter((campaign) => campaign.registration.status === 'closed')
    .sort((a, b) => b.registration.closes.instant.getTime() - a.registration.closes.instant.getTime());
}

/** The campaign a position or an announcement belongs to. */
export async function campaignOf(entry: Localized<'positions'> | Localized<'announcements'>): Promise<Campaign> {
  return withRegistration(await entryIn('campaigns', entry.locale, entry.data.campaign));
}

/** Where a position places people: its own list, or else every region of its campaign. */
export function placementsOf(position: Localized<'positions'>, campaign: Localized<'campaigns'>): readonly PlacementRegion[] {
  return position.data.placements ?? campaign.data.regions;
}

/** One campaign on a region page: the campaign and its positions placed in the region. */
export interface RegionCampaign {
  campaign: Campaign;
  positions: Localized<'positions'>[];
}

/** Keyed by a language's sorted positions, so content loaded again (in `npm run dev`) is indexed again. */
const regionIndexes = new WeakMap<readonly unknown[], Promise<ReadonlyMap<PlacementRegion, readonly RegionCampaign[]>>>();

/**
 * Every region page of a language and what it lists: the positions of each campaign not yet over,
 * by region (src/lib/recruitment/regionIndex.ts). Worked out once per build and language from one
 * pass over the positions: each region page, the home page and every position page only look it up.
 */
export async function positionsByRegion(locale: Locale): Promise<ReadonlyMap<PlacementRegion, readonly RegionCampaign[]>> {
  const positions = await entriesIn('positions', locale);
  let index = regionIndexes.get(positions);
  if (index === undefined) {
    index = indexPositionsByRegion(locale, positions);
    regionIndexes.set(positions, index);
  }
  return index;
}

async function indexPositionsByRegion(
  locale: Locale,
  positions: readonly Localized<'positions'>[],
): Promise<ReadonlyMap<PlacementRegion, readonly RegionCampaign[]>> {
  const listed = new Map(
    (await campaignsIn(locale))
      .filter((campaign) => isListedOnRegionPages(campaign.registration.phase))
      .map((campaign) => [campaign.slug, campaign]),
  );
  const placed = positions.flatMap((position) => {
    const campaign = listed.get(position.data.campaign);
    return campaign === undefined ? [] : [{ item: { position, campaign }, placements: placementsOf(position, campaign) }];
  });
  const byRegion = indexByRegion(placed);
  return new Map(
    [...byRegion].map(([region, items]) => [
      region,
      groupedByCampaign(
        items,
        (item) => item.campaign,
        (campaign) => ({ phase: campaign.registration.phase, closes: campaign.registration.closes.instant }),
      ).map(({ campaign, items: inCampaign }) => ({ campaign, positions: inCampaign.map((item) => item.position) })),
    ]),
  );
}

/** getStaticPaths for the region pages: one per region with positions listed, in each language. */
export async function pathsPerRegion() {
  const perLocale = await Promise.all(
    localeCodes.map(async (locale) =>
      [...(await positionsByRegion(locale))].map(([region, campaigns]) => ({
        params: { lang: localeParam(locale), region },
        props: { region, campaigns },
      })),
    ),
  );
  return perLocale.flat();
}

export async function positionsOf(campaign: Localized<'campaigns'>): Promise<Localized<'positions'>[]> {
  return (await entriesIn('positions', campaign.locale)).filter((position) => position.data.campaign === campaign.slug);
}

/** An entry's text as HTML for a page: the renderer's output, always through the sanitizer's allowlist. */
export function entryHtml(entry: { rendered?: { html: string } | undefined }): string {
  return sanitizeContentHtml(entry.rendered?.html ?? '');
}

/**
 * A language's announcements published by `siteNow`, newest first: one dated later stays off
 * every page, list, feed and lookup until the first build after its moment (src/lib/recruitment/announcementSchedule.ts).
 */
export async function announcementsIn(locale: Locale): Promise<Localized<'announcements'>[]> {
  return (await entriesIn('announcements', locale))
    .filter((announcement) => isAnnouncementPublished(announcement.data.published, siteNow))
    .sort((a, b) => b.data.published.getTime() - a.data.published.getTime());
}

/** getStaticPaths for the announcements' own pages: only those already published. */
export function pathsPerAnnouncement() {
  return pathsFor(announcementsIn);
}

/** A campaign's announcements, newest first. */
export async function announcementsOf(campaign: Localized<'campaigns'>): Promise<Localized<'announcements'>[]> {
  return (await announcementsIn(campaign.locale)).filter((announcement) => announcement.data.campaign === campaign.slug);
}

/** The reference numbers of the announcements published in `locale`, each with its page: what the message checker looks a reader's number up in. */
export async function publishedReferences(locale: Locale): Promise<PublishedReference[]> {
  return (await announcementsIn(locale)).map((announcement) => ({
    reference: announcement.data.reference,
    path: localizedPath(locale, routes.announcement(announcement.slug)),
  }));
}

let history: HistorySource | undefined;

/**
 * The content's git history, read once per build (one `git log` for every page). `npm run dev`
 * keeps what it read at start: a commit made while it runs shows after a restart.
 */
function contentHistorySource(): HistorySource {
  history ??= readContentHistory(contentRoot());
  return history;
}

/** An entry as the freshness rule needs it: which file it is, in which language. */
export type TranslatedEntry = { collection: CollectionKey; slug: string; locale: Locale; filePath?: string | undefined };

/**
 * How far a translation is behind its Indonesian original, by the content's history (the same
 * rule as the warning of `npm run check:content`); undefined for an original, for a translation
 * that is not behind, and when there is no history to tell.
 */
export async function translationLagOf(entry: TranslatedEntry): Promise<TranslationLag | undefined> {
  if (entry.locale === defaultLocale || entry.filePath === undefined) return undefined;
  const source = contentHistorySource();
  if (!source.available) return undefined;
  const original = await findEntryIn(entry.collection, defaultLocale, entry.slug);
  if (original?.filePath === undefined) return undefined;
  return translationLag(
    source.history,
    historyPath(entry.collection, defaultLocale, original.filePath),
    historyPath(entry.collection, entry.locale, entry.filePath),
  );
}
