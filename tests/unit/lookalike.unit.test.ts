import { createRequire } from 'node:module';
import punycode from 'punycode/punycode.js';
import { describe, expect, test } from 'vitest';
import { agencyConfusables } from '../../src/lib/links/confusables.ts';
import {
  agencyNameList,
  hostSkeleton,
  imitatesAgency,
  relevantConfusables,
  type ConfusableTable,
  type LookalikeReason,
} from '../../src/lib/links/lookalike.ts';
import { linkPolicy } from '../../src/lib/links/officialUrl.ts';

/** Unicode's whole TR39 table, as the unhomoglyph package ships it (Node only: the site ships a subset). */
const unicodeConfusables: ConfusableTable = new Map(
  Object.entries(createRequire(import.meta.url)('unhomoglyph/data.json') as Record<string, string>),
);

/** The host as a URL gives it: IDN labels in punycode. */
const ascii = (host: string) => punycode.toASCII(host);

const imitations: [string, string, LookalikeReason][] = [
  ['a Cyrillic а decoded from punycode', ascii('bpjsketenagakerjааn.go.id'), 'punycode'],
  ['a Greek ο in the brand, from punycode', ascii('jamsοstek.com'), 'punycode'],
  ['a punycode host one letter from the name beyond its look-alikes', ascii('bpjsketenаgаkerjn.com'), 'punycode'],
  ['a Cyrillic к (not a TR39 twin of k) in the short brand, from punycode', ascii('bpjstк.com'), 'punycode'],
  ['a punycode host that adds words to the name', ascii('lowongan-bpjsketenagakerjааn.com'), 'punycode'],
  ['a Cyrillic а shown as Unicode', 'bpjsketenagakerjааn.go.id', 'confusable'],
  ['Cyrillic е, р and ѕ shown as Unicode', 'bрjѕkеtenagakerjaan.com', 'confusable'],
  ['an accented letter', 'bpjsketenagakerjáan.com', 'confusable'],
  ['"rn" written for "m"', 'jarnsostek.com', 'confusable'],
  ['the digit 0 written for o', 'jams0stek.com', 'confusable'],
  ['a zero-width space inside the name', 'bpjsketenagakerja\u200Ban.com', 'confusable'],
  ['a word before the name', 'rekrutmen-bpjsketenagakerjaan.com', 'extra-words'],
  ['a hyphen inside the name', 'bpjs-ketenagakerjaan.id', 'extra-words'],
  ['a word after the name', 'bpjsketenagakerjaan-karier.net', 'extra-words'],
  ['a hyphenated name under a subdomain', 'lowongan.bpjs-ketenagakerjaan.org', 'extra-words'],
  ['letters glued to the name under .go.id', 'fakebpjsketenagakerjaan.go.id', 'extra-words'],
  ['a hyphen inside the name under .go.id', 'bpjs-ketenagakerjaan.go.id', 'extra-words'],
  ['a word after the name under .go.id', 'bpjsketenagakerjaan-rekrutmen.go.id', 'extra-words'],
  ['the short brand with a word', 'bpjstk-rekrutmen.com', 'extra-words'],
  ['the short brand with a hyphen', 'bpjs-tk.com', 'extra-words'],
  ['the short brand split by a dot', 'bpjs.tk', 'extra-words'],
  ['the name split by a dot', 'bpjs.ketenagakerjaan.com', 'extra-words'],
  ['the name under .com', 'bpjsketenagakerjaan.com', 'other-tld'],
  ['the name under .co.id', 'bpjsketenagakerjaan.co.id', 'other-tld'],
  ['the name under .id', 'bpjsketenagakerjaan.id', 'other-tld'],
  ['the name as a subdomain of another site', 'bpjsketenagakerjaan.blogspot.com', 'other-tld'],
  ['the brand BPJAMSOSTEK under .id', 'bpjamsostek.id', 'other-tld'],
  ['the former name Jamsostek', 'jamsostek.co.id', 'other-tld'],
  ['full-width letters, folded to the name', 'ｂｐｊｓｋｅｔｅｎａｇａｋｅｒｊａａｎ.com', 'other-tld'],
  ['the official host followed by another domain', 'bpjsketenagakerjaan.go.id.evil.example', 'embedded'],
  ['the official host with hyphens for dots', 'bpjsketenagakerjaan-go-id.example', 'embedded'],
  ['the official host after a word, followed by another domain', 'www-bpjsketenagakerjaan-go-id.info', 'embedded'],
  ['a letter missing, under .go.id', 'bpjsketenagakerjan.go.id', 'near-miss'],
  ['a letter changed', 'bpjsketenegakerjaan.com', 'near-miss'],
  ['two neighbours swapped', 'bpjsketenagakerajan.com', 'near-miss'],
  ['the digit 4 for a (no TR39 twin)', 'bpjsketenagakerja4n.com', 'near-miss'],
  ['two letters missing inside a longer word', 'loker-bpjsketngakerjaan.net', 'near-miss'],
];

const unrelated: [string, string][] = [
  ['the official host', 'bpjsketenagakerjaan.go.id'],
  ['an official subdomain', 'rekrutmen.bpjsketenagakerjaan.go.id'],
  ['an official subdomain in capitals', 'WWW.BPJSKetenagakerjaan.go.id'],
  ['the official host with the root dot', 'bpjsketenagakerjaan.go.id.'],
  [
    'the official host in full-width letters, which a browser visits as itself',
    'ｂｐｊｓｋｅｔｅｎａｇａｋｅｒｊａａｎ.go.id',
  ],
  ['the other BPJS agency', 'bpjs-kesehatan.go.id'],
  ['the other BPJS agency, without a hyphen', 'bpjskesehatan.go.id'],
  ['the ministry of manpower', 'kemnaker.go.id'],
  ['the regulations database', 'peraturan.bpk.go.id'],
  ['a word the name contains', 'ketenagakerjaan.go.id'],
  ['a regional manpower office', 'disnaker.jakartaprov.go.id'],
  ['a host that only shares "bpjs"', 'bpjs.go.id'],
  ['an example host', 'example.com'],
  ['an encyclopaedia', 'wikipedia.org'],
  ['a search engine', 'google.com'],
  ['an unrelated punycode host', ascii('bücher.example')],
  ['a broken punycode label', 'xn--a.example'],
];

describe('imitatesAgency', () => {
  test.each(imitations)('names the trick in %s', (_, host, reason) => {
    expect(imitatesAgency(host, linkPolicy)).toBe(reason);
  });

  test.each(unrelated)('leaves alone %s', (_, host) => {
    expect(imitatesAgency(host, linkPolicy)).toBeUndefined();
  });

  const everyHost: [string, LookalikeReason | undefined][] = [
    ...imitations.map(([, host, reason]): [string, LookalikeReason] => [host, reason]),
    ...unrelated.map(([, host]): [string, undefined] => [host, undefined]),
  ];
  test.each(everyHost)(
    'gives %s the same answer with Unicode’s whole table as with the shipped part',
    (host, reason) => {
      expect(imitatesAgency(host, linkPolicy, unicodeConfusables)).toBe(reason);
    },
  );

  test('reads the names to protect from the policy it is given', () => {
    const agency = { officialHosts: ['example.go.id'], brandNames: [] };
    expect(imitatesAgency('example-login.com', agency)).toBe('extra-words');
    expect(imitatesAgency('bpjsketenagakerjaan.com', agency)).toBeUndefined();
  });
});

describe('hostSkeleton', () => {
  test.each([
    ['Cyrillic letters', 'bрjѕkеtenagakerjааn', 'bpjsketenagakerjaan'],
    ['a Greek omicron', 'jamsοstek', 'jarnsostek'],
    ['"m", which TR39 reads as "rn"', 'm', 'rn'],
    ['the digit 0, which TR39 reads as O', 'jams0stek', 'jarnsostek'],
    ['capitals', 'BPJSTK', 'bpjstk'],
    ['accents', 'bpjsketenagakerjáán', 'bpjsketenagakerjaan'],
    ['full-width letters', 'ｂｐｊｓｔｋ', 'bpjstk'],
    ['a zero-width joiner', 'bpjs\u200Dtk', 'bpjstk'],
    ['dots and hyphens, which it keeps', 'bpjs-tk.go.id', 'bpjs-tk.go.id'],
  ])('sees through %s', (_, text, seen) => {
    expect(hostSkeleton(text)).toBe(seen);
  });
});

describe('the shipped confusables table', () => {
  test('carries TR39 data: Unicode’s whole table maps Cyrillic а to a and m to rn', () => {
    expect(unicodeConfusables.size).toBeGreaterThan(6000);
    expect(unicodeConfusables.get('\u0430')).toBe('a');
    expect(unicodeConfusables.get('m')).toBe('rn');
  });

  // If this fails, run `npx node scripts/confusables.ts`.
  test('is the part of Unicode’s table that can spell the agency’s names', () => {
    expect(agencyConfusables).toEqual(relevantConfusables(unicodeConfusables, agencyNameList(linkPolicy)));
  });

  test('stays small enough for the browser', () => {
    expect(agencyConfusables.size).toBeLessThan(400);
  });
});
