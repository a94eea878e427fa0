import { describe, expect, test } from 'vitest';
import { type CampaignPhase } from '../../src/lib/recruitment/campaignPhase.ts';
import { islandGroupIds, provinces } from '../../src/lib/recruitment/provinces.ts';
import {
  groupedByCampaign,
  indexByRegion,
  isListedOnRegionPages,
  islandGroupOf,
  regionPagesByIslandGroup,
  regionsReachedBy,
} from '../../src/lib/recruitment/regionIndex.ts';
import { placementRegionKeys, provincesOf } from '../../src/lib/recruitment/regions.ts';

describe('the regions a placement reaches', () => {
  test('a province reaches its own page and its island group’s', () => {
    expect(regionsReachedBy('kalimantan-timur')).toEqual(['kalimantan-timur', 'kalimantan']);
  });

  test('an island group reaches its own page and each of its provinces’', () => {
    expect(regionsReachedBy('maluku')).toEqual(['maluku', 'provinsi-maluku', 'maluku-utara']);
  });

  test('every province belongs to the island group the province table names', () => {
    for (const [slug, province] of Object.entries(provinces)) expect(islandGroupOf(slug as keyof typeof provinces)).toBe(province.islandGroup);
    for (const group of islandGroupIds) expect(islandGroupOf(group)).toBe(group);
  });
});

describe('the region index', () => {
  test('lists a position placed in a province on that province’s page and its island group’s, nowhere else', () => {
    const index = indexByRegion([{ item: 'pelayanan', placements: ['kalimantan-timur'] }]);
    expect([...index.keys()]).toEqual(['kalimantan', 'kalimantan-timur']);
  });

  test('lists a position placed in an island group on the group’s page and on every province’s in it', () => {
    const index = indexByRegion([{ item: 'po', placements: ['sulawesi'] }]);
    expect([...index.keys()]).toEqual(['sulawesi', ...provincesOf('sulawesi')]);
    for (const items of index.values()) expect(items).toEqual(['po']);
  });

  test('lists a position once on a page that several of its placements reach', () => {
    const index = indexByRegion([{ item: 'a', placements: ['kalimantan', 'kalimantan-timur'] }]);
    expect(index.get('kalimantan')).toEqual(['a']);
    expect(index.get('kalimantan-timur')).toEqual(['a']);
  });

  test('keeps the positions in the order given and the regions in the order editors’ ids are listed', () => {
    const index = indexByRegion([
      { item: 'east', placements: ['papua'] },
      { item: 'west', placements: ['aceh', 'provinsi-papua'] },
    ]);
    const order = [...index.keys()].map((region) => placementRegionKeys.indexOf(region));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(index.get('provinsi-papua')).toEqual(['east', 'west']);
    expect(index.get('aceh')).toEqual(['west']);
  });

  test('has no page for a region nothing is placed in', () => {
    expect(indexByRegion([]).size).toBe(0);
    expect(indexByRegion([{ item: 'a', placements: ['bali'] }]).has('jawa')).toBe(false);
  });
});

describe('the home page’s region list', () => {
  test('gives each island group with a page, west to east, with only those of its provinces that have one', () => {
    expect(regionPagesByIslandGroup(['papua', 'provinsi-papua', 'kalimantan', 'kalimantan-timur'])).toEqual([
      { group: 'kalimantan', provinces: ['kalimantan-timur'] },
      { group: 'papua', provinces: ['provinsi-papua'] },
    ]);
  });
});

describe('the campaigns a region page lists', () => {
  test('are every campaign not yet over', () => {
    const listed: CampaignPhase[] = ['upcoming', 'open', 'soon', 'selection', 'closed'];
    for (const phase of listed) expect(isListedOnRegionPages(phase)).toBe(true);
    expect(isListedOnRegionPages('concluded')).toBe(false);
  });

  test('come open first, then upcoming, then after registration, each by its deadline, with their items in order', () => {
    const campaign = (name: string, phase: CampaignPhase, closes: string) => ({ name, phase, closes: new Date(closes) });
    const selection = campaign('selection', 'selection', '2025-07-20');
    const later = campaign('later', 'upcoming', '2025-12-07');
    const soon = campaign('soon', 'upcoming', '2025-10-07');
    const open = campaign('open', 'soon', '2025-09-14');
    const items = [
      { id: 1, campaign: selection },
      { id: 2, campaign: later },
      { id: 3, campaign: open },
      { id: 4, campaign: soon },
      { id: 5, campaign: open },
    ];
    const groups = groupedByCampaign(items, (item) => item.campaign, (c) => c);
    expect(groups.map(({ campaign: c, items: grouped }) => [c.name, grouped.map((item) => item.id)])).toEqual([
      ['open', [3, 5]],
      ['soon', [4]],
      ['later', [2]],
      ['selection', [1]],
    ]);
  });
});
