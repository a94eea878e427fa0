import type { Locale } from '../../i18n/locales.ts';
import { type IslandGroup, islandGroupIds, islandGroups, type ProvinceSlug, provinces, provinceSlugs } from './provinces.ts';
import { type IndonesianTimeZone, timeZoneCodes } from '../time/timeZones.ts';

/**
 * A placement an editor writes in a campaign's `regions` or a position's `placements`: an island
 * group (`kalimantan`) or a province (`jawa-barat`): `kalimantan`, `sulawesi`, `maluku` and
 * `papua` are island groups, `nusa-tenggara-timur` and `nusa-tenggara-barat` provinces.
 */
export type PlacementRegion = IslandGroup | ProvinceSlug;

export const placementRegionKeys: [PlacementRegion, ...PlacementRegion[]] = [
  ...(islandGroupIds as [IslandGroup, ...IslandGroup[]]),
  ...provinceSlugs,
];

function isIslandGroup(region: PlacementRegion): region is IslandGroup {
  return Object.hasOwn(islandGroups, region);
}

/** The provinces a placement takes in: a group's provinces, or the province itself. */
export function provincesOf(region: PlacementRegion): ProvinceSlug[] {
  return isIslandGroup(region) ? provinceSlugs.filter((slug) => provinces[slug].islandGroup === region) : [region];
}

export interface ZoneProvinces {
  readonly zone: IndonesianTimeZone;
  readonly provinces: readonly ProvinceSlug[];
}

/** The time zones in force in a placement, west to east, each with the provinces that keep it. */
export function zonesOf(region: PlacementRegion): readonly ZoneProvinces[] {
  let zones = zonesByRegion.get(region);
  if (zones === undefined) {
    const inRegion = provincesOf(region);
    zones = timeZoneCodes
      .map((zone) => ({ zone, provinces: inRegion.filter((slug) => provinces[slug].timeZone === zone) }))
      .filter(({ provinces: inZone }) => inZone.length > 0);
    zonesByRegion.set(region, zones);
  }
  return zones;
}

/** Every position page asks for its regions' zones: worked out once per region. */
const zonesByRegion = new Map<PlacementRegion, readonly ZoneProvinces[]>();

export function placementTimeZones(region: PlacementRegion): IndonesianTimeZone[] {
  return zonesOf(region).map(({ zone }) => zone);
}

/** Every time zone any of the regions uses, west to east. */
export function timeZonesOfRegions(regions: readonly PlacementRegion[]): IndonesianTimeZone[] {
  const used = new Set(regions.flatMap((region) => placementTimeZones(region)));
  return timeZoneCodes.filter((zone) => used.has(zone));
}

/**
 * A placement's name for readers. The provinces Maluku and Papua share their island group's name,
 * so they are called "Provinsi Maluku" / "Maluku Province": a reader must not take one province
 * for the whole group.
 */
export function regionName(region: PlacementRegion, locale: Locale): string {
  if (isIslandGroup(region)) return islandGroups[region].name[locale];
  const name = provinces[region].name[locale];
  const sharesGroupName = islandGroupIds.some((group) => islandGroups[group].name[locale] === name);
  return sharesGroupName ? provinceNamedApart[locale](name) : name;
}

const provinceNamedApart: Record<Locale, (name: string) => string> = {
  id: (name) => `Provinsi ${name}`,
  en: (name) => `${name} Province`,
};

/** Whether a campaign placing people in `campaignRegion` takes in `placement`: itself, or one of its group's provinces. */
export function regionCovers(campaignRegion: PlacementRegion, placement: PlacementRegion): boolean {
  if (campaignRegion === placement) return true;
  return isIslandGroup(campaignRegion) && !isIslandGroup(placement) && provinces[placement].islandGroup === campaignRegion;
}
