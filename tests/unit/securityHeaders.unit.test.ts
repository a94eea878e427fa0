import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import {
  contentSecurityPolicy,
  hashSource,
  headersFile,
  nginxSnippet,
  parseHeadersFile,
  securityHeaders,
} from '../../src/lib/security/headers.ts';
import { ownInlineCode } from '../../src/lib/security/ownInlineCode.ts';
import { registrationScript } from '../../src/browser/registrationStatus.ts';
import { workerRegistrationScript } from '../../src/browser/workerRegistration.ts';

describe('hashSource', () => {
  test('is the base64 SHA-256 of the exact text, as CSP expects', () => {
    const expected = createHash('sha256').update('alert(1)').digest('base64');
    expect(hashSource('alert(1)')).toBe(`'sha256-${expected}'`);
  });
});

describe('contentSecurityPolicy', () => {
  const scriptFile = { src: '/_checker/x.js', code: 'c()', integrity: 'sha256-x', pages: ['/cek-keaslian/'] };
  const csp = contentSecurityPolicy({ scripts: ['a()', 'a()'], styles: ['b{}'], scriptFiles: [scriptFile] });

  test('allows inline code by hash only, once per distinct text', () => {
    expect(csp).toContain(`script-src ${[hashSource('a()'), hashSource('c()')].sort().join(' ')};`);
    expect(csp).toContain(`style-src ${hashSource('b{}')};`);
    expect(csp).not.toContain('unsafe-inline');
  });

  test('allows a worker and the worker\'s fetches from this site only', () => {
    expect(csp).toContain("worker-src 'self';");
    expect(csp).toContain("connect-src 'self';");
  });

  test('denies everything else, framing included', () => {
    for (const directive of ["default-src 'none'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'"]) {
      expect(csp).toContain(directive);
    }
  });

  test("says 'none' for scripts when a site has none", () => {
    expect(contentSecurityPolicy({ scripts: [], styles: [], scriptFiles: [] })).toContain("script-src 'none'");
  });
});

describe('header files', () => {
  const headers = securityHeaders("default-src 'none'");

  test('_headers reads back as the same headers', () => {
    expect(parseHeadersFile(headersFile(headers))).toEqual(headers);
  });

  test('the nginx snippet sends every header, on errors too', () => {
    const snippet = nginxSnippet(headers);
    for (const [name, value] of headers) expect(snippet).toContain(`add_header ${name} "${value}" always;`);
    expect(snippet).toContain('error_page 404 /404.html;');
  });

  test('caches the hashed script files for a year, on nginx as in _headers', () => {
    expect(headersFile(headers)).toMatch(/\/_checker\/\*\n {2}Cache-Control: public, max-age=31536000, immutable/);
    expect(nginxSnippet(headers)).toMatch(/location \/_checker\/ \{[^}]*max-age=31536000/);
  });

  test('has the service worker revalidated at every update check, on nginx as in _headers', () => {
    expect(headersFile(headers)).toMatch(/\/sw\.js\n {2}Cache-Control: no-cache\n/);
    expect(nginxSnippet(headers)).toMatch(/location = \/sw\.js \{[^}]*add_header Content-Security-Policy[^}]*Cache-Control "no-cache"/);
  });
});

describe('ownInlineCode', () => {
  test('is the status script, the worker registration and the minified site stylesheet, read from the sources', () => {
    const { scripts, styles } = ownInlineCode();
    expect(scripts).toEqual([registrationScript, workerRegistrationScript]);
    expect(styles).toHaveLength(1);
    expect(styles[0]).toContain('box-sizing:border-box');
    expect(styles[0]).not.toContain('/*');
  });
});

describe('the message checker\'s script file', () => {
  const [file] = ownInlineCode().scriptFiles;

  test('is built from the sources, named by its hash, with that hash as its integrity and in the CSP', () => {
    expect(file?.src).toMatch(/^\/_checker\/cek-keaslian\.[0-9a-f]{12}\.js$/);
    const digest = createHash('sha256').update(file?.code ?? '').digest();
    expect(file?.integrity).toBe(`sha256-${digest.toString('base64')}`);
    expect(file?.src).toContain(digest.toString('hex').slice(0, 12));
    expect(contentSecurityPolicy(ownInlineCode())).toContain(`'${file?.integrity}'`);
  });

  test('is allowed on the check page in each language only', () => {
    expect(file?.pages).toEqual(['/cek-keaslian/', '/en/cek-keaslian/']);
  });
});
