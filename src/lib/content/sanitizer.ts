import type { Element, Root } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { parseFragment } from 'parse5';
import { isSitePath, schemeOf } from '../links/urlShape.ts';

/*
 * The only way an entry's text reaches a page. Whatever the Markdown renderer produced (and
 * whatever raw HTML an editor slipped past it), the HTML is parsed the way a browser parses it
 * (parse5, the WHATWG algorithm), cut down to an explicit allowlist, and serialised again. The
 * content check refuses the same things earlier, with file and line; this is the guarantee.
 */

/** Elements whose content is dropped with them: code, styles, embedded documents, and text a browser would not show as text. */
const droppedWithContent = [
  'script',
  'style',
  'template',
  'textarea',
  'title',
  'xmp',
  'noembed',
  'noframes',
  'noscript',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'select',
  'option',
  'plaintext',
];

/**
 * What Markdown produces, and nothing that can run code, load from elsewhere, restyle the page or
 * send a form. Unknown elements are unwrapped: their text stays, their tags go.
 */
const contentHtmlSchema: Schema = {
  tagNames: [
    'p', 'br', 'hr', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'em', 'strong', 'del', 's', 'code', 'pre',
    'blockquote', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
    'img', 'sup', 'sub', 'abbr', 'kbd', 'section',
  ],
  attributes: {
    a: ['href', 'title', 'id', 'ariaDescribedBy', 'ariaLabel', 'dataFootnoteRef', 'dataFootnoteBackref'],
    img: ['src', 'alt', 'title', 'width', 'height'],
    ol: ['start'],
    li: ['id'],
    h2: ['id'],
    h3: ['id'],
    h4: ['id'],
    h5: ['id'],
    h6: ['id'],
    th: ['scope'],
    abbr: ['title'],
    section: ['dataFootnotes'],
  },
  protocols: { href: ['https', 'mailto', 'tel'], src: [] },
  ancestors: {
    li: ['ol', 'ul'],
    tbody: ['table'],
    thead: ['table'],
    tr: ['table'],
    th: ['table'],
    td: ['table'],
  },
  strip: droppedWithContent,
  // Footnote ids already carry the renderer's `user-content-` prefix; do not add it twice.
  clobber: [],
  clobberPrefix: '',
  allowComments: false,
  allowDoctypes: false,
};

/** The entry's rendered HTML, parsed as a browser would and reduced to the allowlist. */
export function sanitizeContentHtml(html: string): string {
  // parse5 directly rather than through hast-util-from-html, which always records where each node
  // came from: a third of the parse's cost, on every page, for positions nobody reads here.
  const tree = fromParse5(parseFragment(html));
  const clean = sanitize(tree, contentHtmlSchema) as Root;
  keepLinksOnSite(clean);
  return toHtml(clean);
}

/** Schemes a link in the text may use; everything else is a path on this site or nothing. */
const linkSchemes = new Set(['https', 'mailto', 'tel']);

/**
 * The schema lets scheme-less URLs through, and a scheme-less URL may still leave the site
 * (`//host`, `/\host`); an image from anywhere but the site is a request to another origin.
 * A plain walk rather than unist-util-visit: this runs for every page, and the plain walk made
 * sanitizing a position's text about a third faster.
 */
function keepLinksOnSite(parent: Root | Element): void {
  const kept = parent.children.filter((child) => {
    if (child.type !== 'element') return true;
    const href = child.properties['href'];
    if (typeof href === 'string' && !isSitePath(href) && !linkSchemes.has(schemeOf(href) ?? '')) {
      delete child.properties['href'];
    }
    const src = child.properties['src'];
    if (child.tagName === 'img' && (typeof src !== 'string' || !isSitePath(src))) return false;
    keepLinksOnSite(child);
    return true;
  });
  if (kept.length !== parent.children.length) parent.children = kept as typeof parent.children;
}
