import { Document, isScalar, parse, Scalar, visit } from 'yaml';

/*
 * How the browser editor reads and writes a content file, in the shape the editor guide teaches:
 * a `---` data block, every text in double quotes (YAML would otherwise turn "2025-09-14" into a
 * date and lose its meaning), lists indented under their field, placements unquoted as in the
 * guide, empty fields left out, then the page text. Runs in the editor (main.ts registers it as
 * Decap's file format) and in its tests; plain TypeScript without Node.
 */

export type Fields = Record<string, unknown>;

/** An id of a placement or value list: written unquoted, like the guide's `- sulawesi`. */
const plainListItem = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/** A value without its empty parts: Decap sends an untouched optional field as "" or null. */
function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmpty);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value)
        .map(([key, item]) => [key, withoutEmpty(item)] as const)
        .filter(([, item]) => !isEmpty(item)),
    );
  }
  return typeof value === 'string' ? value.trim() : value;
}

/** The fields in `order` first (the configuration's), then any other, empty ones left out. */
function ordered(fields: Fields, order: readonly string[]): Fields {
  const keys = [...order.filter((key) => key in fields), ...Object.keys(fields).filter((key) => !order.includes(key))];
  const result: Fields = {};
  for (const key of keys) {
    const value = withoutEmpty(fields[key]);
    if (!isEmpty(value)) result[key] = value;
  }
  return result;
}

/** The YAML text of `fields`, with the quoting the guide asks for. */
export function dataText(fields: Fields, order: readonly string[] = []): string {
  const document = new Document(ordered(fields, order));
  visit(document, {
    Scalar(key, node, path) {
      if (key === 'key' || typeof node.value !== 'string') return;
      const parent = path.at(-1);
      const inList = parent !== undefined && 'items' in parent && !('key' in parent) && Array.isArray((parent as { items: unknown }).items) && !isScalar(parent);
      const isListOfIds = inList && (parent as { items: unknown[] }).items.every((item) => isScalar(item));
      node.type = isListOfIds && plainListItem.test(node.value) ? Scalar.PLAIN : Scalar.QUOTE_DOUBLE;
    },
  });
  return document.toString({ lineWidth: 0, indentSeq: true });
}

/**
 * Page text with its list items marked `- `, as the guide writes them: Decap's rich-text editor
 * writes `* `, which would show every item of a list as changed when one word of the page changed.
 * A line that starts with `* ` is always a list item in Markdown; code blocks are left as written.
 */
export function withGuideListMarkers(text: string): string {
  let inCode = false;
  return text
    .split('\n')
    .map((line) => {
      if (/^\s*(```|~~~)/.test(line)) inCode = !inCode;
      return inCode ? line : line.replace(/^(\s*)\* /, '$1- ');
    })
    .join('\n');
}

/** A Markdown content file: its data block, a blank line, its page text. */
export function markdownText(fields: Fields, order: readonly string[] = []): string {
  const { body, ...data } = fields;
  const text = typeof body === 'string' ? withGuideListMarkers(body.trim()) : '';
  return `---\n${dataText(data, order)}---\n${text === '' ? '' : `\n${text}\n`}`;
}

/**
 * The fields of a Markdown content file. YAML 1.2 keeps dates as the text written: what the
 * editor shows is what the file says.
 */
export function readMarkdown(text: string): Fields {
  const match = /^---\r?\n([\s\S]*?)\r?\n?---\r?\n?([\s\S]*)$/.exec(text);
  if (match === null) return { body: text };
  const data = (parse(match[1] ?? '') ?? {}) as Fields;
  return { ...data, body: (match[2] ?? '').replace(/^\r?\n/, '') };
}

export function readData(text: string): Fields {
  return (parse(text) ?? {}) as Fields;
}
