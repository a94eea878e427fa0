import { describe, expect, test } from 'vitest';
import { addressOfBuiltFile, builtFileOf, requestUrlOf, writtenFileOf } from '../../src/lib/paths/builtFiles.ts';

/*
 * One case per shape of address the site has, each read both ways: as a static host serves it
 * and as Astro requests and writes it.
 */

const origin = 'http://localhost:4321';

describe('an address and its built file', () => {
  test.each([
    ['the home page', '/', 'index.html', 'page'],
    ['a page', '/en/luring/', 'en/luring/index.html', 'page'],
    ['a page in a section', '/en/lowongan/pelayanan/', 'en/lowongan/pelayanan/index.html', 'page'],
    ['a feed', '/lowongan/rss.xml', 'lowongan/rss.xml', 'endpoint'],
    ['a calendar', '/kalender/rekrutmen-2025-kawasan-timur.ics', 'kalender/rekrutmen-2025-kawasan-timur.ics', 'endpoint'],
    ['a share picture', '/og/lowongan-pelayanan.png', 'og/lowongan-pelayanan.png', 'endpoint'],
  ] as const)('%s at %s is the file %s, which Astro requests there and writes', (_shape, address, file, routeType) => {
    expect(builtFileOf(address)).toBe(file);
    expect(addressOfBuiltFile(file)).toBe(address);
    expect(requestUrlOf(address, routeType, origin)).toBe(`${origin}${address}`);
    expect(writtenFileOf(address, routeType)).toBe(file);
  });

  test('a page whose name is not ASCII is the file of its decoded name, requested percent-encoded', () => {
    expect(builtFileOf('/lowongan/kasi%C3%A9r/')).toBe('lowongan/kasiér/index.html');
    expect(writtenFileOf('/lowongan/kasi%C3%A9r/', 'page')).toBe('lowongan/kasiér/index.html');
    expect(addressOfBuiltFile('lowongan/kasiér/index.html')).toBe('/lowongan/kasiér/');
  });

  test('a page Astro lists without its trailing slash is requested with it', () => {
    expect(requestUrlOf('/lowongan/pelayanan', 'page', origin)).toBe(`${origin}/lowongan/pelayanan/`);
  });

  test.each([
    ['the service worker', '/sw.js', 'sw.js'],
    ['the checker’s script', '/_checker/cek-keaslian.0123456789ab.js', '_checker/cek-keaslian.0123456789ab.js'],
  ])('%s at %s is the file %s', (_shape, address, file) => {
    expect(builtFileOf(address)).toBe(file);
    expect(addressOfBuiltFile(file)).toBe(address);
  });

  test('the 404 page is written as 404.html, whether Astro asks for /404 or /404/, and is that file’s own address', () => {
    expect(requestUrlOf('/404', 'page', origin)).toBe(`${origin}/404/`);
    expect(writtenFileOf('/404/', 'page')).toBe('404.html');
    expect(writtenFileOf('/404', 'page')).toBe('404.html');
    expect(addressOfBuiltFile('404.html')).toBe('/404.html');
    expect(builtFileOf('/404.html')).toBe('404.html');
  });

  test('an endpoint without an extension is requested with a trailing slash and written under its name', () => {
    expect(requestUrlOf('/robots', 'endpoint', origin)).toBe(`${origin}/robots/`);
    expect(writtenFileOf('/robots', 'endpoint')).toBe('robots');
  });
});
