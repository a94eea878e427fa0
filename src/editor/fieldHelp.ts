import type { ContentCollectionName } from '../lib/content/schemas.ts';

/*
 * The editor's field help is the editor guide's own words: the "Daftar kolom" tables of
 * content/README.md, one per collection (`### Kampanye (`campaigns/`)`) and one per list of
 * entries inside it (`#### Tahapan seleksi (`stages`)`). Reading them here keeps one text for the
 * guide and the editor; a field without a row is reported by the configuration's test.
 */

export interface FieldHelp {
  /** The guide's "Isi" column, without Markdown code marks. */
  help: string;
  /** The guide's "Wajib" column starts with "ya". */
  required: boolean;
  /** Values the guide names with their meaning, as in "`open` (terbuka)". */
  valueLabels: Record<string, string>;
}

export interface CollectionHelp {
  /** The heading's name: "Kampanye". */
  label: string;
  fields: Record<string, FieldHelp>;
}

export interface GuideHelp {
  collections: Partial<Record<ContentCollectionName, CollectionHelp>>;
  /** Lists of entries inside a collection's entries (`stages`, `sources`), wherever they are described. */
  lists: Record<string, { label: string; fields: Record<string, FieldHelp> }>;
}

const fieldListSection = /^## Daftar kolom\s*$/;
const heading = /^(#{3,4}) ([^(`]+?) \(`([A-Za-z]+)\/?`/;
const row = /^\| `([A-Za-z]+)` \| ([^|]+) \| ([^|]+) \|/;

function plain(text: string): string {
  return text.replaceAll('`', '').trim();
}

/** The field tables of the guide's "Daftar kolom" section. */
export function readGuideHelp(guide: string): GuideHelp {
  const result: GuideHelp = { collections: {}, lists: {} };
  let inSection = false;
  let target: Record<string, FieldHelp> | undefined;
  for (const line of guide.split(/\r?\n/)) {
    if (line.startsWith('## ')) {
      inSection = fieldListSection.test(line);
      target = undefined;
      continue;
    }
    if (!inSection) continue;
    const title = heading.exec(line);
    if (title !== null) {
      const [, level, label = '', name = ''] = title;
      const fields: Record<string, FieldHelp> = {};
      if (level === '###') result.collections[name as ContentCollectionName] = { label: label.trim(), fields };
      else result.lists[name] ??= { label: label.trim(), fields };
      target = level === '###' ? fields : result.lists[name]?.fields;
      continue;
    }
    if (line.startsWith('#')) {
      target = undefined;
      continue;
    }
    const cells = row.exec(line);
    if (cells === null || target === undefined) continue;
    const [, field = '', required = '', help = ''] = cells;
    const valueLabels = Object.fromEntries([...help.matchAll(/`([a-z-]+)` \(([^)]+)\)/g)].map(([, value = '', label = '']) => [value, label]));
    target[field] = { help: plain(help), required: required.trim().startsWith('ya'), valueLabels };
  }
  return result;
}
