import type { DefaultTreeAdapterMap } from 'parse5';
import type { Element } from './rule.ts';

/* What the rules and the page's reader need to read parse5's tree of a page. */

type Node = DefaultTreeAdapterMap['node'];

export function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((candidate) => candidate.name === name)?.value;
}

export function textOf(node: Node): string {
  if (node.nodeName === '#text' && 'value' in node) return node.value;
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

/** The first line of an element's text, short enough to find again in a content file. */
export function evidenceOf(text: string): string {
  const line = text.trim().split('\n')[0]?.trim() ?? '';
  return line.slice(0, 60);
}

/**
 * What a `<script>` is, by its `type` and `src`: structured data (JSON-LD), a data block that runs
 * nothing, a script file, or inline code. Each is held to its own rule.
 */
export type ScriptKind = 'json-ld' | 'data' | 'file' | 'inline';

export function scriptKind(element: Element): ScriptKind | undefined {
  if (element.tagName !== 'script') return undefined;
  const type = attribute(element, 'type')?.trim().toLowerCase();
  if (type === 'application/ld+json') return 'json-ld';
  if (type === 'application/json') return 'data';
  return attribute(element, 'src') === undefined ? 'inline' : 'file';
}

/** Attributes a browser fetches by itself. */
const resourceAttributes = new Set(['src', 'poster', 'data', 'background', 'ping', 'manifest', 'icon']);

/** `<link rel>` values that point somewhere without loading it. */
const navigationRels = new Set(['canonical', 'alternate']);

/** Whether a browser loads the address in attribute `name` (lower case) by itself, as it does an image, a stylesheet or an icon. */
export function isLoadedAddress(element: Element, name: string): boolean {
  return resourceAttributes.has(name) || (element.tagName === 'link' && name === 'href' && !isNavigationLink(element));
}

function isNavigationLink(element: Element): boolean {
  const rels = (attribute(element, 'rel') ?? '').toLowerCase().split(/\s+/);
  return rels.length > 0 && rels.every((rel) => navigationRels.has(rel));
}
