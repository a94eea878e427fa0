import { type DefaultTreeAdapterMap, parse } from 'parse5';
import { isSourcedClaim } from '../../config/claims.ts';
import { editorMessage } from '../content/editorMessages.ts';
import type { OwnInlineCode } from '../security/ownInlineCode.ts';
import { applyWords } from '../contentCheck/scamText.ts';
import { codePointName, hiddenCharacter } from '../links/textSafety.ts';
import { navigationProblem, resourceProblem } from './addresses.ts';
import { checkJsonLd } from './jsonLd.ts';
import { checkVisibleText } from './visibleText.ts';
import type { ReportShipped } from './problem.ts';

/*
 * One built HTML page, parsed by parse5 (the WHATWG HTML algorithm, as a browser parses it) and
 * held to the allowlist: the project's own inline code only, no element that runs code, frames,
 * redirects or sends a form, no request to another origin, links only where the link policy allows,
 * and no sentence marked as the agency's claim unless the claims register gives it a source.
 */

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const svgNamespace = 'http://www.w3.org/2000/svg';

/** Elements no page of this site contains; any of them means something reached the page that should not have. */
const forbiddenElements = new Set([
  // Inside inline SVG (the site draws icons with it): elements that run code, animate an address
  // into a link, or embed other documents.
  'script', 'foreignobject', 'animate', 'set', 'animatemotion', 'animatetransform', 'use', 'image', 'a',
].map((tag) => `svg:${tag}`).concat([
  'base', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal', 'form', 'noscript',
  'template', 'math', 'xmp', 'noembed', 'noframes', 'plaintext',
]));

/** `<link rel>` values that point somewhere without loading it. */
const navigationRels = new Set(['canonical', 'alternate']);

/** Attributes a browser fetches by itself. */
const resourceAttributes = new Set(['src', 'poster', 'data', 'background', 'ping', 'manifest', 'icon']);

/** Attributes a reader follows. */
const navigationAttributes = new Set(['href', 'xlink:href', 'action', 'formaction', 'cite', 'longdesc']);

/** Open Graph and Twitter fields whose value crawlers fetch. */
const metaResourceProperties = /^(og:image|og:image:url|og:image:secure_url|twitter:image|og:url|og:video|og:audio)$/;

/** `pagePath` is the page's URL path (`/cek-keaslian/`): a script file of the site's own is allowed only on its pages. */
export function checkHtmlPage(html: string, own: OwnInlineCode, report: ReportShipped, pagePath = ''): void {
  const document = parse(html);
  walk(document, (element) => checkElement(element, own, report, pagePath), report);
  checkVisibleText(document, report);
}

function walk(node: Node, visit: (element: Element) => void, report: ReportShipped): void {
  if ('tagName' in node) visit(node);
  if (node.nodeName === '#text' && 'value' in node) checkText(node.value, report);
  if ('childNodes' in node) for (const child of node.childNodes) walk(child, visit, report);
}

function checkText(text: string, report: ReportShipped): void {
  const hidden = hiddenCharacter(text);
  if (hidden === undefined) return;
  report(
    editorMessage(
      `teks memuat karakter tak terlihat ${codePointName(hidden)} yang dapat menyamarkan atau membalik tulisan`,
      `the text contains the invisible character ${codePointName(hidden)}, which can disguise or reverse what it says`,
    ),
    hidden,
  );
}

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((candidate) => candidate.name === name)?.value;
}

function textOf(node: Node): string {
  if (node.nodeName === '#text' && 'value' in node) return node.value;
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

function checkElement(element: Element, own: OwnInlineCode, report: ReportShipped, pagePath: string): void {
  const tag = element.tagName;
  const inSvg = element.namespaceURI === svgNamespace && tag !== 'svg';
  if (forbiddenElements.has(inSvg ? `svg:${tag.toLowerCase()}` : tag)) {
    report(
      editorMessage(
        `elemen <${tag}> tidak boleh ada di halaman: elemen ini dapat menjalankan kode, memuat situs lain, atau mengirim data pembaca`,
        `the <${tag}> element must not be on a page: it can run code, load another site or send readers' data`,
      ),
      `<${tag}`,
    );
  }
  if (tag === 'script') checkScript(element, own, report, pagePath);
  if (tag === 'style') checkStyle(element, own, report);
  if (tag === 'meta') checkMeta(element, report);
  for (const { name, value } of element.attrs) checkAttribute(element, name, value, report);
}

function checkScript(element: Element, own: OwnInlineCode, report: ReportShipped, pagePath: string): void {
  const type = attribute(element, 'type')?.trim().toLowerCase();
  const text = textOf(element);
  if (type === 'application/ld+json') {
    checkJsonLd(text, report);
    return;
  }
  if (type === 'application/json') {
    checkDataBlock(text, report);
    return;
  }
  const src = attribute(element, 'src');
  if (src !== undefined) {
    checkScriptFile(element, src, own, report, pagePath);
    return;
  }
  if (!own.scripts.includes(text)) {
    report(
      editorMessage(
        'skrip di halaman ini bukan skrip situs: hanya skrip status pendaftaran dan pemasang service worker yang boleh berjalan',
        "a script on this page is not the site's own: only the registration status script and the service worker's registration may run",
      ),
      evidenceOf(text),
    );
  }
}

/**
 * A `<script src>` must be one of the site's own script files, on one of its pages, with its exact
 * integrity (the CSP allows it by that hash) and deferred as a module, so it never holds up the page.
 */
function checkScriptFile(element: Element, src: string, own: OwnInlineCode, report: ReportShipped, pagePath: string): void {
  const file = own.scriptFiles.find((candidate) => candidate.src === src);
  const fits =
    file !== undefined &&
    file.pages.includes(pagePath) &&
    attribute(element, 'integrity') === file.integrity &&
    attribute(element, 'type') === 'module' &&
    attribute(element, 'async') === undefined &&
    textOf(element).trim() === '';
  if (fits) return;
  report(
    editorMessage(
      `skrip ${src} bukan skrip situs untuk halaman ini: hanya pemeriksa pesan, dengan hash integritasnya, yang boleh dimuat di halaman cek keaslian`,
      `the script ${src} is not the site's own for this page: only the message checker, with its integrity hash, may load, on the check page`,
    ),
    src,
  );
}

/** A JSON data block (the message checker's words and references) runs nothing, but must be JSON. */
function checkDataBlock(text: string, report: ReportShipped): void {
  try {
    JSON.parse(text);
  } catch {
    report(
      editorMessage('blok data JSON di halaman ini tidak dapat dibaca', 'a JSON data block on this page cannot be read'),
      evidenceOf(text),
    );
  }
}

function checkStyle(element: Element, own: OwnInlineCode, report: ReportShipped): void {
  const text = textOf(element);
  if (own.styles.includes(text)) return;
  report(
    editorMessage(
      'gaya <style> di halaman ini bukan lembar gaya situs: gaya lain dapat menyembunyikan peringatan penipuan',
      "a <style> on this page is not the site's stylesheet: other styles can hide the fraud warning",
    ),
    evidenceOf(text),
  );
}

function checkMeta(element: Element, report: ReportShipped): void {
  const httpEquiv = attribute(element, 'http-equiv');
  if (httpEquiv !== undefined) {
    report(
      editorMessage(
        `<meta http-equiv="${httpEquiv}"> tidak boleh ada: elemen ini dapat memindahkan pembaca ke situs lain`,
        `<meta http-equiv="${httpEquiv}"> is not allowed: it can send readers to another site`,
      ),
      attribute(element, 'content') ?? httpEquiv,
    );
  }
  const property = attribute(element, 'property') ?? attribute(element, 'name') ?? '';
  const content = attribute(element, 'content');
  if (content !== undefined && metaResourceProperties.test(property)) {
    const problem = resourceProblem(content);
    if (problem !== undefined) report(problem, content);
  }
}

function checkAttribute(element: Element, rawName: string, value: string, report: ReportShipped): void {
  const name = rawName.toLowerCase();
  const hidden = hiddenCharacter(value);
  if (hidden !== undefined) {
    report(
      editorMessage(
        `atribut ${name} memuat karakter tak terlihat ${codePointName(hidden)}`,
        `the ${name} attribute contains the invisible character ${codePointName(hidden)}`,
      ),
      hidden,
    );
  }
  if (name.startsWith('on')) {
    report(
      editorMessage(`atribut ${name} menjalankan kode dan tidak boleh ada`, `the ${name} attribute runs code and is not allowed`),
      `${name}=`,
    );
  } else if (name === 'data-claim' && !isSourcedClaim(value)) {
    report(
      editorMessage(
        `klaim "${value}" tidak ada di register klaim (src/config/claims.ts) atau belum bersumber: halaman hanya boleh menyatakan kebijakan BPJS Ketenagakerjaan yang tercatat beserta sumbernya`,
        `the claim "${value}" is not in the claims register (src/config/claims.ts) or has no source: a page may state BPJS Ketenagakerjaan's policy only as registered, with its source`,
      ),
      `data-claim="${value}"`,
    );
  } else if (name === 'style' || name === 'srcdoc') {
    report(
      editorMessage(
        `atribut ${name} tidak boleh ada: tampilan halaman diatur oleh lembar gaya situs`,
        `the ${name} attribute is not allowed: the site's stylesheet sets the page's look`,
      ),
      `${name}="${value}"`,
    );
  } else if (name === 'srcset' || name === 'imagesrcset') {
    for (const candidate of value.split(',')) {
      const url = candidate.trim().split(/\s+/)[0] ?? '';
      const problem = resourceProblem(url);
      if (problem !== undefined) report(problem, url);
    }
  } else if (resourceAttributes.has(name) || (element.tagName === 'link' && name === 'href' && !isNavigationLink(element))) {
    const problem = resourceProblem(value);
    if (problem !== undefined) report(problem, value);
  } else if (navigationAttributes.has(name)) {
    const problem = navigationProblem(value, { apply: looksLikeApply(element) });
    if (problem !== undefined) report(problem, value);
  }
}

function isNavigationLink(element: Element): boolean {
  const rels = (attribute(element, 'rel') ?? '').toLowerCase().split(/\s+/);
  return rels.length > 0 && rels.every((rel) => navigationRels.has(rel));
}

/** A link a reader would take for the way to apply: the site's apply button, anything styled as a button, or apply words in it or its sentence's block. */
function looksLikeApply(element: Element): boolean {
  if (element.tagName !== 'a') return false;
  const classes = (attribute(element, 'class') ?? '').toLowerCase();
  if (attribute(element, 'data-apply') !== undefined || classes.includes('button') || applyWords.test(textOf(element))) return true;
  const block = enclosingBlock(element);
  return block !== undefined && applyWords.test(textOf(block));
}

/** The paragraph, list item, table cell or heading a link stands in, as content's Markdown made it. */
function enclosingBlock(element: Element): Element | undefined {
  for (let node = element.parentNode; node !== null && 'tagName' in node; node = node.parentNode) {
    if (/^(p|li|td|th|dd|dt|h[1-6])$/.test(node.tagName)) return node;
  }
  return undefined;
}

/** The first line of an element's text, short enough to find again in a content file. */
function evidenceOf(text: string): string {
  const line = text.trim().split('\n')[0]?.trim() ?? '';
  return line.slice(0, 60);
}
