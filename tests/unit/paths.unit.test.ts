import { describe, expect, test } from 'vitest';
import {
  localeParam,
  localizedPath,
  routes,
  splitLocalePath,
  switchLocalePath,
} from '../../src/lib/paths/routes.ts';

describe('localizedPath', () => {
  test('leaves Indonesian paths without a prefix', () => {
    expect(localizedPath('id', routes.position('pelayanan'))).toBe('/lowongan/pelayanan/');
  });

  test('prefixes English paths with /en', () => {
    expect(localizedPath('en', routes.programme('jkk'))).toBe('/en/program/jkk/');
  });

  test('puts a region page under /lowongan/wilayah/ in each language', () => {
    expect(localizedPath('id', routes.region('kalimantan-timur'))).toBe('/lowongan/wilayah/kalimantan-timur/');
    expect(localizedPath('en', routes.region('papua'))).toBe('/en/lowongan/wilayah/papua/');
  });

  test('gives the English home as /en/', () => {
    expect(localizedPath('en', routes.home())).toBe('/en/');
  });

  test('adds the leading slash a relative path lacks', () => {
    expect(localizedPath('en', 'tentang/')).toBe('/en/tentang/');
  });
});

describe('switchLocalePath', () => {
  test.each([
    ['/', 'en', '/en/'],
    ['/en/', 'id', '/'],
    ['/lowongan/pelayanan/', 'en', '/en/lowongan/pelayanan/'],
    ['/en/lowongan/pelayanan/', 'id', '/lowongan/pelayanan/'],
    ['/lowongan/wilayah/bali/', 'en', '/en/lowongan/wilayah/bali/'],
    ['/en/program/jkk/', 'en', '/en/program/jkk/'],
    ['/tentang/', 'id', '/tentang/'],
  ] as const)('switches %s to %s as %s', (from, to, expected) => {
    expect(switchLocalePath(from, to)).toBe(expected);
  });

  test('does not mistake a path that merely starts with "en" for English', () => {
    expect(splitLocalePath('/entri/')).toEqual({ locale: 'id', path: '/entri/' });
  });
});

describe('route parameters', () => {
  test('omits the parameter for Indonesian and names it for English', () => {
    expect(localeParam('id')).toBeUndefined();
    expect(localeParam('en')).toBe('en');
  });
});
