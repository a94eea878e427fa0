import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import {
  contentSecurityPolicy,
  hashSource,
  headersFile,
  nginxSnippet,
  parseHeadersFile,
  securityHeaders,
} from '../../src/lib/securityHeaders.ts';
import { ownInlineCode } from '../../src/lib/ownInlineCode.ts';
import { registrationScript } from '../../src/lib/registrationScript.ts';

describe('hashSource', () => {
  test('is the base64 SHA-256 of the exact text, as CSP expects', () => {
    const expected = createHash('sha256').update('alert(1)').digest('base64');
    expect(hashSource('alert(1)')).toBe(`'sha256-${expected}'`);
  });
});

describe('contentSecurityPolicy', () => {
  const csp = contentSecurityPolicy({ scripts: ['a()', 'a()'], styles: ['b{}'] });

  test('allows inline code by hash only, once per distinct text', () => {
    expect(csp).toContain(`script-src ${hashSource('a()')};`);
    expect(csp).toContain(`style-src ${hashSource('b{}')};`);
    expect(csp).not.toContain('unsafe-inline');
  });

  test('denies everything else, framing included', () => {
    for (const directive of ["default-src 'none'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'"]) {
      expect(csp).toContain(directive);
    }
  });

  test("says 'none' for scripts when a site has none", () => {
    expect(contentSecurityPolicy({ scripts: [], styles: [] })).toContain("script-src 'none'");
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
});

describe('ownInlineCode', () => {
  test('is the status script and the minified site stylesheet, read from the sources', () => {
    const { scripts, styles } = ownInlineCode();
    expect(scripts).toEqual([registrationScript]);
    expect(styles).toHaveLength(1);
    expect(styles[0]).toContain('box-sizing:border-box');
    expect(styles[0]).not.toContain('/*');
  });
});
