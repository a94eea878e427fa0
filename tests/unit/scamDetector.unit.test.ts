import { describe, expect, test } from 'vitest';
import { detectSignals, overallVerdict, scamPolicy, signalReasons, signalVerdicts } from '../../src/lib/scamDetector/index.ts';
import { detectorWords } from '../../src/lib/scamDetector/words.ts';

const published = [{ reference: 'PENG/012/REK/2025', path: '/pengumuman/hasil/' }];

/** Each signal as [kind, text, value, verdict, reason]. */
const read = (text: string) =>
  detectSignals(text, { published }).map(({ kind, text: written, value, verdict, reason }) => [kind, written, value, verdict, reason]);

const verdictOf = (text: string) => overallVerdict(detectSignals(text, { published })).verdict;

describe('web addresses', () => {
  test.each([
    ['*https://rekrutmen.bpjsketenagakerjaan.go.id*', 'https://rekrutmen.bpjsketenagakerjaan.go.id', 'rekrutmen.bpjsketenagakerjaan.go.id', 'official', 'official'],
    ['_rekrutmen.bpjsketenagakerjaan.go.id_', 'rekrutmen.bpjsketenagakerjaan.go.id', 'rekrutmen.bpjsketenagakerjaan.go.id', 'official', 'official'],
    ['Bit.Ly/abc', 'Bit.Ly/abc', 'bit.ly', 'shortener', 'shortener'],
    ['~ｂｉｔ．ｌｙ/abc~', 'ｂｉｔ．ｌｙ/abc', 'bit.ly', 'shortener', 'shortener'],
    ['Rekrutmen-Bpjstk.Com/x', 'Rekrutmen-Bpjstk.Com/x', 'rekrutmen-bpjstk.com', 'lookalike', 'lookalike-extra-words'],
    ['rekrutmen-bpjstk\u3002com', 'rekrutmen-bpjstk\u3002com', 'rekrutmen-bpjstk.com', 'lookalike', 'lookalike-extra-words'],
    ['bpjs%2Dtk.com', 'bpjs%2Dtk.com', 'bpjs-tk.com', 'lookalike', 'lookalike-extra-words'],
    ['bpjsketenagakerj\u0430an.go.id', 'bpjsketenagakerj\u0430an.go.id', 'xn--bpjsketenagakerjan-6wo.go.id', 'lookalike', 'lookalike-confusable'],
    ['rekrutmen.bpjsketenagakerjaan.go.id.', 'rekrutmen.bpjsketenagakerjaan.go.id', 'rekrutmen.bpjsketenagakerjaan.go.id', 'official', 'official'],
    ['http://bpjsketenagakerjaan.go.id', 'http://bpjsketenagakerjaan.go.id', 'bpjsketenagakerjaan.go.id', 'insecure', 'insecure'],
    ['192.168.10.2/login', '192.168.10.2/login', '192.168.10.2', 'unofficial', 'ip-address'],
    ['https://bpjsketenagakerjaan.go.id@evil.example', 'https://bpjsketenagakerjaan.go.id@evil.example', 'evil.example', 'unofficial', 'hidden-host'],
    ['bpjsketenagakerjaan.go.id@evil.example/login', 'bpjsketenagakerjaan.go.id@evil.example/login', 'evil.example', 'unofficial', 'hidden-host'],
    ['loker-terbaru.net/bpjs', 'loker-terbaru.net/bpjs', 'loker-terbaru.net', 'unofficial', 'not-official'],
  ])('%s is read as %s, %s, %s', (message, text, value, verdict, reason) => {
    expect(read(message)).toEqual([['web', text, value, verdict, reason]]);
  });

  test('the agency’s verified Instagram and X accounts are official, as confirmed channels', () => {
    expect(read('instagram.com/bpjs.ketenagakerjaan dan https://x.com/BPJSTKINFO')).toEqual([
      ['web', 'instagram.com/bpjs.ketenagakerjaan', 'instagram.com', 'official', 'confirmed-channel'],
      ['web', 'https://x.com/BPJSTKINFO', 'x.com', 'official', 'confirmed-channel'],
    ]);
  });

  test('another Instagram account is not official', () => {
    expect(read('instagram.com/bpjs.lowongan')).toEqual([['web', 'instagram.com/bpjs.lowongan', 'instagram.com', 'unofficial', 'not-official']]);
  });

  test('every confirmed channel names its source and date', () => {
    for (const channel of scamPolicy.confirmedChannels) {
      expect(channel.source).toMatch(/^https:\/\//);
      expect(channel.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  test.each(['Selamat.Anda lolos', 'Jadwal 8/9/2025 pukul 10.00 WIB', 's.d. besok, dll.', 'x'.repeat(5000)])('finds no address in "%s"', (message) => {
    expect(read(message).filter(([kind]) => kind === 'web')).toEqual([]);
  });
});

describe('e-mail addresses', () => {
  test.each([
    ['rekrutmen.bpjs@gmail.com', 'rekrutmen.bpjs@gmail.com', 'unofficial', 'free-mail'],
    ['panitia@rekrutmen-kerja.com', 'panitia@rekrutmen-kerja.com', 'unofficial', 'unofficial-email'],
    ['Rekrutmen@BPJSKetenagakerjaan.go.id', 'rekrutmen@bpjsketenagakerjaan.go.id', 'official', 'official'],
    ['hrd@bpjs-tk.com', 'hrd@bpjs-tk.com', 'lookalike', 'lookalike-extra-words'],
  ])('%s is %s, %s', (message, value, verdict, reason) => {
    expect(read(`(${message}).`)).toEqual([['email', message, value, verdict, reason]]);
  });
});

describe('phone numbers', () => {
  test.each([
    ['0812-3456-7890', '+6281234567890'],
    ['+62 812 3456 7890', '+6281234567890'],
    ['6281234567890', '+6281234567890'],
    ['0812.3456.7890', '+6281234567890'],
    ['０８１２３４５６７８９０', '+6281234567890'],
    ['(021) 555-1234', '+62215551234'],
    ['+62 21 5551234', '+62215551234'],
    ['0274 512345', '+62274512345'],
  ])('%s is the unknown number %s', (number, value) => {
    expect(read(`Hubungi WA ${number} segera`)).toEqual([['phone', number, value, 'unknown', 'unknown-number']]);
  });

  test.each(['W.A. 0812 3456 7890', 'WhatsApp: 081234567890', 'WA 0812-3456-7890'])('finds the number after "%s"', (message) => {
    expect(read(message).map(([kind, , value]) => [kind, value])).toEqual([['phone', '+6281234567890']]);
  });

  test('full-width digits are normalised', () => {
    expect(read('WA ０８１２-３４５６-７８９０').map(([, , value]) => value)).toEqual(['+6281234567890']);
    expect(read('１２３')).toEqual([]);
  });

  test.each(['Nomor 12345678901234', 'Rp 300.000', '8/9/2025 pukul 10.00', 'kode 0812', '+1 202 555 0100'])('"%s" holds no Indonesian number', (message) => {
    expect(read(message).filter(([kind]) => kind === 'phone')).toEqual([]);
  });

  test('a WhatsApp link is an unofficial address and, inside it, an unknown number', () => {
    expect(read('wa.me/6281234567890')).toEqual([
      ['web', 'wa.me/6281234567890', 'wa.me', 'unofficial', 'whatsapp'],
      ['phone', '6281234567890', '+6281234567890', 'unknown', 'unknown-number'],
    ]);
  });
});

describe('payees', () => {
  test.each([
    ['Transfer ke BNI 0123456789 sekarang', 'BNI 0123456789', 'BNI 0123456789', 'payee-bank'],
    ['Kirim ke rekening 123-456-7890 a.n. Budi', 'rekening 123-456-7890', 'rekening 1234567890', 'payee-account'],
    ['Kirim DANA ke 081234567890', 'DANA ke 081234567890', 'DANA 081234567890', 'payee-ewallet'],
    ['GoPay 0812 3456 7890', 'GoPay 0812 3456 7890', 'GoPay 081234567890', 'payee-ewallet'],
  ])('"%s" names the payee "%s"', (message, text, value, reason) => {
    expect(read(message).filter(([kind]) => kind === 'payee')).toEqual([['payee', text, value, 'request', reason]]);
  });

  test('an account word does not reach into the next clause or an address', () => {
    expect(read('ke rekening panitia, hubungi wa.me/6281234567890').map(([kind, text]) => [kind, text])).toEqual([
      ['web', 'wa.me/6281234567890'],
      ['phone', '6281234567890'],
    ]);
  });

  test('an e-wallet number is a payee, not a phone number', () => {
    expect(read('OVO 081234567890').map(([kind]) => kind)).toEqual(['payee']);
  });

  test('"dana" in lower case is the word for funds, not the e-wallet', () => {
    expect(read('Dana bantuan 081234567890').map(([kind]) => kind)).toEqual(['phone']);
  });
});

describe('requests for money, codes and installs', () => {
  test('the fee before a login on the real portal is a scam, not official', () => {
    const message = 'Biaya pendaftaran Rp 300.000 wajib dibayar sebelum login di https://rekrutmen.bpjsketenagakerjaan.go.id';
    expect(read(message)).toEqual([
      ['money', 'Biaya pendaftaran', 'biaya pendaftaran', 'request', 'money-request'],
      ['money', 'Rp 300.000', 'Rp300.000', 'request', 'money-request'],
      ['money', 'dibayar', 'dibayar', 'request', 'money-request'],
      ['web', 'https://rekrutmen.bpjsketenagakerjaan.go.id', 'rekrutmen.bpjsketenagakerjaan.go.id', 'official', 'official'],
    ]);
    expect(overallVerdict(detectSignals(message))).toEqual({ verdict: 'scam', reasons: ['asks-money'] });
  });

  test.each([
    ['Kirimkan kode OTP yang masuk ke ponsel Anda', 'code', 'kode OTP'],
    ['Masukkan PIN Anda', 'code', 'PIN'],
    ['Sebutkan kode verifikasi', 'code', 'kode verifikasi'],
    ['Silakan instal aplikasi berikut', 'install', 'instal'],
    ['Unduh aplikasi undangan', 'install', 'Unduh aplikasi'],
    ['Buka Surat-Undangan.apk', 'install', 'Surat-Undangan.apk'],
    ['Ada jalur khusus', 'promise', 'jalur khusus'],
    ['Masuk tanpa tes', 'promise', 'tanpa tes'],
    ['Anda dijamin lulus', 'promise', 'dijamin lulus'],
    ['Segera transfer uangnya', 'money', 'transfer'],
    ['Tiket pesawat dibayar peserta', 'money', 'dibayar'],
  ])('"%s" holds a %s signal, "%s"', (message, kind, text) => {
    expect(read(message).filter(([found]) => found === kind).map(([, written]) => written)).toContain(text);
  });

  test('the span of each signal is exact', () => {
    const message = 'Halo!\n*Bayar* Rp 300.000 ke BRI 1234567890 lalu kirim OTP, cek Bit.Ly/abc atau WA 0812-3456-7890.';
    const signals = detectSignals(message);
    expect(signals.length).toBeGreaterThan(4);
    for (const signal of signals) expect(message.slice(signal.start, signal.end)).toBe(signal.text);
    expect(signals.map(({ text }) => text)).toEqual(['Bayar', 'Rp 300.000', 'BRI 1234567890', 'OTP', 'Bit.Ly/abc', '0812-3456-7890']);
  });

  test.each([
    'Seluruh tahapan rekrutmen tidak dipungut biaya.',
    'Jangan membayar siapa pun.',
    'Pendaftaran tanpa biaya.',
    'Jangan berikan kode OTP kepada siapa pun.',
    'Jangan instal aplikasi dari tautan yang tidak dikenal.',
    'Rincian biaya program Jaminan Hari Tua ada di halaman ini.',
    'Gaji Rp 5.000.000 per bulan.',
  ])('"%s" asks for nothing', (message) => {
    expect(read(message)).toEqual([]);
    expect(verdictOf(message)).toBe('no-known-sign');
  });

  test('two weak money words without an amount or a payment word ask for nothing', () => {
    expect(read('Biaya tiket ditanggung panitia.')).toEqual([]);
  });

  test('a weak money word counts when its sentence also names an amount', () => {
    expect(read('Biaya akomodasi Rp 750.000.').map(([kind, text]) => [kind, text])).toEqual([
      ['money', 'Biaya'],
      ['money', 'akomodasi'],
      ['money', 'Rp 750.000'],
    ]);
  });
});

describe('reference numbers', () => {
  test.each([
    ['PENG/012/REK/2025', 'PENG/012/REK/2025', 'reference-found'],
    ['peng / 012 / rek / 2025.', 'peng / 012 / rek / 2025', 'reference-found'],
    ['PENG/099/REK/2025', 'PENG/099/REK/2025', 'reference-unknown'],
  ])('%s is %s', (message, text, verdict) => {
    expect(read(message)).toEqual([['reference', text, text.replace(/\s/g, '').toUpperCase(), verdict, verdict]]);
  });

  test('a found reference carries its announcement’s page', () => {
    expect(detectSignals('PENG/012/REK/2025', { published })[0]?.path).toBe('/pengumuman/hasil/');
  });
});

describe('what a message asks, read in context', () => {
  test.each([
    'Petugas tidak pernah meminta kode OTP, PIN, atau password Anda.',
    'Jangan membagikan kode One Time Password (OTP) kepada siapa pun.',
    'Kode verifikasi JMO Anda 000000. Jangan beri tahu siapa pun kode ini.',
    'Kami tidak pernah mengirim file .apk lewat WhatsApp.',
    'Isi nomor rekening Anda agar bantuan segera ditransfer.',
    'Hak menarik Rp 21 juta dari Badan Penyelenggara Jaminan Sosial.',
  ])('"%s" asks for nothing', (message) => {
    expect(read(message).filter(([kind]) => ['money', 'code', 'install'].includes(kind as string))).toEqual([]);
  });

  test.each([
    ['Sebutkan kode yang masuk ke SMS.', 'Sebutkan kode'],
    ['Tolong kirim kode 6 angka itu ke saya.', 'kirim kode'],
    ['Kode OTP Anda 123456, kirimkan ke nomor ini.', 'Kode OTP'],
  ])('"%s" asks for a code: "%s"', (message, text) => {
    expect(read(message).filter(([kind]) => kind === 'code').map(([, written]) => written)).toEqual([text]);
  });

  test('a fee is still asked for beside a promised payment', () => {
    expect(read('Bantuan ditransfer setelah Anda membayar biaya administrasi Rp 150.000.').map(([kind, text]) => [kind, text])).toEqual([
      ['money', 'membayar'],
      ['money', 'biaya administrasi'],
      ['money', 'Rp 150.000'],
    ]);
  });

  test('a verified account written as plain text is official; another account is nothing', () => {
    expect(read('Ikuti @bpjstkinfo dan @bpjs.ketenagakerjaan, bukan @bpjstkinfo_official.')).toEqual([
      ['web', '@bpjstkinfo', '@bpjstkinfo', 'official', 'confirmed-channel'],
      ['web', '@bpjs.ketenagakerjaan', '@bpjs.ketenagakerjaan', 'official', 'confirmed-channel'],
    ]);
  });

  test('a reference may start with its number, and a date is no reference', () => {
    expect(read('Nomor 000/PENG-SDM/IX/2025, tanggal 8/9/2025.')).toEqual([
      ['reference', '000/PENG-SDM/IX/2025', '000/PENG-SDM/IX/2025', 'reference-unknown', 'reference-unknown'],
    ]);
  });
});

describe('the overall verdict', () => {
  test.each([
    ['Kirim kode OTP Anda', 'scam'],
    ['Instal Undangan.apk', 'scam'],
    ['Daftar di bpjs-tk.com', 'scam'],
    ['Transfer ke BRI 1234567890', 'scam'],
    ['Hubungi 0812-3456-7890', 'caution'],
    ['Klik bit.ly/abc', 'caution'],
    ['Cek loker-terbaru.net', 'caution'],
    ['Nomor PENG/099/REK/2025', 'caution'],
    ['Ada jalur khusus', 'scam'],
    ['Login: https://rekrutmen.bpjsketenagakerjaan.go.id@evil.example', 'scam'],
    ['Daftar di *https://rekrutmen.bpjsketenagakerjaan.go.id*', 'official'],
    ['Ikuti @bpjstkinfo', 'official'],
    ['Daftar di rekrutmen.bpjsketenagakerjaan.go.id, biaya Rp 50.000 dibayar di tempat', 'scam'],
    ['Daftar di rekrutmen.bpjsketenagakerjaan.go.id atau hubungi 0812-3456-7890', 'caution'],
    ['Selamat pagi', 'no-known-sign'],
  ])('"%s" is %s', (message, verdict) => {
    expect(verdictOf(message)).toBe(verdict);
  });

  test('lists its reasons worst first', () => {
    expect(overallVerdict(detectSignals('Hubungi 0812-3456-7890, klik bit.ly/x, bayar Rp 50.000')).reasons).toEqual([
      'asks-money',
      'shortener',
      'unknown-number',
    ]);
  });
});

describe('the words', () => {
  test('every verdict and reason has words in both languages', () => {
    for (const words of [detectorWords.id, detectorWords.en]) {
      for (const verdict of signalVerdicts) expect(words.verdict[verdict]).not.toBe('');
      for (const reason of signalReasons) expect(words.reason[reason]).not.toBe('');
    }
  });

  test('Indonesian says "surel", not "e-mail"', () => {
    const sentences = Object.values(detectorWords.id).flatMap((group) => Object.values(group));
    expect(sentences.join(' ')).toMatch(/surel/);
    expect(sentences.join(' ')).not.toMatch(/e-?mail/i);
  });

  test('"no known sign" sends the reader to the official portal instead of reading as an all-clear', () => {
    expect(detectorWords.id.overall['no-known-sign']).toMatch(/portal rekrutmen resmi/);
    expect(detectorWords.en.overall['no-known-sign']).toMatch(/official recruitment portal/);
  });
});
