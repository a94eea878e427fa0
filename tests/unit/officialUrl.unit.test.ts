import { describe, expect, test } from 'vitest';
import { isOfficialUrl, linkProblem, officialHosts, officialUrlProblem } from '../../src/lib/officialUrl.ts';

describe('isOfficialUrl', () => {
  test('reads its allowlist from the data file', () => {
    expect(officialHosts).toContain('bpjsketenagakerjaan.go.id');
  });

  test.each([
    'https://rekrutmen.bpjsketenagakerjaan.go.id',
    'https://rekrutmen.bpjsketenagakerjaan.go.id/lowongan?id=1',
    'https://www.bpjsketenagakerjaan.go.id/',
    'https://bpjsketenagakerjaan.go.id',
    'https://REKRUTMEN.BPJSKetenagakerjaan.go.id',
  ])('accepts %s', (url) => {
    expect(isOfficialUrl(url)).toBe(true);
  });

  test.each([
    ['plain http', 'http://rekrutmen.bpjsketenagakerjaan.go.id'],
    ['a look-alike domain', 'https://rekrutmen-bpjsketenagakerjaan.com'],
    ['the official name as a subdomain of another host', 'https://bpjsketenagakerjaan.go.id.example.com'],
    ['a host that only ends with the same letters', 'https://fakebpjsketenagakerjaan.go.id'],
    ['a user name that hides the real host', 'https://bpjsketenagakerjaan.go.id@evil.example'],
    ['a URL shortener', 'https://bit.ly/bpjstk-rekrutmen'],
    ['a javascript: address', 'javascript:alert(1)'],
    ['an unusual port', 'https://rekrutmen.bpjsketenagakerjaan.go.id:8443/'],
    ['text that is not a URL', 'rekrutmen.bpjsketenagakerjaan.go.id'],
  ])('refuses %s', (_, url) => {
    expect(isOfficialUrl(url)).toBe(false);
  });
});

describe('officialUrlProblem', () => {
  test.each([
    ['plain http', 'http://rekrutmen.bpjsketenagakerjaan.go.id', 'not-https'],
    ['a look-alike domain', 'https://rekrutmen-bpjsketenagakerjaan.com', 'look-alike'],
    ['the official name as a subdomain of another host', 'https://bpjsketenagakerjaan.go.id.example.com', 'look-alike'],
    ['a URL shortener', 'https://bit.ly/bpjstk-rekrutmen', 'shortener'],
    ['an unrelated host', 'https://example.com/lowongan', 'not-official'],
    ['a javascript: address hidden behind spaces and capitals', ' JavaScript:alert(1)', 'script-url'],
    ['a user name that hides the real host', 'https://bpjsketenagakerjaan.go.id@evil.example', 'credentials'],
    ['an unusual port', 'https://rekrutmen.bpjsketenagakerjaan.go.id:8443/', 'port'],
    ['text that is not a URL', 'rekrutmen.bpjsketenagakerjaan.go.id', 'not-a-url'],
  ])('says why it refuses %s', (_, url, kind) => {
    expect(officialUrlProblem(url)?.kind).toBe(kind);
  });
});

describe('linkProblem', () => {
  test.each([
    'https://peraturan.bpk.go.id/Details/39268',
    'https://www.bpjsketenagakerjaan.go.id',
    '/lowongan/pelayanan/',
    '#persyaratan',
    'mailto:care@bpjsketenagakerjaan.go.id',
    'data:image/png;base64,iVBORw0KGgo=',
  ])('accepts a link in the text to %s', (url) => {
    expect(linkProblem(url)).toBeUndefined();
  });

  test.each([
    ['a javascript: address', 'javascript:alert(1)', 'script-url'],
    ['an HTML document in a data: address', 'data:text/html,<script>alert(1)</script>', 'script-url'],
    ['plain http', 'http://peraturan.bpk.go.id', 'not-https'],
    ['a look-alike of the official host', 'https://bpjsketenagakerjaan-rekrutmen.id/daftar', 'look-alike'],
    ['a URL shortener', 'https://s.id/loker-bpjs', 'shortener'],
  ])('refuses a link in the text to %s', (_, url, kind) => {
    expect(linkProblem(url)?.kind).toBe(kind);
  });
});
