import type { IndonesianTimeZone } from './timeZones.ts';

/**
 * The placement regions a campaign may name, with the time zones in force there. Their names in
 * each language live in the UI dictionaries (`region.<key>`).
 */
export const placementRegions = {
  // West and Central Kalimantan keep WIB; East, South and North Kalimantan keep WITA.
  kalimantan: { timeZones: ['WIB', 'WITA'] },
  sulawesi: { timeZones: ['WITA'] },
  maluku: { timeZones: ['WIT'] },
  papua: { timeZones: ['WIT'] },
  'nusa-tenggara-timur': { timeZones: ['WITA'] },
  'nusa-tenggara-barat': { timeZones: ['WITA'] },
} as const satisfies Record<string, { timeZones: readonly IndonesianTimeZone[] }>;

export type PlacementRegion = keyof typeof placementRegions;

export const placementRegionKeys = Object.keys(placementRegions) as [PlacementRegion, ...PlacementRegion[]];

export function placementTimeZones(region: PlacementRegion): readonly IndonesianTimeZone[] {
  return placementRegions[region].timeZones;
}

/** Every time zone any of the regions uses, in WIB → WITA → WIT order. */
export function timeZonesOfRegions(regions: readonly PlacementRegion[]): IndonesianTimeZone[] {
  const used = new Set(regions.flatMap((region) => placementTimeZones(region)));
  return (['WIB', 'WITA', 'WIT'] as const).filter((zone) => used.has(zone));
}
