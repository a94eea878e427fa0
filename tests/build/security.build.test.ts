import { HtmlValidate } from 'html-validate';
import { parse } from 'node-html-parser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { isOfficialUrl } from '../../src/lib/links/officialUrl.ts';
import { ownInlineCode } from '../../src/lib/security/ownInlineCode.ts';
import { hashSource, parseHeadersFile } from '../../src/lib/security/headers.ts';
import { verifySite } from '../../src/lib/outputCheck/verifySite.ts';
import { inlineCodeOf } from '../support/inlineCode.ts';
import { htmlPages, isStandInPage, projectRoot, readPage, siteDir, urlPathOf } from '../support/sites.ts';

const root = siteDir('open');
const pages = htmlPages(root);
const headers = new Map(parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8')));
const csp = headers.get('Content-Security-Policy') ?? '';
const directive = (name: string) => csp.split('; ').find((part) => part.startsWith(`${name} `))?.split(' ').slice(1) ?? [];
const validator = new HtmlValidate(JSON.parse(readFileSync(join(projectRoot, '.htmlvalidate.json'), 'utf8')));

describe('_headers', () => {
  test('sends a strict Content-Security-Policy', () => {
    expect(directive('default-src')).toEqual(["'none'"]);
    expect(directive('frame-ancestors')).toEqual(["'none'"]);
    expect(directive('base-uri')).toEqual(["'none'"]);
    expect(directive('form-action')).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });

  test('asks browsers to use https for a year or more, subdomains included', () => {
    const hsts = headers.get('Strict-Transport-Security') ?? '';
    expect(Number(/max-age=(\d+)/.exec(hsts)?.[1])).toBeGreaterThanOrEqual(31_536_000);
    expect(hsts).toContain('includeSubDomains');
  });

  test('sends the other protective headers', () => {
    expect(headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
    expect(headers.get('Permissions-Policy')).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
  });

  test('hashes exactly the project\'s own scripts and stylesheet, computed from the sources', () => {
    const own = ownInlineCode();
    expect(directive('script-src')).toEqual([...own.scripts, ...own.scriptFiles.map(({ code }) => code)].map(hashSource).sort());
    expect(directive('style-src')).toEqual(own.styles.map(hashSource));
  });

  test('caches hashed assets for a year', () => {
    expect(readFileSync(join(root, '_headers'), 'utf8')).toMatch(/\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable/);
    expect(readFileSync(join(root, '_headers'), 'utf8')).toMatch(/\/_checker\/\*\n {2}Cache-Control: public, max-age=31536000, immutable/);
  });

  test('ships the message checker\'s script byte for byte as built from the sources, under its hashed name', () => {
    for (const { src, code } of ownInlineCode().scriptFiles) expect(readFileSync(join(root, src), 'utf8')).toBe(code);
  });
});

describe('the output check', () => {
  test('finds every built page, feed and calendar within the allowlist', () => {
    expect(verifySite(root, ownInlineCode())).toEqual([]);
  });
});

describe.each(pages)('%s', (page) => {
  const html = readPage(root, page);
  const document = parse(html);

  test('carries exactly the project\'s own inline script and stylesheet, and its script file only where it belongs, read by an HTML5 parser', () => {
    const own = ownInlineCode();
    const { scripts, styles, scriptFiles } = inlineCodeOf(html);
    expect(styles).toEqual(own.styles);
    // The 404 and offline pages run nothing: they have no status to correct, and no worker to install.
    expect(scripts).toEqual(isStandInPage(page) ? [] : own.scripts);
    const expectedFiles = own.scriptFiles
      .filter(({ pages }) => pages.includes(urlPathOf(page)))
      .map(({ src, integrity }) => ({ type: 'module', src, integrity }));
    expect(scriptFiles).toEqual(expectedFiles);
    expect(document.querySelectorAll('[style]')).toHaveLength(0);
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });

  test('links out only over https, shielding the referrer from non-official sites', () => {
    for (const link of document.querySelectorAll('a[href]')) {
      const href = link.getAttribute('href') ?? '';
      if (!/^[a-z]+:/i.test(href)) continue;
      expect(href, href).toMatch(/^https:\/\//);
      if (!isOfficialUrl(href)) expect(link.getAttribute('rel')?.split(' ').sort(), href).toEqual(['noopener', 'noreferrer']);
    }
  });

  test('opens no new window without noopener', () => {
    for (const link of document.querySelectorAll('a[target="_blank"]')) expect(link.getAttribute('rel')).toContain('noopener');
  });

  test('is valid HTML by html-validate', async () => {
    const report = await validator.validateString(html, page);
    expect(report.results.flatMap((result) => result.messages.map((message) => `${message.ruleId}: ${message.message}`))).toEqual([]);
  });
});
