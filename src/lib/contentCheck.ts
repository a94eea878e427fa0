import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { parse as parseHtml, type HTMLElement } from 'node-html-parser';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
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
} from 'yaml';
import { defaultLocale, isLocale, localeCodes } from '../i18n/locales.ts';
import {
  allowedMdxComponents,
  type CollectionData,
  contentCollectionNames,
  contentCollections,
  type ContentCollectionName,
  editorMessage,
  sharedFields,
  urlProblemText,
} from './contentSchemas.ts';
import { entryIdFromPath, findMissingTwins, findTwinDisagreements, kebabCaseSlug } from './entryId.ts';
import { linkProblem } from './officialUrl.ts';
import { scaffoldPlaceholderStart } from './positionTemplate.ts';

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

/** Elements that run code, restyle or reframe the page, or send what a reader types elsewhere. */
const forbiddenElements = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'base',
  'link',
  'meta',
  'form',
]);

/** Attributes whose value a browser follows or loads. */
const urlAttributes = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'poster',
  'cite',
  'data',
  'background',
  'ping',
]);

/** Minimal view of the Markdown/MDX syntax tree: enough to walk it by node type. */
interface SyntaxNode {
  type: string;
  position?: { start: { line: number } };
  children?: SyntaxNode[];
  value?: string;
  url?: string;
  name?: string | null;
  attributes?: JsxAttribute[];
}

interface JsxAttribute {
  type: string;
  name?: string;
  value?: string | null | { type: string; value: string };
}

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

const markdownParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']);
const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml', 'toml']);

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
    checkBody(file, text, report);
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

/** Parses the text with a real Markdown (or MDX) parser and looks at what it would put on the page. */
function checkBody(file: ContentFile, text: string, report: Report): void {
  const at = (line: number | undefined, message: string) =>
    report({ file: file.path, line, field: bodyField, message });
  let tree: SyntaxNode;
  try {
    // The tree is walked by node type; the per-extension mdast typings add nothing to that.
    tree = (file.extension === 'mdx' ? mdxParser : markdownParser).parse(text) as unknown as SyntaxNode;
  } catch (error) {
    const place = error as { line?: number; reason?: string; message?: string };
    at(
      place.line,
      editorMessage(
        'teks MDX tidak dapat dibaca: periksa tanda < > dan { } pada baris ini, atau tulis berkas .md',
        `the MDX text cannot be read: check the < > and { } on this line, or write a .md file (${place.reason ?? place.message ?? ''})`,
      ),
    );
    return;
  }
  const content = (tree.children ?? []).filter((node) => node.type !== 'yaml' && node.type !== 'toml');
  if (content.length === 0) {
    at(
      undefined,
      editorMessage(
        'teks di bawah bagian data kosong; tulis isi halamannya',
        'the text below the data block is empty; write the page text',
      ),
    );
  }
  for (const node of content) walk(node, (child) => checkNode(child, at));
}

function walk(node: SyntaxNode, visit: (node: SyntaxNode) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

function checkNode(node: SyntaxNode, at: (line: number | undefined, message: string) => void): void {
  const line = node.position?.start.line;
  switch (node.type) {
    case 'html':
      checkHtml(node.value ?? '', line ?? 1, at);
      return;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      checkJsxElement(node, line, at);
      return;
    case 'mdxjsEsm':
      at(
        line,
        editorMessage(
          'import dan export tidak diizinkan di konten; komponen yang diizinkan sudah tersedia tanpa import',
          'import and export are not allowed in content; allowed components are available without importing them',
        ),
      );
      return;
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      if (!/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value ?? '')) {
        at(
          line,
          editorMessage(
            'kode di antara { } tidak diizinkan di konten; tulis teks biasa (komentar ditulis {/* … */})',
            'code between { } is not allowed in content; write plain text (comments are written {/* … */})',
          ),
        );
      }
      return;
    case 'link':
    case 'image':
    case 'definition':
      checkLink(node.url ?? '', line, at);
      return;
    case 'text':
      checkText(node.value ?? '', line, at);
      return;
    default:
  }
}

function checkLink(
  url: string,
  line: number | undefined,
  at: (line: number | undefined, message: string) => void,
): void {
  const problem = linkProblem(url);
  if (problem === undefined) return;
  const { id, en } = urlProblemText(problem);
  at(line, editorMessage(`tautan ${url}: ${id}`, `link ${url}: ${en}`));
}

/** Bare addresses in text become links on the page (Astro's Markdown is GitHub-flavoured). */
function checkText(
  text: string,
  line: number | undefined,
  at: (line: number | undefined, message: string) => void,
): void {
  for (const match of text.matchAll(/\b(?:https?:\/\/|www\.)[^\s<>()"']+/gi)) {
    const address = match[0].replace(/[.,;:!?]+$/, '');
    checkLink(address.toLowerCase().startsWith('www.') ? `https://${address}` : address, line, at);
  }
  if (text.includes(scaffoldPlaceholderStart)) {
    at(
      line,
      editorMessage(
        `teks contoh dari npm run new:position (di antara ${scaffoldPlaceholderStart} … ]]) belum diganti`,
        `the sample text from npm run new:position (between ${scaffoldPlaceholderStart} … ]]) has not been replaced`,
      ),
    );
  }
}

/** Raw HTML in a `.md` file reaches the page as written, so it is read as HTML and checked tag by tag. */
function checkHtml(html: string, firstLine: number, at: (line: number | undefined, message: string) => void): void {
  const root = parseHtml(html, { comment: false });
  for (const element of root.querySelectorAll('*') as HTMLElement[]) {
    const line = firstLine + countLines(html.slice(0, element.range[0])) - 1;
    checkElement(element.rawTagName.toLowerCase(), Object.entries(element.attributes), line, at);
  }
}

function checkJsxElement(
  node: SyntaxNode,
  line: number | undefined,
  at: (line: number | undefined, message: string) => void,
): void {
  const name = node.name;
  if (name === null || name === undefined) return;
  if (/^[A-Z]/.test(name) || name.includes('.')) {
    if (!allowedMdxComponents.includes(name)) {
      const allowed = allowedMdxComponents.length === 0 ? undefined : allowedMdxComponents.join(', ');
      at(
        line,
        editorMessage(
          `komponen <${name}> tidak ada dalam daftar komponen yang diizinkan (${allowed ?? 'belum ada; tulis berkas .md'})`,
          `the component <${name}> is not on the list of allowed components (${allowed ?? 'there are none yet; write a .md file'})`,
        ),
      );
    }
  }
  const attributes: [string, string][] = [];
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || (typeof attribute.value === 'object' && attribute.value !== null)) {
      at(
        line,
        editorMessage(
          `atribut ${attribute.name ?? '{…}'} pada <${name}> harus berupa teks di antara tanda kutip, bukan kode { }`,
          `the attribute ${attribute.name ?? '{…}'} on <${name}> must be text in quotes, not code in { }`,
        ),
      );
      continue;
    }
    attributes.push([attribute.name ?? '', attribute.value ?? '']);
  }
  checkElement(name.toLowerCase(), attributes, line, at);
}

function checkElement(
  tag: string,
  attributes: readonly [string, string][],
  line: number | undefined,
  at: (line: number | undefined, message: string) => void,
): void {
  if (forbiddenElements.has(tag)) {
    at(
      line,
      editorMessage(
        `elemen <${tag}> tidak diizinkan di konten: elemen ini dapat menjalankan kode, mengubah tampilan, atau mengirim data pembaca ke situs lain`,
        `the <${tag}> element is not allowed in content: it can run code, change the page's look or send readers' data elsewhere`,
      ),
    );
  }
  for (const [rawName, value] of attributes) {
    const name = rawName.toLowerCase();
    if (name.startsWith('on')) {
      at(
        line,
        editorMessage(
          `atribut ${rawName} pada <${tag}> menjalankan kode dan tidak diizinkan`,
          `the ${rawName} attribute on <${tag}> runs code and is not allowed`,
        ),
      );
    } else if (name === 'style' || name === 'srcdoc' || name.startsWith('set:')) {
      at(
        line,
        editorMessage(
          `atribut ${rawName} pada <${tag}> tidak diizinkan: tampilan dan isi halaman diatur oleh situs`,
          `the ${rawName} attribute on <${tag}> is not allowed: the site sets the page's look and content`,
        ),
      );
    } else if (urlAttributes.has(name)) {
      const problem = linkProblem(value);
      if (problem === undefined) continue;
      const { id, en } = urlProblemText(problem);
      at(
        line,
        editorMessage(
          `atribut ${rawName}="${value}" pada <${tag}>: ${id}`,
          `the ${rawName}="${value}" attribute on <${tag}>: ${en}`,
        ),
      );
    }
  }
}

/** `pelayanan.md` and `pelayanan.mdx` in one folder are one page: Astro would keep one and drop the other. */
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
    const regions: readonly string[] = (campaign.data as CollectionData<'campaigns'>).regions;
    placements.forEach((region, index) => {
      if (regions.includes(region)) return;
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
