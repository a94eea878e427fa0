import { describe, expect, test } from 'vitest';
import { sanitizeContentHtml } from '../../src/lib/content/sanitizer.ts';

describe('sanitizeContentHtml', () => {
  test.each([
    ['a script', '<p>a</p><script>alert(1)</script>', '<p>a</p>'],
    ['a script inside <pre>', '<pre>\n<script>alert(1)</script>\n</pre>', '<pre>\n</pre>'],
    ['a script after a comment closed with --!>', '<!-- x --!> <script>alert(2)</script><p>b</p>', ' <p>b</p>'],
    ['a script inside <noscript>', '<noscript><p><script>alert(1)</script></p></noscript><p>c</p>', '<p>c</p>'],
    ['a style element', '<style>.fraud-warning{display:none}</style><p>d</p>', '<p>d</p>'],
    ['a style attribute', '<p style="display:none">e</p>', '<p>e</p>'],
    ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example"><p>f</p>', '<p>f</p>'],
    ['a base element', '<base href="https://evil.example/"><p>g</p>', '<p>g</p>'],
    ['an iframe', '<iframe src="https://evil.example"></iframe><p>h</p>', '<p>h</p>'],
    ['a form', '<form action="https://evil.example"><p>Bayar</p></form>', '<p>Bayar</p>'],
    ['an SVG with a script', '<svg onload="alert(1)"><script>alert(1)</script></svg><p>i</p>', '<p>i</p>'],
    ['an event handler', '<img src="/x.png" onerror="alert(1)" alt="x">', '<img src="/x.png" alt="x">'],
    ['a javascript: link', '<a href="javascript:alert(1)">x</a>', '<a>x</a>'],
    ['an entity-encoded javascript: link', '<a href="jav&#x09;ascript:alert(1)">x</a>', '<a>x</a>'],
    ['a protocol-relative link', '<a href="//evil.example">x</a>', '<a>x</a>'],
    ['a backslash link', '<a href="/\\evil.example">x</a>', '<a>x</a>'],
    ['an http link', '<a href="http://evil.example">x</a>', '<a>x</a>'],
    ['a data: link', '<a href="data:text/html,x">x</a>', '<a>x</a>'],
    ['a remote image', '<p><img src="https://evil.example/p.png" alt="p"></p>', '<p></p>'],
    ['a protocol-relative image', '<p><img src="//evil.example/p.png" alt="p"></p>', '<p></p>'],
    ['apply-button styling', '<a class="button" data-apply href="https://rekrutmen.bpjsketenagakerjaan.go.id/">Daftar</a>', '<a href="https://rekrutmen.bpjsketenagakerjaan.go.id/">Daftar</a>'],
    ['a comment', '<!-- hidden --><p>j</p>', '<p>j</p>'],
  ])('removes %s', (_name, html, expected) => {
    expect(sanitizeContentHtml(html)).toBe(expected);
  });

  test.each([
    ['a paragraph with emphasis', '<p><em>a</em> <strong>b</strong> <del>c</del></p>'],
    ['an https link', '<p><a href="https://peraturan.bpk.go.id/Details/1">UU 24/2011</a></p>'],
    ['a mailto link', '<p><a href="mailto:rekrutmen@bpjsketenagakerjaan.go.id">surel</a></p>'],
    ['a path on the site', '<p><a href="/lowongan/pelayanan/#status">status</a></p>'],
    ['a table', '<table>\n<thead>\n<tr>\n<th>a</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n</tr>\n</tbody>\n</table>'],
    ['code that shows a tag as text', '<pre><code>&#x3C;script>alert(1)&#x3C;/script></code></pre>'],
    ['a heading with its id', '<h2 id="persyaratan">Persyaratan</h2>'],
    ['an image from the site', '<p><img src="/logo.png" alt="Logo"></p>'],
  ])('keeps %s', (_name, html) => {
    expect(sanitizeContentHtml(html)).toBe(html);
  });
});
