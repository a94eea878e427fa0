import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import {
  type Document,
  type DocumentOptions,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type ParseOptions,
  type SchemaOptions,
  visit as visitYaml,
} from 'yaml';
import { defaultLocale, isLocale, localeCodes } from '../i18n/locales.ts';
import { checkMarkdownBody } from './contentBodyCheck.ts';
import {
  type CollectionData,
  contentCollectionNames,
  contentCollections,
  type ContentCollectionName,
  editorMessage,
  sharedFields,
} from './contentSchemas.ts';
import { entryIdFromPath, findMissingTwins, findTwinDisagreements, kebabCaseSlug } from './entryId.ts';
import { regionCovers } from './regions.ts';

/*
 * The editors' content check: reads every file under the content root, the way Astro will, and
 * lists every problem at once with its file, line and field. Astro's own schema check stops at the
 * first bad entry; this one keeps going, and adds what a schema cannot see (twins, links between
 * collections, raw HTML and components in the text).
 */

export interface ContentProblem {
  /** The file, as a path under the content root as given, with forward slashes. */
  file: string;
  /** 1-based; undefined when the file does not exist or the problem is the whole file. */
  line: number | undefined;
  /** A frontmatter field (`applyUrl`, `steps[1]`), or `(isi)` for the text, `(berkas)` for the whole file. */
  field: string;
  /** Plain Indonesian, then English. */
  message: string;
}

export interface ContentCheckResult {
  problems: ContentProblem[];
  /** How many content files were read. */
  fileCount: number;
}

export const bodyField = '(isi)';
export const fileField = '(berkas)';
export const translationField = '(terjemahan)';

interface ContentFile {
  collection: ContentCollectionName;
  locale: string;
  /** `en/pelayanan` */
  id: string;
  slug: string;
  /** For messages: `content/positions/en/pelayanan.md` */
  path: string;
  absolutePath: string;
  extension: string;
  /** The frontmatter (or YAML file) as read, before the schema; undefined if unreadable. */
  raw: Record<string, unknown> | undefined;
  /** The schema's output; undefined if the file has schema problems. */
  data: Record<string, unknown> | undefined;
  lineOf: (path: readonly PropertyKey[]) => number;
}

type Report = (problem: ContentProblem) => void;

/** Read YAML as Astro's js-yaml does: unquoted timestamps become Dates, `<<` merges. */
const yamlOptions: ParseOptions & DocumentOptions & SchemaOptions = {
  customTags: ['timestamp'],
  merge: true,
  prettyErrors: true,
};

/** Astro's own frontmatter pattern (`@astrojs/internal-helpers/frontmatter`), so both read the same block. */
const frontmatterPattern = /(?:^\uFEFF?|^\s*\n)(---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;

export function checkContent(root: string): ContentCheckResult {
  const problems: ContentProblem[] = [];
  const report: Report = (problem) => problems.push(problem);
  const files = findContentFiles(root, report);
  for (const file of files) readContentFile(file, report);
  checkDuplicateSlugs(files, report);
  checkCampaignReferences(root, files, report);
  checkTwins(root, files, problems, report);
  return { problems: sortProblems(problems), fileCount: files.length };
}

function displayPath(...parts: string[]): string {
  return join(...parts)
    .split(sep)
    .join('/');
}

/** Every file Astro would read, and a problem for each file or folder it would silently skip. */
function findContentFiles(root: string, report: Report): ContentFile[] {
  if (!existsSync(root)) {
    report({
      file: displayPath(root),
      line: undefined,
      field: fileField,
      message: editorMessage('folder konten tidak ditemukan', 'the content folder does not exist'),
    });
    return [];
  }
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (
      entry.isDirectory() &&
      !entry.name.startsWith('.') &&
      !(contentCollectionNames as string[]).includes(entry.name)
    ) {
      report({
        file: displayPath(root, entry.name),
        line: undefined,
        field: fileField,
        message: editorMessage(
          `folder ini tidak dibaca oleh situs; folder yang dibaca: ${contentCollectionNames.join(', ')}`,
          `the site does not read this folder; the folders it reads are: ${contentCollectionNames.join(', ')}`,
        ),
      });
    }
  }
  return contentCollectionNames.flatMap((collection) => findCollectionFiles(root, collection, report));
}

function findCollectionFiles(root: string, collection: ContentCollectionName, report: Report): ContentFile[] {
  const folder = join(root, collection);
  const { extensions } = contentCollections[collection];
  const extensionList = extensions.map((extension) => `.${extension}`).join(', ');
  if (!existsSync(folder)) {
    report({
      file: displayPath(root, collection),
      line: undefined,
      field: fileField,
      message: editorMessage('folder koleksi ini tidak ada', 'this collection folder does not exist'),
    });
    return [];
  }
  const files: ContentFile[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || /^readme\.md$/i.test(entry.name)) continue;
    if (!entry.isDirectory() || !isLocale(entry.name)) {
      report({
        file: displayPath(root, collection, entry.name),
        line: undefined,
        field: fileField,
        message: editorMessage(
          `tidak dibaca oleh situs: setiap berkas harus berada di folder bahasa ${localeCodes.map((code) => `${code}/`).join(' atau ')}`,
          `the site does not read this: every file must be inside a language folder, ${localeCodes.map((code) => `${code}/`).join(' or ')}`,
        ),
      });
      continue;
    }
    const locale = entry.name;
    for (const item of readdirSync(join(folder, locale), { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      if (item.name.startsWith('.')) continue;
      const path = displayPath(root, collection, locale, item.name);
      const extension = item.name.includes('.') ? item.name.slice(item.name.lastIndexOf('.') + 1) : '';
      if (extension === 'mdx' && !(extensions as readonly string[]).includes(extension)) {
        report({
          file: path,
          line: undefined,
          field: fileField,
          message: editorMessage(
            'berkas .mdx tidak diterbitkan: MDX dapat menjalankan kode saat situs dibangun dan belum ada komponen untuk editor; ganti nama berkas menjadi .md dan tulis dengan Markdown',
            'a .mdx file is not published: MDX can run code while the site is built and no component is offered to editors yet; rename it to .md and write Markdown',
          ),
        });
        continue;
      }
      if (item.isDirectory() || !(extensions as readonly string[]).includes(extension)) {
        report({
          file: path,
          line: undefined,
          field: fileField,
          message: editorMessage(
            `tidak dibaca oleh situs: koleksi ${collection} hanya membaca berkas ${extensionList} langsung di dalam folder ${locale}/`,
            `the site does not read this: the ${collection} collection reads only ${extensionList} files directly inside ${locale}/`,
          ),
        });
        continue;
      }
      const id = entryIdFromPath(`${locale}/${item.name}`);
      const slug = id.slice(locale.length + 1);
      if (!kebabCaseSlug.test(slug)) {
        report({
          file: path,
          line: undefined,
          field: fileField,
          message: editorMessage(
            `nama berkas "${slug}" menjadi alamat halaman: pakai huruf kecil a-z, angka, dan tanda hubung saja, misalnya "customer-service-officer"`,
            `the file name "${slug}" becomes a page address: use only lower-case a-z, digits and hyphens, e.g. "customer-service-officer"`,
          ),
        });
      }
      files.push({
        collection,
        locale,
        id,
        slug,
        path,
        absolutePath: join(folder, locale, item.name),
        extension,
        raw: undefined,
        data: undefined,
        lineOf: () => 1,
      });
    }
  }
  return files;
}

/** Reads one file's fields and text, and checks both. */
function readContentFile(file: ContentFile, report: Report): void {
  const text = readFileSync(file.absolutePath, 'utf8');
  const isData = file.extension === 'yaml' || file.extension === 'yml';
  let yamlText = text;
  let lineOffset = 0;
  if (!isData) {
    const frontmatter = frontmatterPattern.exec(text);
    if (frontmatter === null || frontmatter[1] !== '---') {
      report({
        file: file.path,
        line: 1,
        field: fileField,
        message:
          frontmatter === null
            ? editorMessage(
                'bagian data di awal berkas tidak ditemukan: berkas harus diawali baris "---", kolom-kolomnya, lalu "---" lagi',
                'the data block at the top is missing: the file must start with a "---" line, its fields, then "---" again',
              )
            : editorMessage(
                'tulis bagian data di antara baris "---" (YAML), bukan "+++"',
                'write the data block between "---" lines (YAML), not "+++"',
              ),
      });
    }
    const start = frontmatter === null ? 0 : frontmatter.index + frontmatter[0].indexOf(frontmatter[1] ?? '---') + 3;
    yamlText = frontmatter?.[1] === '---' ? (frontmatter[2] ?? '') : '';
    lineOffset = countLines(text.slice(0, start)) - 1;
    checkMarkdownBody(text, (line, message) => report({ file: file.path, line, field: bodyField, message }));
  }
  readFields(file, yamlText, lineOffset, report);
}

/** The fields of a Markdown file's data block, read as Astro reads them; {} when it has none or they cannot be read. */
export function frontmatterFields(text: string): Record<string, unknown> {
  const frontmatter = frontmatterPattern.exec(text);
  if (frontmatter?.[1] !== '---') return {};
  const document = parseDocument(frontmatter[2] ?? '', yamlOptions);
  const value: unknown = document.errors.length > 0 ? undefined : document.toJS();
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function countLines(text: string): number {
  return text.split('\n').length;
}

/** Parses the YAML (as Astro's js-yaml does: timestamps become Dates) and validates it against the collection's schema. */
function readFields(file: ContentFile, yamlText: string, lineOffset: number, report: Report): void {
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { ...yamlOptions, lineCounter });
  file.lineOf = (path) => lineOfPath(document, lineCounter, path) + lineOffset;
  if (document.errors.length > 0) {
    for (const error of document.errors) {
      report({
        file: file.path,
        line: (error.linePos?.[0].line ?? 1) + lineOffset,
        field: fileField,
        message: editorMessage(
          'bagian data tidak dapat dibaca: periksa tanda kutip, titik dua, tanda "- ", dan indentasi baris ini',
          `the data block cannot be read: check the quotes, colons, "- " marks and indentation of this line (${yamlReason(error.message)})`,
        ),
      });
    }
    return;
  }
  const unsafe = unsafeYaml(document, lineCounter);
  for (const { line, message } of unsafe) report({ file: file.path, line: line + lineOffset, field: fileField, message });
  if (unsafe.length > 0) return;
  const value: unknown = document.toJS();
  const raw =
    typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  file.raw = raw;
  const result = contentCollections[file.collection].schema.safeParse(raw);
  if (result.success) {
    file.data = result.data as Record<string, unknown>;
    return;
  }
  for (const issue of result.error.issues) {
    const paths = issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
    for (const path of paths) {
      report({ file: file.path, line: file.lineOf(path), field: fieldName(path), message: issue.message });
    }
  }
}

/**
 * YAML features editors never need and attackers do: tags (`!!js/function`, `!custom`), which
 * Astro's reader refuses with a stack trace or turns into objects, and anchors and aliases, which
 * can multiply a few lines into billions of values. Refused before the data is built.
 */
function unsafeYaml(document: Document, lineCounter: LineCounter): { line: number; message: string }[] {
  const found: { line: number; message: string }[] = [];
  const lineOf = (range: readonly number[] | null | undefined) => lineCounter.linePos(range?.[0] ?? 0).line;
  for (const warning of document.warnings.filter((candidate) => !candidate.message.startsWith('Unresolved tag'))) {
    found.push({
      line: warning.linePos?.[0].line ?? 1,
      message: editorMessage(
        `bagian data memuat hal yang tidak dikenal: ${yamlReason(warning.message)}`,
        `the data block contains something unknown: ${yamlReason(warning.message)}`,
      ),
    });
  }
  const reused: { line: number; mark: string }[] = [];
  visitYaml(document, {
    Alias: (_key, node) => {
      reused.push({ line: lineOf(node.range), mark: `*${node.source}` });
    },
    Node: (_key, node) => {
      if (node.anchor !== undefined) reused.push({ line: lineOf(node.range), mark: `&${node.anchor}` });
      if (node.tag !== undefined) {
        found.push({
          line: lineOf(node.range),
          message: editorMessage(
            `tanda YAML ${node.tag} tidak diizinkan: tulis teks di antara tanda kutip`,
            `the YAML tag ${node.tag} is not allowed: write text in quotes`,
          ),
        });
      }
    },
  });
  // Reported once, at the first: a list of aliases multiplied a billion times is one mistake.
  const [first] = reused.sort((a, b) => a.line - b.line);
  if (first !== undefined) {
    found.push({
      line: first.line,
      message: editorMessage(
        `jangkar (&) dan alias (*) YAML tidak diizinkan (${first.mark}, ${reused.length} kali): tulis setiap nilai secara langsung`,
        `YAML anchors (&) and aliases (*) are not allowed (${first.mark}, ${reused.length} times): write each value itself`,
      ),
    });
  }
  return found;
}

/** The YAML parser's own words, without its position (which counts from the data block, not the file). */
function yamlReason(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}

/** The line of the deepest part of `path` that exists in the YAML: the key for a field, the item for a list entry. */
function lineOfPath(document: Document, lineCounter: LineCounter, path: readonly PropertyKey[]): number {
  let node: unknown = document.contents;
  let line = 1;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((candidate) => isScalar(candidate.key) && candidate.key.value === key);
      if (pair === undefined) break;
      const keyRange = isScalar(pair.key) ? pair.key.range : undefined;
      if (keyRange) line = lineCounter.linePos(keyRange[0]).line;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item: unknown = node.items[key];
      const range = isScalar(item) || isMap(item) || isSeq(item) ? item.range : undefined;
      if (range === undefined || range === null) break;
      line = lineCounter.linePos(range[0]).line;
      node = item;
    } else {
      break;
    }
  }
  return line;
}

/** `['sources', 0, 'url']` → `sources[0].url` */
export function fieldName(path: readonly PropertyKey[]): string {
  const name = path
    .map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))
    .join('')
    .replace(/^\./, '');
  return name === '' ? fileField : name;
}

/** `portal.yaml` and `portal.yml` in one folder are one entry: Astro would keep one and drop the other. */
function checkDuplicateSlugs(files: readonly ContentFile[], report: Report): void {
  const byId = Map.groupBy(files, (file) => `${file.collection}/${file.id}`);
  for (const group of byId.values()) {
    if (group.length < 2) continue;
    for (const file of group) {
      const others = group.filter((other) => other !== file).map((other) => other.path);
      report({
        file: file.path,
        line: undefined,
        field: fileField,
        message: editorMessage(
          `nama yang sama dengan ${others.join(', ')}: satu halaman hanya boleh punya satu berkas; hapus salah satunya`,
          `same name as ${others.join(', ')}: a page may have only one file; delete one of them`,
        ),
      });
    }
  }
}

/** Every entry needs its translation, and twins must agree on the facts they share. */
function checkTwins(
  root: string,
  files: readonly ContentFile[],
  found: readonly ContentProblem[],
  report: Report,
): void {
  for (const collection of contentCollectionNames) {
    const inCollection = files.filter((file) => file.collection === collection);
    const byId = new Map(inCollection.map((file) => [file.id, file]));
    for (const { present, missing } of findMissingTwins([...byId.keys()])) {
      const original = byId.get(present);
      if (original === undefined) continue;
      const missingLocale = missing.slice(0, missing.indexOf('/'));
      report({
        file: displayPath(root, collection, `${missing}.${original.extension}`),
        line: undefined,
        field: translationField,
        message: editorMessage(
          `berkas ini belum ada: ${missingLocale === defaultLocale ? 'buat versi bahasa Indonesia' : 'buat terjemahan'} dari ${original.path} dengan nama berkas yang sama`,
          `this file does not exist: ${missingLocale === defaultLocale ? 'create the Indonesian version' : 'create the translation'} of ${original.path} under the same file name`,
        ),
      });
    }
    const valid = [...byId.values()].flatMap((file) =>
      file.data === undefined ? [] : [{ id: file.id, data: file.data }],
    );
    for (const { id, twin, field } of findTwinDisagreements(valid, sharedFields[collection])) {
      const file = byId.get(id);
      const original = byId.get(twin);
      if (file === undefined || original === undefined) continue;
      // When the original's value is itself wrong, copying it into the translation is not the fix.
      if (found.some((problem) => problem.file === original.path && fieldBelongsTo(problem.field, field))) continue;
      report({
        file: file.path,
        line: file.lineOf([field]),
        field,
        message: editorMessage(
          `harus sama dengan di ${original.path} (di sana: ${shown(original.raw?.[field])})`,
          `must be the same as in ${original.path} (there: ${shown(original.raw?.[field])})`,
        ),
      });
    }
  }
}

function fieldBelongsTo(name: string, field: string): boolean {
  return name === field || name.startsWith(`${field}[`) || name.startsWith(`${field}.`);
}

function shown(value: unknown): string {
  if (value === undefined) return 'tidak diisi / not set';
  const text =
    value instanceof Date ? value.toISOString() : typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** A position must name a campaign that exists in its language, and be placed only where that campaign places people. */
function checkCampaignReferences(root: string, files: readonly ContentFile[], report: Report): void {
  const campaigns = new Map(files.filter((file) => file.collection === 'campaigns').map((file) => [file.id, file]));
  for (const position of files.filter((file) => file.collection === 'positions')) {
    // Read the field itself, so a bad campaign name is reported even when other fields have problems.
    const named = position.raw?.['campaign'];
    if (typeof named !== 'string' || named.trim() === '') continue;
    const campaign = campaigns.get(`${position.locale}/${named.trim()}`);
    if (campaign === undefined) {
      const known = [...campaigns.values()].filter((file) => file.locale === position.locale).map((file) => file.slug);
      const folder = `${displayPath(root, 'campaigns', position.locale)}/`;
      report({
        file: position.path,
        line: position.lineOf(['campaign']),
        field: 'campaign',
        message: editorMessage(
          `kampanye "${named}" tidak ada di ${folder}; ${known.length === 0 ? 'belum ada kampanye' : `yang ada: ${known.join(', ')}`}`,
          `there is no campaign "${named}" in ${folder}; ${known.length === 0 ? 'there are no campaigns yet' : `existing: ${known.join(', ')}`}`,
        ),
      });
      continue;
    }
    const placements = (position.data as CollectionData<'positions'> | undefined)?.placements;
    if (campaign.data === undefined || placements === undefined) continue;
    const regions = (campaign.data as CollectionData<'campaigns'>).regions;
    placements.forEach((region, index) => {
      // A campaign in an island group may place a position in one of its provinces.
      if (regions.some((campaignRegion) => regionCovers(campaignRegion, region))) return;
      report({
        file: position.path,
        line: position.lineOf(['placements', index]),
        field: `placements[${index}]`,
        message: editorMessage(
          `${region} bukan wilayah penempatan kampanye ${campaign.path}; wilayahnya: ${regions.join(', ')}`,
          `${region} is not a placement region of the campaign ${campaign.path}; its regions are: ${regions.join(', ')}`,
        ),
      });
    });
  }
}

function sortProblems(problems: ContentProblem[]): ContentProblem[] {
  const seen = new Set<string>();
  return problems
    .filter((problem) => {
      const key = formatProblem(problem);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

/** `content/positions/en/pelayanan.md:6  campaign  kampanye "x" tidak ada … / there is no campaign "x" …` */
export function formatProblem(problem: ContentProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return `${where}  ${problem.field}  ${problem.message}`;
}

/** The whole report: one line per problem, then a count and what to do. */
export function formatContentReport({ problems, fileCount }: ContentCheckResult): string {
  if (problems.length === 0) {
    return editorMessage(
      `Konten lolos pemeriksaan: ${fileCount} berkas.`,
      `Content check passed: ${plural(fileCount, 'file')}.`,
    );
  }
  const fileTotal = new Set(problems.map((problem) => problem.file)).size;
  return [
    ...problems.map(formatProblem),
    '',
    editorMessage(
      `${problems.length} masalah di ${fileTotal} berkas. Perbaiki semuanya, lalu jalankan lagi npm run check:content.`,
      `${plural(problems.length, 'problem')} in ${plural(fileTotal, 'file')}. Fix them all, then run npm run check:content again.`,
    ),
  ].join('\n');
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
