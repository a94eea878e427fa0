import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { localeCodes } from '../../src/i18n/locales.ts';
import {
  islandGroupIds,
  islandGroups,
  provinces,
  provinceSlugs,
  reviewed,
  sources,
} from '../../src/lib/recruitment/provinces.ts';
import {
  placementRegionKeys,
  placementTimeZones,
  provincesOf,
  regionCovers,
  regionName,
  timeZonesOfRegions,
  zonesOf,
} from '../../src/lib/recruitment/regions.ts';

describe('the province table', () => {
  test('holds the 38 provinces, each under its own slug', () => {
    expect(provinceSlugs).toHaveLength(38);
    expect(new Set(provinceSlugs).size).toBe(38);
    for (const slug of provinceSlugs) expect(slug).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
  });

  test('puts every province in exactly one of the seven island groups', () => {
    expect(islandGroupIds).toEqual(['sumatera', 'jawa', 'bali-nusa-tenggara', 'kalimantan', 'sulawesi', 'maluku', 'papua']);
    const counted = islandGroupIds.flatMap((group) => provincesOf(group));
    expect([...counted].sort()).toEqual([...provinceSlugs].sort());
  });

  test('gives no province the id of an island group', () => {
    for (const group of islandGroupIds) expect(provinceSlugs).not.toContain(group);
    expect(provinces['provinsi-maluku'].islandGroup).toBe('maluku');
    expect(provinces['provinsi-papua'].islandGroup).toBe('papua');
  });

  test.each([
    ['aceh', 'WIB'],
    ['sumatera-utara', 'WIB'],
    ['kepulauan-bangka-belitung', 'WIB'],
    ['kepulauan-riau', 'WIB'],
    ['dki-jakarta', 'WIB'],
    ['jawa-barat', 'WIB'],
    ['di-yogyakarta', 'WIB'],
    ['banten', 'WIB'],
    ['kalimantan-barat', 'WIB'],
    ['kalimantan-tengah', 'WIB'],
    ['bali', 'WITA'],
    ['nusa-tenggara-barat', 'WITA'],
    ['nusa-tenggara-timur', 'WITA'],
    ['kalimantan-selatan', 'WITA'],
    ['kalimantan-timur', 'WITA'],
    ['kalimantan-utara', 'WITA'],
    ['sulawesi-selatan', 'WITA'],
    ['sulawesi-barat', 'WITA'],
    ['gorontalo', 'WITA'],
    ['provinsi-maluku', 'WIT'],
    ['maluku-utara', 'WIT'],
    ['provinsi-papua', 'WIT'],
    ['papua-barat', 'WIT'],
    ['papua-selatan', 'WIT'],
    ['papua-tengah', 'WIT'],
    ['papua-pegunungan', 'WIT'],
    ['papua-barat-daya', 'WIT'],
  ] as const)('keeps %s in %s, as the 1987 decree and the later laws have it', (slug, zone) => {
    expect(provinces[slug].timeZone).toBe(zone);
  });

  test('names every province and island group in both languages', () => {
    for (const region of placementRegionKeys) {
      for (const locale of localeCodes) expect(regionName(region, locale).trim(), `${region} in ${locale}`).not.toBe('');
    }
  });

  test('cites the time-zone decree and the laws creating the newest provinces, with a review date', () => {
    const titles = sources.map((source) => source.title).join('\n');
    expect(titles).toContain('Keputusan Presiden Nomor 41 Tahun 1987');
    for (const law of ['Nomor 14 Tahun 2022', 'Nomor 15 Tahun 2022', 'Nomor 16 Tahun 2022', 'Nomor 29 Tahun 2022']) {
      expect(titles).toContain(law);
    }
    for (const source of sources) expect(source.establishes.trim()).not.toBe('');
    expect(reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('placement regions', () => {
  test('accepts the seven island groups and the 38 provinces', () => {
    expect(placementRegionKeys).toEqual([...islandGroupIds, ...provinceSlugs]);
  });

  test('keeps the six ids used before with the same meaning', () => {
    for (const group of ['kalimantan', 'sulawesi', 'maluku', 'papua'] as const) {
      expect(placementRegionKeys).toContain(group);
      expect(provincesOf(group).length).toBeGreaterThan(1);
    }
    expect(provincesOf('nusa-tenggara-timur')).toEqual(['nusa-tenggara-timur']);
    expect(provincesOf('nusa-tenggara-barat')).toEqual(['nusa-tenggara-barat']);
  });

  test('says which provinces of Kalimantan keep WIB and which keep WITA', () => {
    expect(zonesOf('kalimantan')).toEqual([
      { zone: 'WIB', provinces: ['kalimantan-barat', 'kalimantan-tengah'] },
      { zone: 'WITA', provinces: ['kalimantan-selatan', 'kalimantan-timur', 'kalimantan-utara'] },
    ]);
    expect(placementTimeZones('kalimantan')).toEqual(['WIB', 'WITA']);
  });

  test('gives every other island group a single time zone', () => {
    expect(islandGroupIds.filter((group) => zonesOf(group).length > 1)).toEqual(['kalimantan']);
  });

  test.each([
    ['sumatera', ['WIB']],
    ['jawa', ['WIB']],
    ['bali-nusa-tenggara', ['WITA']],
    ['sulawesi', ['WITA']],
    ['nusa-tenggara-timur', ['WITA']],
    ['nusa-tenggara-barat', ['WITA']],
    ['maluku', ['WIT']],
    ['papua', ['WIT']],
    ['kalimantan-timur', ['WITA']],
  ] as const)('puts %s in %j', (region, zones) => {
    expect(placementTimeZones(region)).toEqual(zones);
  });

  test('lists the zones of several regions once each, west to east', () => {
    expect(timeZonesOfRegions(['papua', 'sulawesi', 'kalimantan', 'maluku'])).toEqual(['WIB', 'WITA', 'WIT']);
    expect(timeZonesOfRegions(['papua-barat-daya', 'bali', 'aceh'])).toEqual(['WIB', 'WITA', 'WIT']);
    expect(timeZonesOfRegions(['papua'])).toEqual(['WIT']);
    expect(timeZonesOfRegions(['kalimantan-timur', 'sulawesi'])).toEqual(['WITA']);
  });
});

describe('regionName', () => {
  test('names a placement in the language of the page', () => {
    expect(regionName('jawa-barat', 'id')).toBe('Jawa Barat');
    expect(regionName('jawa-barat', 'en')).toBe('West Java');
    expect(regionName('nusa-tenggara-timur', 'en')).toBe('East Nusa Tenggara');
    expect(regionName('bali-nusa-tenggara', 'id')).toBe('Bali dan Nusa Tenggara');
  });

  test('tells the provinces of Maluku and Papua apart from their island groups', () => {
    expect(regionName('maluku', 'id')).toBe('Maluku');
    expect(regionName('provinsi-maluku', 'id')).toBe('Provinsi Maluku');
    expect(regionName('papua', 'en')).toBe('Papua');
    expect(regionName('provinsi-papua', 'en')).toBe('Papua Province');
  });
});

describe('regionCovers', () => {
  test('covers a placement with the same id', () => {
    expect(regionCovers('papua', 'papua')).toBe(true);
    expect(regionCovers('jawa-barat', 'jawa-barat')).toBe(true);
  });

  test('lets an island group cover its provinces', () => {
    expect(regionCovers('kalimantan', 'kalimantan-utara')).toBe(true);
    expect(regionCovers('papua', 'provinsi-papua')).toBe(true);
    expect(regionCovers('bali-nusa-tenggara', 'nusa-tenggara-timur')).toBe(true);
  });

  test('does not let a group cover a province of another group', () => {
    expect(regionCovers('sulawesi', 'kalimantan-timur')).toBe(false);
    expect(regionCovers('maluku', 'provinsi-papua')).toBe(false);
  });

  test('does not let a province cover its island group or another province', () => {
    expect(regionCovers('kalimantan-timur', 'kalimantan')).toBe(false);
    expect(regionCovers('jawa-barat', 'banten')).toBe(false);
  });
});

describe("the editors' guide", () => {
  const guide = readFileSync(new URL('../../content/README.md', import.meta.url), 'utf8');
  const section = guide.split(/^## /m).find((part) => part.startsWith('Wilayah penempatan\n')) ?? '';
  /** The body rows of the table whose first column is headed `header`, as trimmed cells. */
  const rowsOf = (header: string) => {
    const lines = section.split('\n');
    const body = lines.slice(lines.findIndex((line) => line.startsWith(`| ${header} |`)) + 2);
    const end = body.findIndex((line) => !line.startsWith('|'));
    return body
      .slice(0, end === -1 ? undefined : end)
      .map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));
  };

  test('lists the island groups exactly as the table has them', () => {
    expect(rowsOf('Kelompok pulau')).toEqual(
      islandGroupIds.map((group) => [islandGroups[group].name.id, `\`${group}\``, placementTimeZones(group).join(', ')]),
    );
  });

  test('lists the 38 provinces exactly as the table has them', () => {
    expect(rowsOf('Provinsi')).toEqual(
      provinceSlugs.map((slug) => {
        const province = provinces[slug];
        return [province.name.id, `\`${slug}\``, islandGroups[province.islandGroup].name.id, province.timeZone];
      }),
    );
  });
});
