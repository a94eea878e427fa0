import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { analyseHtml, cssUrls, declaresWebFont, measurePage, sizesOf } from '../../scripts/support/pageWeight.ts';

const urlsOf = (html: string) => analyseHtml(html).references.map(({ url, kind }) => `${kind} ${url}`);

describe('analyseHtml', () => {
  test('finds what links, scripts and images request, but not canonical or alternate links', () => {
    const html = `<head>
      <link rel="canonical" href="https://example.org/"><link rel="alternate" hreflang="en" href="/en/">
      <link rel="icon" href="/favicon.svg"><link rel="stylesheet" href="/a.css">
      <script src="/a.js"></script></head>
      <body><img src="/i.png" srcset="/i2.png 2x"><picture><source srcset="/i.webp"></picture></body>`;
    expect(urlsOf(html)).toEqual(['image /favicon.svg', 'stylesheet /a.css', 'script /a.js', 'image /i.png', 'image /i2.png', 'image /i.webp']);
  });

  test('treats a print stylesheet as not blocking the first paint', () => {
    const { references } = analyseHtml('<link rel="stylesheet" href="/p.css" media="print"><link rel="stylesheet" href="/s.css">');
    expect(references.map(({ url, renderBlocking }) => [url, renderBlocking])).toEqual([
      ['/p.css', false],
      ['/s.css', true],
    ]);
  });

  test('finds url() and @import in style elements and style attributes', () => {
    const html = `<style>@import url("/more.css"); body { background: url(/bg.png) }</style><p style="background:url('//cdn.example/x.png')">`;
    expect(urlsOf(html)).toEqual(['stylesheet /more.css', 'image /bg.png', 'image //cdn.example/x.png']);
  });

  test('ignores fragments and inline data, which make no request', () => {
    expect(urlsOf('<svg><use href="#icon"></use></svg><img src="data:image/png;base64,AAAA" width="1" height="1">')).toEqual([]);
  });

  test('counts scripts and event handlers as JavaScript, but not JSON-LD', () => {
    const html = '<script>a()</script><script type="module">b()</script><script type="application/ld+json">{"x":1}</script><button onclick="c()">';
    expect(analyseHtml(html).inlineJavaScript).toEqual(['a()', 'b()', 'c()']);
  });
});

describe('web fonts and CSS URLs', () => {
  test('spots @font-face and font files, and passes system fonts', () => {
    expect(declaresWebFont('@font-face { font-family: X; src: local(X) }')).toBe(true);
    expect(declaresWebFont('.x { background: url(/f.woff2) }')).toBe(true);
    expect(declaresWebFont('body { font-family: system-ui, sans-serif }')).toBe(false);
  });

  test('reads URLs without their quotes and skips those in comments', () => {
    expect(cssUrls(`/* url(/old.png) */ a { b: url( "/new.png" ) }`)).toEqual([{ url: '/new.png', imported: false }]);
  });
});

describe('measurePage', () => {
  const root = mkdtempSync(join(tmpdir(), 'page-weight-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const css = 'body { color: #111; margin: 0 } '.repeat(20);
  mkdirSync(join(root, 'en'));
  writeFileSync(join(root, 'site.css'), css);
  writeFileSync(join(root, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(
    join(root, 'en', 'index.html'),
    `<!doctype html><html><head><link rel="stylesheet" href="../site.css"><link rel="icon" href="/favicon.svg">
    <script src="https://cdn.example/x.js"></script></head><body><img src="/gone.png"></body></html>`,
  );
  const weight = measurePage(root, 'en/index.html');

  test('adds each render-blocking stylesheet, compressed on its own, to the HTML', () => {
    expect(weight.blockingStylesheets).toEqual(['/site.css']);
    expect(weight.renderCritical.brotli).toBe(weight.html.brotli + sizesOf(css).brotli);
  });

  test('reports requests to another origin and files the build lacks', () => {
    expect(weight.crossOrigin.map(({ url }) => url)).toEqual(['https://cdn.example/x.js']);
    expect(weight.missing).toEqual(['/gone.png']);
  });

  test('counts the HTML and each file it requests', () => {
    expect(weight.requests).toBe(5);
  });

  test('notices an image without its width and height', () => {
    expect(weight.images).toEqual([{ url: 'https://site.invalid/gone.png', bytes: 0, width: undefined, height: undefined }]);
  });
});
