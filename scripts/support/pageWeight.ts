import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { parse, type HTMLElement } from 'node-html-parser';
import { addressOfBuiltFile, builtFileOf } from '../../src/lib/paths/builtFiles.ts';

/*
 * What a page costs a reader on a slow link: the bytes of its HTML, of the CSS the browser must have
 * before it paints, of its JavaScript, and every request it makes. The budget test and `npm run bench`
 * both measure with this, so what is asserted is what is reported.
 */

/** One TCP round trip: ten segments of 1,460 bytes (RFC 6928's initial congestion window). */
export const firstRoundTripBytes = 14_600;
export const javaScriptBudgetBytes = 2_048;
/** The message checker's page alone may carry its script: at most this much JavaScript, brotli. */
export const checkerJavaScriptBudgetBrotli = 12_288;
/** "Tiny" for an image: it must not cost a phone on a satellite link a second round trip of its own. */
export const imageBudgetBytes = 10_240;

/** The origin pages are measured as if served from; only its own files may be requested. */
const pageOrigin = 'https://site.invalid';

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

export function sizesOf(bytes: Buffer | string): Sizes {
  const buffer = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
  return {
    raw: buffer.byteLength,
    gzip: gzipSync(buffer, { level: 9 }).byteLength,
    brotli: brotliCompressSync(buffer).byteLength,
  };
}

export type ReferenceKind = 'stylesheet' | 'script' | 'image' | 'font' | 'frame' | 'media' | 'other';

export interface Reference {
  url: string;
  kind: ReferenceKind;
  /** A stylesheet or classic script the browser waits for before it paints. */
  renderBlocking: boolean;
  /** Where it was found, for a readable failure: `<img src>`, `<style> url()`, … */
  from: string;
}

export interface HtmlAnalysis {
  references: Reference[];
  /** Every `<style>` element's text and every `style` attribute, in document order. */
  inlineCss: string[];
  /** Code the browser would run: classic and module scripts, and `on…` handler attributes. */
  inlineJavaScript: string[];
  images: { url: string; width: string | undefined; height: string | undefined }[];
}

/** `<link rel>` values that make the browser fetch something; canonical and alternate do not. */
const fetchingLinkRels = new Set(['stylesheet', 'icon', 'apple-touch-icon', 'manifest', 'preload', 'modulepreload', 'mask-icon']);
const javaScriptTypes = new Set(['', 'module', 'text/javascript', 'application/javascript', 'text/ecmascript', 'application/ecmascript']);
const fontFilePattern = /\.(woff2?|ttf|otf|eot)([?#].*)?$/i;

/** Whether a reference makes no request at all: a fragment, inline data or an empty value. */
function isRequestless(url: string): boolean {
  return url === '' || url.startsWith('#') || /^(data|blob|about|javascript):/i.test(url);
}

/** `url(...)` and `@import` targets in a piece of CSS. */
export function cssUrls(css: string): { url: string; imported: boolean }[] {
  const found: { url: string; imported: boolean }[] = [];
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const match of withoutComments.matchAll(/@import\s+(?:url\(\s*)?(['"]?)([^'")\s;]+)\1/gi)) {
    found.push({ url: match[2] ?? '', imported: true });
  }
  for (const match of withoutComments.matchAll(/url\(\s*(['"]?)(.*?)\1\s*\)/gi)) {
    const url = match[2] ?? '';
    if (!found.some((entry) => entry.imported && entry.url === url)) found.push({ url, imported: false });
  }
  return found.filter(({ url }) => !isRequestless(url.trim()));
}

export function declaresWebFont(css: string): boolean {
  return /@font-face/i.test(css) || cssUrls(css).some(({ url }) => fontFilePattern.test(url));
}

function srcsetUrls(srcset: string | undefined): string[] {
  if (srcset === undefined) return [];
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((url) => url !== '');
}

function attribute(element: HTMLElement, name: string): string | undefined {
  const value = element.getAttribute(name);
  return value === undefined ? undefined : value.trim();
}

/** Every request an HTML document makes by itself, before any script runs. */
export function analyseHtml(html: string): HtmlAnalysis {
  const document = parse(html, { comment: false });
  const references: Reference[] = [];
  const add = (url: string | undefined, kind: ReferenceKind, from: string, renderBlocking = false) => {
    if (url === undefined || isRequestless(url)) return;
    references.push({ url, kind, from, renderBlocking });
  };

  for (const link of document.querySelectorAll('link[href]')) {
    const rels = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (!rels.some((rel) => fetchingLinkRels.has(rel))) continue;
    const href = attribute(link, 'href');
    if (rels.includes('stylesheet')) {
      const media = (link.getAttribute('media') ?? 'all').trim().toLowerCase();
      const blocking = link.getAttribute('disabled') === undefined && media !== 'print';
      add(href, 'stylesheet', '<link rel="stylesheet">', blocking);
    } else if (rels.includes('preload') && link.getAttribute('as') === 'font') {
      add(href, 'font', '<link rel="preload" as="font">');
    } else if (rels.includes('modulepreload') || link.getAttribute('as') === 'script') {
      add(href, 'script', `<link rel="${rels.join(' ')}">`);
    } else {
      add(href, rels.includes('preload') ? 'other' : 'image', `<link rel="${rels.join(' ')}">`);
    }
  }

  const inlineJavaScript: string[] = [];
  for (const script of document.querySelectorAll('script')) {
    const src = attribute(script, 'src');
    const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
    if (!javaScriptTypes.has(type)) continue;
    if (src === undefined) inlineJavaScript.push(script.rawText);
    else {
      const deferred = type === 'module' || script.getAttribute('defer') !== undefined || script.getAttribute('async') !== undefined;
      add(src, 'script', '<script src>', !deferred);
    }
  }

  const images: HtmlAnalysis['images'] = [];
  for (const image of document.querySelectorAll('img, input[type="image"]')) {
    const src = attribute(image, 'src');
    for (const url of [src, ...srcsetUrls(image.getAttribute('srcset'))]) add(url, 'image', `<${image.tagName.toLowerCase()}>`);
    if (src !== undefined && !isRequestless(src)) {
      images.push({ url: src, width: image.getAttribute('width'), height: image.getAttribute('height') });
    }
  }
  for (const source of document.querySelectorAll('source')) {
    add(attribute(source, 'src'), 'media', '<source src>');
    for (const url of srcsetUrls(source.getAttribute('srcset'))) add(url, 'image', '<source srcset>');
  }
  for (const element of document.querySelectorAll('video, audio, track')) {
    add(attribute(element, 'src'), 'media', `<${element.tagName.toLowerCase()} src>`);
    add(attribute(element, 'poster'), 'image', '<video poster>');
  }
  for (const element of document.querySelectorAll('iframe, embed, frame')) {
    add(attribute(element, 'src'), 'frame', `<${element.tagName.toLowerCase()} src>`);
  }
  for (const element of document.querySelectorAll('object')) add(attribute(element, 'data'), 'frame', '<object data>');
  for (const element of document.querySelectorAll('image, use')) {
    add(attribute(element, 'href') ?? attribute(element, 'xlink:href'), 'image', `<svg ${element.tagName.toLowerCase()}>`);
  }

  const inlineCss: string[] = [];
  for (const style of document.querySelectorAll('style')) {
    inlineCss.push(style.rawText);
    for (const { url, imported } of cssUrls(style.rawText)) {
      add(url, imported ? 'stylesheet' : fontFilePattern.test(url) ? 'font' : 'image', imported ? '<style> @import' : '<style> url()', imported);
    }
  }
  for (const element of document.querySelectorAll('*')) {
    for (const [name, value] of Object.entries(element.attributes)) {
      if (name.toLowerCase().startsWith('on')) inlineJavaScript.push(value);
    }
    const style = element.getAttribute('style');
    if (style === undefined) continue;
    inlineCss.push(style);
    for (const { url } of cssUrls(style)) add(url, fontFilePattern.test(url) ? 'font' : 'image', 'style="" url()');
  }

  return { references, inlineCss, inlineJavaScript, images };
}

export interface PageWeight {
  page: string;
  html: Sizes;
  /** HTML plus every render-blocking stylesheet, each compressed as it would be sent. */
  renderCritical: Sizes;
  /** HTML plus every file it requests from its own origin. */
  total: Sizes;
  /** The HTML and each distinct file it requests, including any on other origins. */
  requests: number;
  blockingStylesheets: string[];
  /** Script files the parser stops for: neither a module nor `defer`/`async`. */
  blockingScripts: string[];
  crossOrigin: Reference[];
  /** Same-origin files the page asks for that the build does not hold. */
  missing: string[];
  webFonts: string[];
  javaScriptBytes: number;
  /** Inline scripts as one text plus each script file, each compressed as it would be sent. */
  javaScript: Sizes;
  images: { url: string; bytes: number; width: string | undefined; height: string | undefined }[];
}

function plus(a: Sizes, b: Sizes): Sizes {
  return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli };
}

/** The file under `root` that a same-origin URL path names, or undefined when the build lacks it. */
function fileOf(root: string, pathname: string): string | undefined {
  const path = join(root, builtFileOf(pathname));
  return existsSync(path) && statSync(path).isFile() ? path : undefined;
}

/** Measures one HTML page of a build (`page` relative to `root`, e.g. `en/tentang/index.html`). */
export function measurePage(root: string, page: string): PageWeight {
  const htmlBytes = readFileSync(join(root, page));
  const analysis = analyseHtml(htmlBytes.toString('utf8'));
  const pageUrl = new URL(addressOfBuiltFile(page), pageOrigin);
  const html = sizesOf(htmlBytes);

  const crossOrigin: Reference[] = [];
  const missing: string[] = [];
  const webFonts: string[] = analysis.inlineCss.some(declaresWebFont) ? ['@font-face or font file in inline CSS'] : [];
  const seen = new Set<string>();
  const blockingStylesheets: string[] = [];
  const blockingScripts: string[] = [];
  let renderCritical = html;
  let total = html;
  let javaScriptBytes = analysis.inlineJavaScript.reduce((sum, code) => sum + Buffer.byteLength(code), 0);
  let javaScript = analysis.inlineJavaScript.length === 0 ? sizesOf('') : sizesOf(analysis.inlineJavaScript.join(''));
  const imageBytes = new Map<string, number>();

  const visit = (reference: Reference, base: URL) => {
    const url = new URL(reference.url, base);
    if (url.origin !== pageOrigin) {
      crossOrigin.push({ ...reference, url: url.href });
      return;
    }
    if (reference.kind === 'font' || fontFilePattern.test(url.pathname)) webFonts.push(url.pathname);
    if (seen.has(url.pathname)) return;
    seen.add(url.pathname);
    const file = fileOf(root, url.pathname);
    if (file === undefined) {
      missing.push(url.pathname);
      return;
    }
    const bytes = readFileSync(file);
    const sizes = sizesOf(bytes);
    total = plus(total, sizes);
    if (reference.kind === 'script') {
      javaScriptBytes += bytes.byteLength;
      javaScript = plus(javaScript, sizes);
      if (reference.renderBlocking) blockingScripts.push(url.pathname);
    }
    if (reference.kind === 'image') imageBytes.set(url.pathname, bytes.byteLength);
    if (reference.kind === 'stylesheet') {
      if (reference.renderBlocking) {
        renderCritical = plus(renderCritical, sizes);
        blockingStylesheets.push(url.pathname);
      }
      const css = bytes.toString('utf8');
      if (declaresWebFont(css)) webFonts.push(`@font-face or font file in ${url.pathname}`);
      for (const nested of cssUrls(css)) {
        const kind: ReferenceKind = nested.imported ? 'stylesheet' : fontFilePattern.test(nested.url) ? 'font' : 'image';
        visit({ url: nested.url, kind, renderBlocking: reference.renderBlocking && nested.imported, from: `${url.pathname} url()` }, url);
      }
    }
  };
  for (const reference of analysis.references) visit(reference, pageUrl);

  return {
    page,
    html,
    renderCritical,
    total,
    requests: 1 + seen.size + new Set(crossOrigin.map(({ url }) => url)).size,
    blockingStylesheets,
    blockingScripts,
    crossOrigin,
    missing,
    webFonts,
    javaScriptBytes,
    javaScript,
    images: analysis.images.map((image) => {
      const url = new URL(image.url, pageUrl);
      return { ...image, url: url.href, bytes: imageBytes.get(url.pathname) ?? 0 };
    }),
  };
}
