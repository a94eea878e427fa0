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
import { contentCollections } from '../content/schemas.ts';
import { checkFieldText } from './fieldText.ts';
import { editorText } from '../editorMessages.ts';
import { type ContentFile, fileField, type Report } from './problems.ts';

/*
 * The data block of a Markdown file (or a whole YAML file), once found (frontmatter.ts): read with
 * line numbers, refused where YAML can hurt (tags, anchors and aliases), then validated by the
 * collection's schema, every issue with its line and field. No Node API: the browser editor runs
 * it too, through entryCheck.ts.
 */

/** Read YAML as Astro's js-yaml does: unquoted timestamps become Dates, `<<` merges. */
export const yamlOptions: ParseOptions & DocumentOptions & SchemaOptions = {
  customTags: ['timestamp'],
  merge: true,
  prettyErrors: true,
};

export function asFields(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** Reads the fields of `file` from `yaml` and validates them against the collection's schema. */
export function readFields(file: ContentFile, yaml: string, lineOffset: number, report: Report): void {
  const lineCounter = new LineCounter();
  const document = parseDocument(yaml, { ...yamlOptions, lineCounter });
  const whole = (line: number, message: string) => report({ file: file.path, line: line + lineOffset, field: fileField, message });
  file.lineOf = (path) => lineOfPath(document, lineCounter, path) + lineOffset;
  if (document.errors.length > 0) {
    for (const error of document.errors) {
      whole(error.linePos?.[0].line ?? 1, editorText('dataBlockUnreadable', { reason: yamlReason(error.message) }));
    }
    return;
  }
  const unsafe = unsafeYaml(document, lineCounter);
  for (const { line, message } of unsafe) whole(line, message);
  if (unsafe.length > 0) return;
  file.raw = asFields(document.toJS());
  checkFieldText(file.raw, (path, message) => report({ file: file.path, line: file.lineOf(path), field: fieldName(path), message }));
  const result = contentCollections[file.collection].schema.safeParse(file.raw);
  if (result.success) {
    file.data = result.data as Record<string, unknown>;
    return;
  }
  for (const issue of result.error.issues) {
    const paths = issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
    for (const path of paths) report({ file: file.path, line: file.lineOf(path), field: fieldName(path), message: issue.message });
  }
}

/**
 * YAML features editors never need and attackers do: tags (`!!js/function`, `!custom`), which
 * Astro's reader refuses with a stack trace or turns into objects, and anchors and aliases, which
 * can multiply a few lines into billions of values. Refused before any value is built.
 */
function unsafeYaml(document: Document, lineCounter: LineCounter): { line: number; message: string }[] {
  const found: { line: number; message: string }[] = [];
  const lineOf = (range: readonly number[] | null | undefined) => lineCounter.linePos(range?.[0] ?? 0).line;
  for (const warning of document.warnings.filter((candidate) => !candidate.message.startsWith('Unresolved tag'))) {
    found.push({ line: warning.linePos?.[0].line ?? 1, message: editorText('dataBlockUnknown', { reason: yamlReason(warning.message) }) });
  }
  const reused: { line: number; mark: string }[] = [];
  visitYaml(document, {
    Alias: (_key, node) => {
      reused.push({ line: lineOf(node.range), mark: `*${node.source}` });
    },
    Node: (_key, node) => {
      if (node.anchor !== undefined) reused.push({ line: lineOf(node.range), mark: `&${node.anchor}` });
      if (node.tag !== undefined) found.push({ line: lineOf(node.range), message: editorText('yamlTag', { tag: node.tag }) });
    },
  });
  // Reported once, at the first: a list of aliases multiplied a billion times is one mistake.
  const [first] = reused.sort((a, b) => a.line - b.line);
  if (first !== undefined) found.push({ line: first.line, message: editorText('yamlReuse', { mark: first.mark, count: reused.length }) });
  return found;
}

/** Whether `document` uses a YAML feature the check refuses (a tag, an anchor, an alias). */
export function unsafeYamlFound(document: Document): boolean {
  return unsafeYaml(document, new LineCounter()).length > 0;
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
