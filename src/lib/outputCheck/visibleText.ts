import type { DefaultTreeAdapterMap } from 'parse5';

/*
 * A page's visible text, which the scam detector reads (rules/scamText.ts) with the content check's
 * rule: a host, number, payee or request that reached the page as plain text is refused there too.
 * The text is read once per page: inline elements join their neighbours (so "<b>BRI</b> 0123…"
 * stays one payee), block elements end a sentence.
 *
 * The site's own warnings speak ABOUT scams ("Jangan membayar siapa pun", "a request for payment
 * is a sign of fraud"). Three things tell them from requests: the detector's negations (scamText.ts
 * widens them to the whole sentence); the claims register: an element marked `data-claim` states a
 * sentence of the agency's that the register holds with its source, and rules/sourcedClaims.ts
 * refuses any claim the register does not source; and the message checker (`data-message-check`),
 * whose interface text is the developers' (src/i18n/ui.ts) and names what scams send (`bit.ly/…`,
 * `nama@gmail.com`) as examples to paste. Neither marked element is read here; no content reaches
 * either as text (the checker's references travel in its JSON data block).
 */

/** Attributes of the elements that speak ABOUT scams. */
const aboutScams = ['data-claim', 'data-message-check'];

type Node = DefaultTreeAdapterMap['node'];

/** Elements whose text is no reading text: code, styles, and the vector drawings of icons. */
const unread = new Set(['script', 'style', 'template', 'svg', 'noscript']);

/** Elements that end a sentence; any other element is inline and joins its neighbours. */
const blocks = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'button', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'label', 'legend',
  'li', 'main', 'nav', 'ol', 'option', 'p', 'pre', 'section', 'summary', 'table', 'td', 'th', 'title', 'tr', 'ul',
]);

/** Meta fields whose text search engines and chat apps show as the page's. */
const shownMeta = /^(description|og:title|og:description|twitter:title|twitter:description)$/;

/** The text of `document` a reader sees, with a line break around each block. */
export function visibleText(document: Node): string {
  const parts: string[] = [];
  collect(document, parts);
  return parts.join('');
}

function collect(node: Node, parts: string[]): void {
  if (node.nodeName === '#text' && 'value' in node) {
    parts.push(node.value);
    return;
  }
  if (!('childNodes' in node)) return;
  const tag = 'tagName' in node ? node.tagName : '';
  const attrs = 'attrs' in node ? node.attrs : [];
  if (unread.has(tag) || attrs.some((attribute) => aboutScams.includes(attribute.name))) return;
  if (tag === 'meta') {
    const name = attrs.find((attribute) => attribute.name === 'name' || attribute.name === 'property')?.value ?? '';
    const content = attrs.find((attribute) => attribute.name === 'content')?.value;
    if (content !== undefined && shownMeta.test(name)) parts.push('\n', content, '\n');
    return;
  }
  const isBlock = blocks.has(tag);
  if (isBlock) parts.push('\n');
  for (const child of node.childNodes) collect(child, parts);
  if (isBlock) parts.push('\n');
}
