import { describe, expect, test } from 'vitest';
import { claimText } from '../../src/config/claims.ts';
import { dictionaries } from '../../src/i18n/translate.ts';
import {
  checkMessage,
  checkWholeMessage,
  headline,
  maxScanned,
  type Finding,
  type HeadlineWords,
  type PublishedReference,
} from '../../src/lib/messageCheck/findings.ts';
import { detectorWords } from '../../src/lib/scamDetector/words.ts';

const published: PublishedReference[] = [
  { reference: 'PENG/012/REK/2025', path: '/pengumuman/hasil-seleksi-administrasi/' },
  { reference: 'PENG/013/REK/2025' },
];

/** The one finding in a message, as [text, verdict, reason]. */
const only = (message: string) => checkMessage(message, published).map(({ text, verdict, reason }) => [text, verdict, reason]);

describe('checkMessage on one address', () => {
  test.each([
    // Official hosts and their subdomains, over https or bare.
    ['https://bpjsketenagakerjaan.go.id', 'official', 'official'],
    ['https://rekrutmen.bpjsketenagakerjaan.go.id/lowongan', 'official', 'official'],
    ['rekrutmen.bpjsketenagakerjaan.go.id', 'official', 'official'],
    ['www.bpjsketenagakerjaan.go.id/id/', 'official', 'official'],
    ['HTTPS://BPJSKETENAGAKERJAAN.GO.ID', 'official', 'official'],
    // Plain http to an official host.
    ['http://bpjsketenagakerjaan.go.id', 'insecure', 'insecure'],
    ['http://rekrutmen.bpjsketenagakerjaan.go.id/daftar', 'insecure', 'insecure'],
    // Look-alikes, by trick.
    ['https://xn--bpjsketenagakerjan-g2m.go.id', 'lookalike', 'lookalike-punycode'],
    ['https://bpjsketenagakerj\u0430an.go.id', 'lookalike', 'lookalike-confusable'],
    ['bpjsketenagakerj\u0430an.go.id/daftar', 'lookalike', 'lookalike-confusable'],
    ['https://rekrutmen-bpjsketenagakerjaan.com', 'lookalike', 'lookalike-extra-words'],
    ['bpjs-ketenagakerjaan.id', 'lookalike', 'lookalike-extra-words'],
    ['bpjs-tk.com', 'lookalike', 'lookalike-extra-words'],
    ['https://bpjsketenagakerjaan.com', 'lookalike', 'lookalike-other-tld'],
    ['bpjsketenagakerjaan.co.id', 'lookalike', 'lookalike-other-tld'],
    ['https://bpjsketenagakerjaan.go.id.daftar-kerja.xyz', 'lookalike', 'lookalike-embedded'],
    ['bpjsketenagakerjan.go.id', 'lookalike', 'lookalike-near-miss'],
    ['http://rekrutmen-bpjstk.com', 'lookalike', 'lookalike-extra-words'],
    // Shorteners.
    ['bit.ly/rekrutmen-bpjs', 'shortener', 'shortener'],
    ['https://s.id/loker2025', 'shortener', 'shortener'],
    ['tinyurl.com/abc123', 'shortener', 'shortener'],
    ['BIT.LY/ABC', 'shortener', 'shortener'],
    // Free mail and other unofficial places.
    // Numbers are unknown, never accused: the sender may be anyone.
    ['0812-3456-7890', 'unknown', 'unknown-number'],
    ['+62 812 3456 7890', 'unknown', 'unknown-number'],
    ['rekrutmen.bpjs@gmail.com', 'unofficial', 'free-mail'],
    ['hrd.bpjstk@yahoo.co.id', 'unofficial', 'free-mail'],
    ['panitia@rekrutmen-kerja.com', 'unofficial', 'unofficial-email'],
    ['rekrutmen@bpjsketenagakerjaan.go.id', 'official', 'official'],
    ['rekrutmen@bpjs-ketenagakerjaan.com', 'lookalike', 'lookalike-extra-words'],
    ['https://bpjsketenagakerjaan.go.id@evil.example', 'unofficial', 'hidden-host'],
    ['https://bpjsketenagakerjaan.go.id:8443/', 'unofficial', 'unusual-port'],
    ['https://lowongan-kerja.example.com', 'unofficial', 'not-official'],
    ['loker-terbaru.net/bpjs', 'unofficial', 'not-official'],
    // Reference numbers.
    ['PENG/012/REK/2025', 'reference-found', 'reference-found'],
    ['peng/012/rek/2025', 'reference-found', 'reference-found'],
    ['PENG / 013 / REK / 2025', 'reference-found', 'reference-found'],
    ['PENG/099/REK/2025', 'reference-unknown', 'reference-unknown'],
  ] as const)('%s is %s (%s)', (message, verdict, reason) => {
    expect(only(message)).toEqual([[message, verdict, reason]]);
  });
});

describe('checkMessage on a WhatsApp link', () => {
  test.each(['wa.me/6281234567890', 'https://api.whatsapp.com/send?phone=6281234567890'])('%s is unofficial and opens an unknown number', (message) => {
    expect(only(message)).toEqual([
      [message, 'unofficial', 'whatsapp'],
      ['6281234567890', 'unknown', 'unknown-number'],
    ]);
  });
});

describe('checkMessage on text that holds no address and asks for nothing', () => {
  test.each([
    'Selamat, Anda lolos seleksi administrasi.',
    'Selamat.Anda lolos',
    'Uang saku Rp.500.000 per hari s.d. besok, dll.',
    'Jadwal 8/9/2025 pukul 10.00 WIB',
    'Nomor 12345678901234 bukan nomor WhatsApp',
    '',
  ])('finds nothing in "%s"', (message) => {
    expect(checkMessage(message, published)).toEqual([]);
  });
});

describe('checkMessage on a whole message', () => {
  const message =
    'Selamat, Anda lolos! Transfer biaya tiket ke rekening panitia, hubungi wa.me/6281234567890 atau klik bit.ly/bpjs-lolos. ' +
    'Info: https://rekrutmen.bpjsketenagakerjaan.go.id, (bpjs-tk.com) dan rekrutmen.bpjs@gmail.com. Nomor: PENG/012/REK/2025.';

  test('lists every finding once, in the order they appear, without the sentence punctuation around them', () => {
    expect(checkMessage(message, published).map(({ text }) => text)).toEqual([
      'Transfer',
      'biaya',
      'tiket',
      'rekening',
      'wa.me/6281234567890',
      '6281234567890',
      'bit.ly/bpjs-lolos',
      'https://rekrutmen.bpjsketenagakerjaan.go.id',
      'bpjs-tk.com',
      'rekrutmen.bpjs@gmail.com',
      'PENG/012/REK/2025',
    ]);
  });

  test('gives a found reference the path of its announcement', () => {
    expect(checkMessage(message, published).at(-1)).toEqual<Finding>({
      kind: 'reference',
      text: 'PENG/012/REK/2025',
      verdict: 'reference-found',
      reason: 'reference-found',
      path: '/pengumuman/hasil-seleksi-administrasi/',
    });
  });

  test('lists an address that appears twice once', () => {
    expect(checkMessage('bit.ly/x lalu bit.ly/x lagi')).toHaveLength(1);
  });

  test('keeps a closing bracket that belongs to the address', () => {
    expect(checkMessage('https://bpjsketenagakerjaan.go.id/a_(b)').map(({ text }) => text)).toEqual(['https://bpjsketenagakerjaan.go.id/a_(b)']);
  });

  test('calls a fee before the real portal a scam, not official', () => {
    const { findings, overall } = checkWholeMessage('Biaya pendaftaran Rp 300.000 wajib dibayar sebelum login di https://rekrutmen.bpjsketenagakerjaan.go.id');
    expect(findings.map(({ verdict }) => verdict)).toEqual(['request', 'request', 'request', 'official']);
    expect(overall.verdict).toBe('scam');
  });

  test('knows no reference when no announcement is published', () => {
    expect(checkMessage('PENG/012/REK/2025', []).map(({ verdict }) => verdict)).toEqual(['reference-unknown']);
  });
});

describe('the overall verdict in plain words', () => {
  const id = dictionaries.id;
  const words: HeadlineWords = {
    overall: detectorWords.id.overall,
    label: { scam: id['check.headline.scam'], caution: id['check.headline.caution'] },
    thisMessage: id['check.headline.thisMessage'],
    because: { ...detectorWords.id.because, 'asks-money': 'meminta uang', shortener: 'memuat tautan pendek', 'unknown-number': 'memuat nomor tidak dikenal' },
    and: id['check.headline.and'],
  };
  const headlineOf = (message: string) => headline(checkWholeMessage(message).overall, words);

  test.each([
    ['Bayar Rp 300.000 sekarang', 'Penipuan: pesan ini meminta uang.'],
    ['Bayar Rp 50.000 lewat bit.ly/x', 'Penipuan: pesan ini meminta uang dan memuat tautan pendek.'],
    ['Bayar Rp 50.000, klik bit.ly/x, hubungi 0812-3456-7890', 'Penipuan: pesan ini meminta uang, memuat tautan pendek, dan memuat nomor tidak dikenal.'],
    ['Hubungi 0812-3456-7890', 'Waspada: pesan ini memuat nomor tidak dikenal.'],
  ])('"%s" reads "%s"', (message, words) => {
    expect(headlineOf(message)).toBe(words);
  });

  test('never calls a message official when it asks for money beside the official portal', () => {
    expect(headlineOf('Biaya pendaftaran Rp 300.000 dibayar di https://rekrutmen.bpjsketenagakerjaan.go.id')).toMatch(/^Penipuan: /);
  });

  test('calls a message with nothing found no all-clear, and sends the reader to the portal', () => {
    expect(headlineOf('Selamat pagi')).toBe(detectorWords.id.overall['no-known-sign']);
    expect(headlineOf('Selamat pagi')).toMatch(/portal rekrutmen resmi/);
  });

  test('calls the official portal alone official, still sending the reader to the portal', () => {
    expect(headlineOf('https://rekrutmen.bpjsketenagakerjaan.go.id')).toBe(detectorWords.id.overall.official);
    expect(headlineOf('https://rekrutmen.bpjsketenagakerjaan.go.id')).toMatch(/^Resmi: .*portal rekrutmen resmi/);
  });
});

describe('what to do about each finding', () => {
  test('tells the reader not to pay, not to share a code, not to install, and not to trust a look-alike', () => {
    const { findings } = checkWholeMessage('Transfer ke BRI 1234567890, kirim OTP, instal Undangan.apk, buka bpjs-tk.com, lihat loker-kerja.com, hubungi 0812-3456-7890');
    expect(findings.map(({ text, advice }) => [text, advice])).toEqual([
      ['Transfer', 'pay'],
      ['BRI 1234567890', 'pay'],
      ['OTP', 'code'],
      ['instal', 'install'],
      ['Undangan.apk', 'install'],
      ['bpjs-tk.com', 'lookalike'],
      ['loker-kerja.com', 'address'],
      ['0812-3456-7890', undefined],
    ]);
  });

  test('the advice not to pay is the agency’s own, from the claims register', () => {
    expect(claimText('fraud-warning', 'id')).toMatch(/Jangan membayar siapa pun/);
  });

  test('every piece of advice has words in both languages, free of jargon', () => {
    for (const locale of ['id', 'en'] as const) {
      for (const advice of ['code', 'install', 'promise', 'lookalike', 'address'] as const) {
        expect(dictionaries[locale][`check.advice.${advice}`]).not.toBe('');
      }
    }
    expect(Object.values(detectorWords.id.reason).join(' ')).not.toMatch(/akhiran|punycode|port\b/i);
  });
});

describe('a very long message', () => {
  test('is read up to its first 100,000 characters, and says so', () => {
    const long = `${'a '.repeat(maxScanned / 2)}bit.ly/tersembunyi`;
    const check = checkWholeMessage(long);
    expect(check.truncated).toBe(true);
    expect(check.findings).toEqual([]);
    expect(checkWholeMessage('bit.ly/x').truncated).toBe(false);
  });
});
