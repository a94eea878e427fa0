/** Indonesia's 38 provinces and 7 island groups: names in each language, official time zone, and the sources for both. */
import type { Locale } from '../../i18n/locales.ts';
import type { IndonesianTimeZone } from '../time/timeZones.ts';

type Names = Readonly<Record<Locale, string>>;

/** The island groups, west to east. Their ids are placement ids that editors write. */
export const islandGroups = {
  sumatera: { name: { id: 'Sumatera', en: 'Sumatra' } },
  jawa: { name: { id: 'Jawa', en: 'Java' } },
  'bali-nusa-tenggara': { name: { id: 'Bali dan Nusa Tenggara', en: 'Bali and Nusa Tenggara' } },
  kalimantan: { name: { id: 'Kalimantan', en: 'Kalimantan' } },
  sulawesi: { name: { id: 'Sulawesi', en: 'Sulawesi' } },
  maluku: { name: { id: 'Maluku', en: 'Maluku' } },
  papua: { name: { id: 'Papua', en: 'Papua' } },
} as const satisfies Record<string, { name: Names }>;

export type IslandGroup = keyof typeof islandGroups;

export interface Province {
  /** The official name in Indonesian; English where English has its own. */
  name: Names;
  timeZone: IndonesianTimeZone;
  islandGroup: IslandGroup;
}

/**
 * Every province by its slug, in the order of the Ministry of Home Affairs' regional codes (west to
 * east). A slug is the official name in kebab-case, except where it would be the id of an island
 * group: the provinces of Maluku and Papua are `provinsi-maluku` and `provinsi-papua`, so that the
 * older ids `maluku` and `papua` keep meaning the whole island group.
 *
 * Provinces created after the 1987 decree keep the zone of the area they were carved from.
 */
export const provinces = {
  aceh: { name: { id: 'Aceh', en: 'Aceh' }, timeZone: 'WIB', islandGroup: 'sumatera' },
  'sumatera-utara': { name: { id: 'Sumatera Utara', en: 'North Sumatra' }, timeZone: 'WIB', islandGroup: 'sumatera' },
  'sumatera-barat': { name: { id: 'Sumatera Barat', en: 'West Sumatra' }, timeZone: 'WIB', islandGroup: 'sumatera' },
  riau: { name: { id: 'Riau', en: 'Riau' }, timeZone: 'WIB', islandGroup: 'sumatera' },
  jambi: { name: { id: 'Jambi', en: 'Jambi' }, timeZone: 'WIB', islandGroup: 'sumatera' },
  'sumatera-selatan': { name: { id: 'Sumatera Selatan', en: 'South Sumatra' }, timeZone: 'WIB', islandGroup: 'sumatera' },
  bengkulu: { name: { id: 'Bengkulu', en: 'Bengkulu' }, timeZone: 'WIB', islandGroup: 'sumatera' },
  lampung: { name: { id: 'Lampung', en: 'Lampung' }, timeZone: 'WIB', islandGroup: 'sumatera' },
  'kepulauan-bangka-belitung': {
    name: { id: 'Kepulauan Bangka Belitung', en: 'Bangka Belitung Islands' },
    timeZone: 'WIB',
    islandGroup: 'sumatera',
  },
  'kepulauan-riau': { name: { id: 'Kepulauan Riau', en: 'Riau Islands' }, timeZone: 'WIB', islandGroup: 'sumatera' },
  // To confirm: Law 2/2024 (Provinsi Daerah Khusus Jakarta) renames the province once the capital
  // moves; the name here is the one in the Ministry's list when reviewed.
  'dki-jakarta': { name: { id: 'DKI Jakarta', en: 'Jakarta' }, timeZone: 'WIB', islandGroup: 'jawa' },
  'jawa-barat': { name: { id: 'Jawa Barat', en: 'West Java' }, timeZone: 'WIB', islandGroup: 'jawa' },
  'jawa-tengah': { name: { id: 'Jawa Tengah', en: 'Central Java' }, timeZone: 'WIB', islandGroup: 'jawa' },
  'di-yogyakarta': {
    name: { id: 'Daerah Istimewa Yogyakarta', en: 'Special Region of Yogyakarta' },
    timeZone: 'WIB',
    islandGroup: 'jawa',
  },
  'jawa-timur': { name: { id: 'Jawa Timur', en: 'East Java' }, timeZone: 'WIB', islandGroup: 'jawa' },
  banten: { name: { id: 'Banten', en: 'Banten' }, timeZone: 'WIB', islandGroup: 'jawa' },
  bali: { name: { id: 'Bali', en: 'Bali' }, timeZone: 'WITA', islandGroup: 'bali-nusa-tenggara' },
  'nusa-tenggara-barat': {
    name: { id: 'Nusa Tenggara Barat', en: 'West Nusa Tenggara' },
    timeZone: 'WITA',
    islandGroup: 'bali-nusa-tenggara',
  },
  'nusa-tenggara-timur': {
    name: { id: 'Nusa Tenggara Timur', en: 'East Nusa Tenggara' },
    timeZone: 'WITA',
    islandGroup: 'bali-nusa-tenggara',
  },
  'kalimantan-barat': { name: { id: 'Kalimantan Barat', en: 'West Kalimantan' }, timeZone: 'WIB', islandGroup: 'kalimantan' },
  'kalimantan-tengah': { name: { id: 'Kalimantan Tengah', en: 'Central Kalimantan' }, timeZone: 'WIB', islandGroup: 'kalimantan' },
  'kalimantan-selatan': { name: { id: 'Kalimantan Selatan', en: 'South Kalimantan' }, timeZone: 'WITA', islandGroup: 'kalimantan' },
  'kalimantan-timur': { name: { id: 'Kalimantan Timur', en: 'East Kalimantan' }, timeZone: 'WITA', islandGroup: 'kalimantan' },
  'kalimantan-utara': { name: { id: 'Kalimantan Utara', en: 'North Kalimantan' }, timeZone: 'WITA', islandGroup: 'kalimantan' },
  'sulawesi-utara': { name: { id: 'Sulawesi Utara', en: 'North Sulawesi' }, timeZone: 'WITA', islandGroup: 'sulawesi' },
  'sulawesi-tengah': { name: { id: 'Sulawesi Tengah', en: 'Central Sulawesi' }, timeZone: 'WITA', islandGroup: 'sulawesi' },
  'sulawesi-selatan': { name: { id: 'Sulawesi Selatan', en: 'South Sulawesi' }, timeZone: 'WITA', islandGroup: 'sulawesi' },
  'sulawesi-tenggara': { name: { id: 'Sulawesi Tenggara', en: 'Southeast Sulawesi' }, timeZone: 'WITA', islandGroup: 'sulawesi' },
  gorontalo: { name: { id: 'Gorontalo', en: 'Gorontalo' }, timeZone: 'WITA', islandGroup: 'sulawesi' },
  'sulawesi-barat': { name: { id: 'Sulawesi Barat', en: 'West Sulawesi' }, timeZone: 'WITA', islandGroup: 'sulawesi' },
  'provinsi-maluku': { name: { id: 'Maluku', en: 'Maluku' }, timeZone: 'WIT', islandGroup: 'maluku' },
  'maluku-utara': { name: { id: 'Maluku Utara', en: 'North Maluku' }, timeZone: 'WIT', islandGroup: 'maluku' },
  'provinsi-papua': { name: { id: 'Papua', en: 'Papua' }, timeZone: 'WIT', islandGroup: 'papua' },
  'papua-barat': { name: { id: 'Papua Barat', en: 'West Papua' }, timeZone: 'WIT', islandGroup: 'papua' },
  'papua-selatan': { name: { id: 'Papua Selatan', en: 'South Papua' }, timeZone: 'WIT', islandGroup: 'papua' },
  'papua-tengah': { name: { id: 'Papua Tengah', en: 'Central Papua' }, timeZone: 'WIT', islandGroup: 'papua' },
  'papua-pegunungan': { name: { id: 'Papua Pegunungan', en: 'Highland Papua' }, timeZone: 'WIT', islandGroup: 'papua' },
  'papua-barat-daya': { name: { id: 'Papua Barat Daya', en: 'Southwest Papua' }, timeZone: 'WIT', islandGroup: 'papua' },
} as const satisfies Record<string, Province>;

export type ProvinceSlug = keyof typeof provinces;

export const islandGroupIds = Object.keys(islandGroups) as IslandGroup[];

export const provinceSlugs = Object.keys(provinces) as ProvinceSlug[];

/** The date the table and its sources were last checked against them. */
export const reviewed = '2026-11-26';

/** What the table rests on: each source and the facts it establishes. */
export const sources: readonly { title: string; establishes: string }[] = [
  {
    title:
      'Keputusan Presiden Nomor 41 Tahun 1987 tentang Pembagian Wilayah Republik Indonesia Menjadi 3 (Tiga) Wilayah Waktu',
    establishes:
      'WIB (UTC+7) for Sumatera, Jawa, Madura, Kalimantan Barat and Kalimantan Tengah; WITA (UTC+8) for Bali, ' +
      'Nusa Tenggara Barat, Nusa Tenggara Timur, Kalimantan Selatan, Kalimantan Timur and Sulawesi; WIT (UTC+9) for ' +
      'Maluku and Papua. Provinces created later keep the zone of the area they were carved from: Kepulauan Bangka ' +
      'Belitung, Kepulauan Riau and Banten WIB; Kalimantan Utara, Gorontalo and Sulawesi Barat WITA; Maluku Utara and ' +
      "Papua's newer provinces WIT.",
  },
  {
    title: 'Undang-Undang Nomor 14 Tahun 2022 tentang Pembentukan Provinsi Papua Selatan',
    establishes: 'Papua Selatan, carved from Papua.',
  },
  {
    title: 'Undang-Undang Nomor 15 Tahun 2022 tentang Pembentukan Provinsi Papua Tengah',
    establishes: 'Papua Tengah, carved from Papua.',
  },
  {
    title: 'Undang-Undang Nomor 16 Tahun 2022 tentang Pembentukan Provinsi Papua Pegunungan',
    establishes: 'Papua Pegunungan, carved from Papua.',
  },
  {
    title: 'Undang-Undang Nomor 29 Tahun 2022 tentang Pembentukan Provinsi Papua Barat Daya',
    establishes: 'Papua Barat Daya, carved from Papua Barat; with it Indonesia has 38 provinces.',
  },
  {
    // To confirm: the number and year of the Minister's decree in force when reviewed.
    title:
      'Keputusan Menteri Dalam Negeri tentang pemberian dan pemutakhiran kode, data wilayah administrasi pemerintahan, dan pulau (the current edition)',
    establishes: "The 38 provinces, their official names and the order of their codes, which this table follows.",
  },
];
