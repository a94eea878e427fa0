import { describe, expect, test } from 'vitest';
import { isOfficialUrl, officialHosts } from '../../src/lib/officialUrl.ts';

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
