import type { z } from 'astro/zod';
import { stringify } from 'yaml';
import { defaultLocale, localeCodes } from '../i18n/locales.ts';
import { siteUrl } from '../config/site.ts';
import { islandGroupIds } from '../lib/recruitment/provinces.ts';
import { placementRegionKeys, regionName, type PlacementRegion } from '../lib/recruitment/regions.ts';
import {
  contentCollectionNames,
  contentCollections,
  contentFolder,
  type ContentCollectionName,
  type WrittenAs,
} from '../lib/content/schemas.ts';
import { sharedFields, sharedFieldViews } from '../lib/content/twins.ts';
import { indonesianTimeZones, officialTimeZone, timeZoneCodes } from '../lib/time/timeZones.ts';
import type { FieldHelp, GuideHelp } from './fieldHelp.ts';
import { editorFormats } from './formats.ts';

/*
 * The browser editor's configuration (Decap CMS), made from what the site already knows: the
 * collections and their schemas (src/lib/content/schemas.ts), which fields twins share (twins.ts),
 * the placements (recruitment/), the time zones (time/) and the editor guide's field tables
 * (fieldHelp.ts). `npm run editor:config` writes it to src/editor/config.yml; a unit test fails
 * when that file is behind. Nothing here is written twice: a new schema field without a row in the
 * guide, or of a kind this file cannot show, stops the generator with the field's name.
 */

/** Where the hosted editor saves (src/config/editor.json). */
export interface EditorBackend {
  name: string;
  repo: string;
  branch: string;
  base_url?: string;
  auth_endpoint?: string;
  api_root?: string;
}

type DecapField = Record<string, unknown> & { name: string; label: string; widget: string };

/** Decap's words for a field's language handling: its own text per language, or one value copied to every language. */
type FieldLanguages = true | 'duplicate';

/** Short Indonesian names for the fields; the guide's words are the help below each. */
const fieldLabels: Record<string, string> = {
  title: 'Judul',
  description: 'Ringkasan',
  opens: 'Pendaftaran dibuka',
  closes: 'Pendaftaran ditutup',
  applyUrl: 'Alamat pendaftaran',
  regions: 'Wilayah penempatan',
  stages: 'Tahapan seleksi',
  starts: 'Mulai',
  ends: 'Berakhir',
  concludedAfterDays: 'Hari hingga rekrutmen selesai',
  campaign: 'Kampanye',
  order: 'Urutan',
  placements: 'Wilayah penempatan posisi ini',
  disabilityAccess: 'Penyandang disabilitas fisik',
  code: 'Singkatan program',
  sources: 'Dasar hukum',
  url: 'Alamat',
  reviewed: 'Terakhir diperiksa',
  published: 'Waktu terbit',
  reference: 'Nomor pengumuman',
  documentUrl: 'Dokumen resmi (PDF)',
  name: 'Nama kanal',
};

/** Collections editors may add entries to; the agency profile and the fixed pages are only edited. */
const creatable: Record<ContentCollectionName, boolean> = {
  agency: false,
  programmes: true,
  campaigns: true,
  positions: true,
  pages: false,
  announcements: true,
  channels: true,
};


/** The time zones the date pickers offer, west to east, the official one first. */
export const pickerZones = [officialTimeZone, ...timeZoneCodes.filter((zone) => zone !== officialTimeZone)].map((zone) => {
  const minutes = indonesianTimeZones[zone].offsetMinutes;
  const offset = `+${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return { label: indonesianTimeZones[zone].label.id, offset };
});

interface Unwrapped {
  schema: z.ZodType;
  optional: boolean;
  written: WrittenAs['written'] | undefined;
}

/** The schema under `.optional()`, `.default()` and a `.transform()`, with what those said. */
function unwrap(schema: z.ZodType): Unwrapped {
  let current = schema;
  let optional = false;
  let written: WrittenAs['written'] | undefined;
  for (;;) {
    const meta = current.meta() as Partial<WrittenAs> | undefined;
    written ??= meta?.written;
    const def = current._zod.def as { type: string; innerType?: z.ZodType; in?: z.ZodType };
    if ((def.type === 'optional' || def.type === 'default') && def.innerType !== undefined) {
      optional = true;
      current = def.innerType;
    } else if (def.type === 'pipe' && def.in !== undefined) {
      current = def.in;
    } else {
      return { schema: current, optional, written };
    }
  }
}

function shapeOf(schema: z.ZodType): Record<string, z.ZodType> {
  const { schema: object } = unwrap(schema);
  const def = object._zod.def as { type: string; shape?: Record<string, z.ZodType> };
  if (def.type !== 'object' || def.shape === undefined) throw new Error('The editor configuration expects an object schema');
  return def.shape;
}

function regionLabel(region: PlacementRegion): string {
  return (islandGroupIds as string[]).includes(region) ? `${regionName(region, 'id')} (kelompok pulau)` : regionName(region, 'id');
}

interface FieldContext {
  collection: ContentCollectionName;
  /** Where this field is described: the collection's table or a list's. */
  help: Record<string, FieldHelp>;
  /** Where the field sits, for messages: `campaigns.stages`. */
  path: string;
  languages: (name: string) => FieldLanguages;
  guide: GuideHelp;
}

function describe(name: string, context: FieldContext): FieldHelp {
  const help = context.help[name];
  if (help === undefined) {
    throw new Error(`${context.path}.${name}: no row for this field in the editor guide's "Daftar kolom" (content/README.md)`);
  }
  return help;
}

function labelOf(name: string, context: FieldContext): string {
  const label = fieldLabels[name];
  if (label === undefined) throw new Error(`${context.path}.${name}: no Indonesian label in src/editor/config.ts`);
  return label;
}

/** One schema field as a Decap field: its widget, its help, its language handling. */
function editorField(name: string, fieldSchema: z.ZodType, context: FieldContext): DecapField {
  const { schema, optional, written } = unwrap(fieldSchema);
  const help = describe(name, context);
  const base = {
    label: labelOf(name, context),
    name,
    hint: help.help,
    required: !optional,
    i18n: context.languages(name),
  };
  if (written === 'date') return { ...base, widget: 'moment', written };
  if (written !== undefined) return { ...base, widget: 'moment', written, zones: pickerZones };
  const def = schema._zod.def as { type: string; element?: z.ZodType; entries?: Record<string, string> };
  switch (def.type) {
    case 'string':
      if (name === 'campaign') {
        // Campaigns are content: a list made now would be stale when an editor adds one.
        return {
          ...base,
          widget: 'relation',
          collection: 'campaigns',
          value_field: '{{slug}}',
          search_fields: ['title'],
          display_fields: ['title'],
        };
      }
      return { ...base, widget: 'string' };
    case 'number':
      return { ...base, widget: 'number', value_type: 'int' };
    case 'enum':
      return { ...base, widget: 'select', options: selectOptions(name, Object.values(def.entries ?? {}), help) };
    case 'array': {
      const item = unwrap(def.element as z.ZodType).schema;
      const itemDef = item._zod.def as { type: string; entries?: Record<string, string> };
      if (itemDef.type === 'enum') {
        return { ...base, widget: 'select', multiple: true, options: selectOptions(name, Object.values(itemDef.entries ?? {}), help) };
      }
      if (itemDef.type === 'object') {
        const list = context.guide.lists[name];
        if (list === undefined) throw new Error(`${context.path}.${name}: no "#### … (\`${name}\`)" table in the editor guide`);
        const languages = base.i18n;
        const nested: FieldContext = { ...context, help: list.fields, path: `${context.path}.${name}`, languages: () => languages };
        return {
          ...base,
          widget: 'list',
          label_singular: list.label,
          summary: '{{fields.title}}',
          fields: inGuideOrder(shapeOf(item), list.fields).map(([field, schema]) => editorField(field, schema, nested)),
        };
      }
      break;
    }
  }
  throw new Error(`${context.path}.${name}: the editor has no widget for a field of type "${def.type}"`);
}

/**
 * A schema's fields in the order of the guide's table, which is the order the guide's examples and
 * the hand-written files use: an entry saved from the editor keeps its lines where a person put them.
 */
function inGuideOrder(shape: Record<string, z.ZodType>, help: Record<string, FieldHelp>): [string, z.ZodType][] {
  const rows = Object.keys(help);
  const rank = (name: string) => (rows.includes(name) ? rows.indexOf(name) : rows.length);
  return Object.entries(shape).sort(([a], [b]) => rank(a) - rank(b));
}

function selectOptions(name: string, values: readonly string[], help: FieldHelp): { label: string; value: string }[] {
  const isRegion = values.every((value) => (placementRegionKeys as readonly string[]).includes(value));
  return values.map((value) => {
    const label = isRegion ? regionLabel(value as PlacementRegion) : help.valueLabels[value];
    if (label === undefined) throw new Error(`${name}: the editor guide does not say what "${value}" means (write it as \`${value}\` (arti))`);
    return { label: `${label} · ${value}`, value };
  });
}

function bodyField(collection: ContentCollectionName): DecapField[] {
  if (contentCollections[collection].extensions.includes('md' as never)) {
    return [
      {
        label: 'Isi halaman',
        name: 'body',
        widget: 'markdown',
        i18n: true,
        // The content check refuses a page without text.
        required: true,
        hint: 'Teks di bawah judul, dengan subjudul, daftar, dan tautan. Tautan hanya ke alamat resmi.',
        modes: ['rich_text', 'raw'],
        buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'bulleted-list', 'numbered-list'],
        editor_components: [],
      },
    ];
  }
  return [];
}

function collectionConfig(collection: ContentCollectionName, guide: GuideHelp): Record<string, unknown> {
  const help = guide.collections[collection];
  if (help === undefined) throw new Error(`${collection}: no "### … (\`${collection}/\`)" table in the editor guide`);
  const shape = shapeOf(contentCollections[collection].schema as unknown as z.ZodType);
  const shared = sharedFields[collection] as readonly string[];
  const context: FieldContext = {
    collection,
    help: help.fields,
    path: collection,
    // A field twins share only in part (a stage's dates, not its title) is written in each language;
    // the content check compares the shared part.
    languages: (name) => (shared.includes(name) && !(name in sharedFieldViews) ? 'duplicate' : true),
    guide,
  };
  const isData = contentCollections[collection].extensions.includes('yaml' as never);
  const fields = inGuideOrder(shape, help.fields).map(([name, schema]) => editorField(name, schema, context));
  return {
    name: collection,
    label: help.label,
    label_singular: help.label,
    folder: `${contentFolder}/${collection}`,
    extension: isData ? 'yaml' : 'md',
    format: isData ? editorFormats.data : editorFormats.markdown,
    create: creatable[collection],
    delete: false,
    i18n: true,
    identifier_field: 'title' in shape ? 'title' : 'name',
    slug: '{{slug}}',
    editor: { preview: false },
    fields: [...fields, ...bodyField(collection)],
  };
}

/** Decap CMS's configuration for the hosted editor; `npm run edit` adds its local backend when serving it. */
export function editorConfig(guide: GuideHelp, backend: EditorBackend): Record<string, unknown> {
  return {
    backend,
    // Decap's own screens in Indonesian (locale.ts); the content is in both languages below.
    locale: 'id',
    publish_mode: 'editorial_workflow',
    site_url: siteUrl,
    display_url: siteUrl,
    // Decap cannot upload into the site: images are not offered, and this folder is never read.
    media_folder: `${contentFolder}/.uploads`,
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    i18n: { structure: 'multiple_folders', locales: [...localeCodes], default_locale: defaultLocale },
    collections: contentCollectionNames.map((collection) => collectionConfig(collection, guide)),
  };
}

/** The configuration file as written to src/editor/config.yml. */
export function editorConfigText(guide: GuideHelp, backend: EditorBackend): string {
  const header = [
    '# Decap CMS configuration for the browser editor, made by `npm run editor:config` from the content',
    '# schemas, the editor guide (content/README.md) and src/config/editor.json. Do not edit by hand.',
    '',
  ].join('\n');
  return header + stringify(editorConfig(guide, backend), { lineWidth: 0, aliasDuplicateObjects: false });
}
