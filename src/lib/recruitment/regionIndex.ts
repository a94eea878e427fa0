import type { CampaignPhase } from './campaignPhase.ts';
import { type IslandGroup, islandGroupIds, provinces, type ProvinceSlug } from './provinces.ts';
import { type PlacementRegion, placementRegionKeys, provincesOf } from './regions.ts';

/*
 * Which region pages a build has and what each lists. A reader asks "what is open where I live?":
 * a position placed in an island group is placed in each of its provinces, and a position placed in
 * a province is placed in its island group too, so each page lists everything that reaches it.
 */

/** The island group a region belongs to: itself for a group. */
export function islandGroupOf(region: PlacementRegion): IslandGroup {
  return (islandGroupIds as readonly PlacementRegion[]).includes(region) ? (region as IslandGroup) : provinces[region as ProvinceSlug].islandGroup;
}

/** Every region page a placement puts a position on: the placement, its provinces, and its island group. */
export function regionsReachedBy(placement: PlacementRegion): PlacementRegion[] {
  return [...new Set<PlacementRegion>([placement, islandGroupOf(placement), ...provincesOf(placement)])];
}

/** Something placed in regions: a position, with where it places people. */
export interface Placed<T> {
  readonly item: T;
  readonly placements: readonly PlacementRegion[];
}

const regionOrder = new Map(placementRegionKeys.map((region, index) => [region, index]));

/**
 * Each region page's items, in the order given, each once however many of its placements reach the
 * page; the regions west to east, island groups first (the order editors' ids are listed in). One
 * pass over the items: a build makes this once, not once per page.
 */
export function indexByRegion<T>(placed: Iterable<Placed<T>>): Map<PlacementRegion, T[]> {
  const index = new Map<PlacementRegion, T[]>();
  for (const { item, placements } of placed) {
    const reached = new Set(placements.flatMap((placement) => regionsReachedBy(placement)));
    for (const region of reached) {
      const items = index.get(region);
      if (items === undefined) index.set(region, [item]);
      else items.push(item);
    }
  }
  return new Map([...index].sort(([a], [b]) => (regionOrder.get(a) ?? 0) - (regionOrder.get(b) ?? 0)));
}

/** The island groups with a page, west to east, each with those of its provinces that have one: the home page's list. */
export function regionPagesByIslandGroup(withPages: Iterable<PlacementRegion>): { group: IslandGroup; provinces: ProvinceSlug[] }[] {
  const has = new Set(withPages);
  return islandGroupIds
    .filter((group) => has.has(group))
    .map((group) => ({ group, provinces: provincesOf(group).filter((province) => has.has(province)) }));
}

/**
 * The campaigns a region page lists: those not yet over at build time. A concluded campaign's
 * positions are a record (the archive keeps them), not what a reader can still take part in.
 */
export function isListedOnRegionPages(phase: CampaignPhase): boolean {
  return phase !== 'concluded';
}

/** Where a campaign of this phase comes on a region page: the one open now, then the next, then those in selection. */
const listingRank: Record<CampaignPhase, number> = { open: 0, soon: 0, upcoming: 1, selection: 2, closed: 2, concluded: 3 };

/** Items grouped by campaign, the campaigns in the order a region page lists them (by phase, then deadline); empty groups left out. */
export function groupedByCampaign<C, T>(
  items: readonly T[],
  campaignOf: (item: T) => C,
  timingOf: (campaign: C) => { phase: CampaignPhase; closes: Date },
): { campaign: C; items: T[] }[] {
  const groups = new Map<C, T[]>();
  for (const item of items) {
    const campaign = campaignOf(item);
    const group = groups.get(campaign);
    if (group === undefined) groups.set(campaign, [item]);
    else group.push(item);
  }
  const rank = (campaign: C) => {
    const { phase, closes } = timingOf(campaign);
    return [listingRank[phase], closes.getTime()] as const;
  };
  return [...groups]
    .map(([campaign, grouped]) => ({ campaign, items: grouped, rank: rank(campaign) }))
    .sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1])
    .map(({ campaign, items: grouped }) => ({ campaign, items: grouped }));
}
