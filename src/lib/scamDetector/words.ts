import type { OverallReason, OverallVerdict, SignalReason, SignalVerdict } from './index.ts';

/*
 * The detector's words, Indonesian first; English says the same. They say what a signal is, never
 * the agency's policy (that is the claims register's, src/config/claims.ts). Kept apart from
 * index.ts so the page's script, which gets its words from the page, does not bundle them.
 */

export interface DetectorWords {
  verdict: Readonly<Record<SignalVerdict, string>>;
  reason: Readonly<Record<SignalReason, string>>;
  overall: Readonly<Record<OverallVerdict, string>>;
  because: Readonly<Record<OverallReason, string>>;
}

export const id = {
  verdict: {
    official: 'Resmi',
    lookalike: 'Tiruan',
    shortener: 'Tautan pendek',
    insecure: 'Tidak aman (http)',
    unofficial: 'Tidak resmi',
    confirmed: 'Nomor terkonfirmasi',
    unknown: 'Nomor tidak dikenal',
    request: 'Permintaan',
    promise: 'Janji kelulusan',
    'reference-found': 'Pengumuman resmi',
    'reference-unknown': 'Nomor tidak dikenal',
  },
  reason: {
    official: 'Alamat ini berada pada nama domain yang sama dengan kanal resmi di halaman ini.',
    'confirmed-channel': 'Akun media sosial BPJS Ketenagakerjaan yang terverifikasi.',
    insecure: 'Alamat BPJS Ketenagakerjaan, tetapi melalui http: yang tidak aman. Bukalah dengan https://.',
    shortener: 'Tautan pendek menyembunyikan alamat tujuannya. Jangan membukanya; daftarlah hanya melalui alamat resmi.',
    'lookalike-punycode': 'Alamat ini ditulis dengan kode khusus (diawali xn--) untuk meniru nama BPJS Ketenagakerjaan. Ini bukan alamat resmi.',
    'lookalike-confusable':
      'Alamat ini meniru nama BPJS Ketenagakerjaan dengan huruf yang tampak serupa, misalnya huruf Sirilik. Ini bukan alamat resmi.',
    'lookalike-extra-words': 'Alamat ini memakai nama BPJS Ketenagakerjaan dengan kata atau tanda hubung tambahan. Ini bukan alamat resmi.',
    'lookalike-other-tld': 'Alamat ini memakai nama BPJS Ketenagakerjaan, tetapi bagian belakangnya berbeda dari alamat resmi. Ini bukan alamat resmi.',
    'lookalike-embedded':
      'Alamat resmi disisipkan di dalam alamat lain; tujuan sebenarnya ada di bagian akhirnya. Ini bukan alamat resmi.',
    'lookalike-near-miss':
      'Alamat ini mirip nama BPJS Ketenagakerjaan, tetapi ada huruf yang diubah, dihilangkan, atau ditambahkan. Ini bukan alamat resmi.',
    whatsapp: 'Tautan WhatsApp menuju nomor ponsel, yang tidak termasuk kanal resmi di halaman ini.',
    'free-mail':
      'Alamat surel pada layanan tanpa biaya, seperti Gmail atau Yahoo, yang dapat dibuat oleh siapa saja. Alamat ini tidak termasuk kanal resmi di halaman ini.',
    'unofficial-email': 'Alamat surel ini tidak termasuk kanal resmi di halaman ini.',
    'hidden-host': 'Alamat ini menaruh nama resmi sebelum tanda @ sehingga tujuan sebenarnya adalah situs lain. Ini bukan alamat resmi.',
    'unusual-port': 'Alamat ini memuat tambahan titik dua dan angka (:…) yang tidak ada pada alamat resmi.',
    'ip-address': 'Alamat ini berupa deretan angka (alamat IP), bukan nama situs. Alamat ini tidak termasuk kanal resmi di halaman ini.',
    'not-official': 'Alamat ini tidak termasuk kanal resmi di halaman ini.',
    'unknown-number': 'Nomor telepon ini tidak termasuk kanal resmi di halaman ini. Pastikan melalui portal resmi sebelum menanggapinya.',
    'payee-bank': 'Nomor rekening bank tujuan pembayaran.',
    'payee-ewallet': 'Nomor dompet digital tujuan pembayaran.',
    'payee-account': 'Nomor rekening tujuan pembayaran.',
    'money-request': 'Permintaan uang.',
    'code-request': 'Permintaan kode rahasia, seperti OTP, PIN, atau kata sandi.',
    'install-request': 'Permintaan memasang aplikasi.',
    'apk-file': 'Berkas aplikasi Android (.apk) dari luar toko aplikasi.',
    promise: 'Janji kelulusan atau jalur khusus.',
    'reference-found': 'Nomor ini tercantum dalam pengumuman resmi di situs ini.',
    'reference-unknown': 'Nomor ini tidak ditemukan di antara pengumuman resmi. Pastikan melalui portal resmi sebelum menanggapinya.',
  },
  overall: {
    scam: 'Penipuan: pesan ini meminta uang, kode, atau pemasangan aplikasi, atau memuat alamat tiruan.',
    caution: 'Waspada: pesan ini memuat alamat atau nomor yang tidak dapat dipastikan.',
    'no-known-sign': 'Tidak ada tanda penipuan yang dikenali. Tetap periksa informasinya di portal rekrutmen resmi.',
    official:
      'Resmi: pesan ini hanya memuat alamat atau akun resmi BPJS Ketenagakerjaan dan tidak meminta apa pun. Tetap periksa informasinya di portal rekrutmen resmi.',
  },
  because: {
    'asks-money': 'Meminta uang',
    'asks-code': 'Meminta kode rahasia',
    'asks-install': 'Meminta memasang aplikasi',
    lookalike: 'Memuat alamat tiruan',
    promise: 'Menjanjikan kelulusan',
    shortener: 'Memuat tautan pendek',
    'unofficial-address': 'Memuat alamat tidak resmi',
    insecure: 'Memuat alamat tanpa https',
    'unknown-number': 'Memuat nomor tidak dikenal',
    'unknown-reference': 'Memuat nomor pengumuman yang tidak dikenal',
  },
} as const satisfies DetectorWords;

export const en = {
  verdict: {
    official: 'Official',
    lookalike: 'Look-alike',
    shortener: 'Short link',
    insecure: 'Not secure (http)',
    unofficial: 'Not official',
    confirmed: 'Confirmed number',
    unknown: 'Unknown number',
    request: 'Request',
    promise: 'Promise of success',
    'reference-found': 'Official announcement',
    'reference-unknown': 'Unknown number',
  },
  reason: {
    official: 'This address is under the same domain name as the official channels on this page.',
    'confirmed-channel': 'A verified social media account of BPJS Ketenagakerjaan.',
    insecure: 'A BPJS Ketenagakerjaan address, but over insecure http:. Open it with https:// instead.',
    shortener: 'A short link hides where it leads. Do not open it; apply only through the official address.',
    'lookalike-punycode': 'Written in a special code (starting with xn--), this address imitates the BPJS Ketenagakerjaan name. It is not official.',
    'lookalike-confusable':
      'This address imitates the BPJS Ketenagakerjaan name with characters that look alike, such as Cyrillic letters. It is not official.',
    'lookalike-extra-words': 'This address adds words or hyphens to the BPJS Ketenagakerjaan name. It is not official.',
    'lookalike-other-tld': 'This address uses the BPJS Ketenagakerjaan name, but ends differently from the official address. It is not official.',
    'lookalike-embedded': 'The official address is placed inside another one; the real destination is at its end. It is not official.',
    'lookalike-near-miss':
      'This address resembles the BPJS Ketenagakerjaan name, but with a letter changed, missing or added. It is not official.',
    whatsapp: 'A WhatsApp link to a mobile number, which is not among the official channels on this page.',
    'free-mail':
      'An e-mail address on a free service such as Gmail or Yahoo, which anyone can open. It is not among the official channels on this page.',
    'unofficial-email': 'This e-mail address is not among the official channels on this page.',
    'hidden-host': 'This address puts the official name before an @, so it really leads to another site. It is not official.',
    'unusual-port': 'This address adds a colon and a number (:…) that official addresses do not have.',
    'ip-address': 'This address is a row of numbers (an IP address), not a site name. It is not among the official channels on this page.',
    'not-official': 'This address is not among the official channels on this page.',
    'unknown-number': 'This phone number is not among the official channels on this page. Check on the official portal before you reply.',
    'payee-bank': 'A bank account number to pay into.',
    'payee-ewallet': 'An e-wallet number to pay into.',
    'payee-account': 'An account number to pay into.',
    'money-request': 'A request for money.',
    'code-request': 'A request for a secret code, such as an OTP, PIN or password.',
    'install-request': 'A request to install an app.',
    'apk-file': 'An Android app file (.apk) from outside the app store.',
    promise: 'A promise of success or a special route.',
    'reference-found': 'This number is in an official announcement on this site.',
    'reference-unknown': 'This number is not among the official announcements. Check on the official portal before you reply.',
  },
  overall: {
    scam: 'Scam: this message asks for money, a code or an app install, or holds a look-alike address.',
    caution: 'Caution: this message holds addresses or numbers that cannot be confirmed.',
    'no-known-sign': 'No known sign of fraud found. Still check the information on the official recruitment portal.',
    official:
      'Official: this message holds only addresses or accounts of BPJS Ketenagakerjaan and asks for nothing. Still check the information on the official recruitment portal.',
  },
  because: {
    'asks-money': 'Asks for money',
    'asks-code': 'Asks for a secret code',
    'asks-install': 'Asks to install an app',
    lookalike: 'Holds a look-alike address',
    promise: 'Promises success',
    shortener: 'Holds a short link',
    'unofficial-address': 'Holds an unofficial address',
    insecure: 'Holds an address without https',
    'unknown-number': 'Holds an unknown number',
    'unknown-reference': 'Holds an unknown announcement number',
  },
} as const satisfies DetectorWords;

export const detectorWords = { id, en } as const;
