import type { HistoryGap } from './content/freshness.ts';
import { officialHosts, type UrlProblem } from './links/officialUrl.ts';
import type { CampaignPhase } from './recruitment/campaignPhase.ts';
import type { PositionFact } from './recruitment/positionFacts.ts';

/*
 * Every message the checks give editors, in one catalogue (as Astro keeps its errors in one
 * errors-data file): the content check, the content schemas, the check of the built site and the
 * editors' npm commands. Indonesian is the source; the English dictionary must give every key with
 * the same parameters, or the type check fails (as with the UI dictionaries in src/i18n/ui.ts).
 * Editors read both, Indonesian first, in the terminal and the dev overlay. Plain strings only:
 * the build's worker, which checks the built files, loads no schema library to write a sentence.
 */

type Bilingual = { id: string; en: string };

/** A message for editors: plain Indonesian, then the same in English. Only this file joins them. */
function editorMessage(indonesian: string, english: string): string {
  return `${indonesian} / ${english}`;
}

const officialHostsIndonesian = officialHosts.map((host) => `${host} dan subdomainnya`).join(', ');
const officialHostsEnglish = officialHosts.map((host) => `${host} and its subdomains`).join(', ');

/** What to tell an editor about a bad address, as a sentence in each language, for messages that add words around it. */
export function urlProblemText(problem: UrlProblem): { id: string; en: string } {
  switch (problem.kind) {
    case 'not-a-url':
      return {
        id: 'harus berupa alamat web lengkap yang diawali https://',
        en: 'must be a full web address starting with https://',
      };
    case 'script-url':
      return {
        id: `alamat ${problem.scheme} dapat menjalankan kode dan tidak diizinkan`,
        en: `${problem.scheme} addresses can run code and are not allowed`,
      };
    case 'not-https':
      return {
        id: `harus diawali https:// (bukan ${problem.scheme}//)`,
        en: `must start with https:// (not ${problem.scheme}//)`,
      };
    case 'credentials':
      return {
        id: 'tidak boleh memuat nama pengguna atau "@" sebelum nama situs; cara itu dipakai untuk menyamarkan tujuan tautan',
        en: 'must not contain a user name or "@" before the host; that trick hides where a link really goes',
      };
    case 'port':
      return {
        id: 'tidak boleh memuat nomor port (misalnya ":8443")',
        en: 'must not contain a port number (such as ":8443")',
      };
    case 'shortener':
      return {
        id: `${problem.host} adalah layanan pemendek tautan yang menyembunyikan tujuannya; tulis alamat lengkapnya`,
        en: `${problem.host} is a link shortener that hides where the link goes; write the full address`,
      };
    case 'protocol-relative':
      return {
        id: 'alamat yang diawali // atau \\ mengarah ke situs lain; tulis alamat lengkap yang diawali https://, atau jalur di situs ini yang diawali satu /',
        en: 'an address starting with // or \\ leads to another site; write the full address starting with https://, or a path on this site starting with a single /',
      };
    case 'scheme-not-allowed':
      return {
        id: `tautan hanya boleh diawali https://, mailto:, atau tel: (bukan ${problem.scheme})`,
        en: `links may start only with https://, mailto: or tel: (not ${problem.scheme})`,
      };
    case 'look-alike': {
      const trick = {
        punycode: {
          id: 'ditulis dalam punycode (xn--) yang, jika diuraikan, terbaca sebagai nama BPJS Ketenagakerjaan',
          en: "it is written in punycode (xn--) that, decoded, reads as BPJS Ketenagakerjaan's name",
        },
        confusable: {
          id: 'nama BPJS Ketenagakerjaan ditulis dengan huruf yang mirip (dari abjad lain, beraksen, atau seperti "rn" untuk "m")',
          en: 'it spells BPJS Ketenagakerjaan\'s name with look-alike characters (from other alphabets, accented, or like "rn" for "m")',
        },
        'extra-words': {
          id: 'nama BPJS Ketenagakerjaan diberi tambahan kata atau tanda hubung',
          en: "it adds words or hyphens to BPJS Ketenagakerjaan's name",
        },
        'other-tld': {
          id: 'nama BPJS Ketenagakerjaan dipakai dengan akhiran domain lain',
          en: "it uses BPJS Ketenagakerjaan's name under another domain ending",
        },
        embedded: {
          id: 'alamat resmi disisipkan di dalam alamat situs lain',
          en: "it hides the official address inside another site's address",
        },
        'near-miss': {
          id: 'berbeda satu atau dua huruf dari nama BPJS Ketenagakerjaan',
          en: "it differs from BPJS Ketenagakerjaan's name by a letter or two",
        },
      }[problem.reason];
      return {
        id: `${problem.host} meniru alamat resmi: ${trick.id}; host resmi hanya ${officialHostsIndonesian}`,
        en: `${problem.host} imitates an official address: ${trick.en}; the only official hosts are ${officialHostsEnglish}`,
      };
    }
    case 'whatsapp':
      return {
        id: `nomor dan tautan WhatsApp (${problem.host}) tidak pernah menjadi kontak resmi BPJS Ketenagakerjaan; rujuk kanal resmi (content/channels)`,
        en: `WhatsApp numbers and links (${problem.host}) are never official contacts of BPJS Ketenagakerjaan; point to the official channels (content/channels)`,
      };
    case 'unofficial-email':
      return {
        id: `${problem.address} bukan alamat surel resmi; tautan mailto: hanya boleh menuju alamat di ${officialHostsIndonesian}`,
        en: `${problem.address} is not an official e-mail address; mailto: links may go only to addresses at ${officialHostsEnglish}`,
      };
    case 'not-official':
      return problem.context === 'official-channel'
        ? {
            id: `${problem.host} bukan host resmi; tautan pendaftaran dan kanal resmi hanya boleh menuju ${officialHostsIndonesian} (daftar: src/config/link-policy.json)`,
            en: `${problem.host} is not an official host; apply links and official channels may go only to ${officialHostsEnglish} (list: src/config/link-policy.json)`,
          }
        : {
            id: `teks halaman tidak boleh menautkan ke ${problem.host}; yang diizinkan hanya ${officialHostsIndonesian}, situs pemerintah (.go.id), dan host yang telah dikonfirmasi oleh BPJS Ketenagakerjaan (confirmedHosts di src/config/link-policy.json, diubah oleh pengembang setelah dikonfirmasi)`,
            en: `page text may not link to ${problem.host}; only ${officialHostsEnglish}, government sites (.go.id) and hosts BPJS Ketenagakerjaan has confirmed are allowed (confirmedHosts in src/config/link-policy.json, changed by a developer after confirmation)`,
          };
  }
}

/** How `npm run new:position` names a campaign's phase when it lists the campaigns; `unreadable` when its dates cannot be read. */
const campaignPhaseNames: Record<keyof Bilingual, Record<CampaignPhase | 'unreadable', string>> = {
  id: {
    upcoming: 'akan dibuka',
    open: 'dibuka',
    soon: 'segera ditutup',
    selection: 'pendaftaran ditutup, seleksi berjalan',
    closed: 'ditutup',
    concluded: 'selesai',
    unreadable: 'tanggalnya tidak terbaca (jalankan npm run check:content)',
  },
  en: {
    upcoming: 'upcoming',
    open: 'open',
    soon: 'closing soon',
    selection: 'registration closed, selection under way',
    closed: 'closed',
    concluded: 'concluded',
    unreadable: 'its dates cannot be read (run npm run check:content)',
  },
};

/** How the messages name each term the position page states (src/lib/recruitment/positionFacts.ts). */
const positionTermNames: Record<keyof Bilingual, Record<PositionFact, string>> = {
  id: {
    'local-priority': 'prioritas kandidat lokal',
    'disability-access': 'kandidat penyandang disabilitas',
    'free-of-charge': 'tidak dipungut biaya',
    'payment-warning': 'penipuan yang meminta bayaran untuk tiket atau akomodasi',
    'committee-final': 'keputusan Panitia Rekrutmen dan Seleksi',
  },
  en: {
    'local-priority': 'priority for local candidates',
    'disability-access': 'candidates with disabilities',
    'free-of-charge': 'free of charge',
    'payment-warning': 'fraudsters asking for payment for tickets or accommodation',
    'committee-final': "the Recruitment and Selection Committee's decisions",
  },
};

/** The messages in Indonesian, the source; exported with `en` for the test that both give every key. */
export const id = {
  // The content check (npm run check:content).
  contentFolderMissing: () => 'folder konten tidak ditemukan',
  folderNotRead: ({ folders }: { folders: readonly string[] }) =>
    `folder ini tidak dibaca oleh situs; folder yang dibaca: ${folders.join(', ')}`,
  collectionFolderMissing: () => 'folder koleksi ini tidak ada',
  outsideLanguageFolder: ({ languages }: { languages: readonly string[] }) =>
    `tidak dibaca oleh situs: setiap berkas harus berada di folder bahasa ${languages.map((code) => `${code}/`).join(' atau ')}`,
  mdxNotPublished: () =>
    'berkas .mdx tidak diterbitkan: MDX dapat menjalankan kode saat situs dibangun dan belum ada komponen untuk editor; ganti nama berkas menjadi .md dan tulis dengan Markdown',
  fileNotRead: ({ collection, extensions, language }: { collection: string; extensions: string; language: string }) =>
    `tidak dibaca oleh situs: koleksi ${collection} hanya membaca berkas ${extensions} langsung di dalam folder ${language}/`,
  badFileName: ({ slug }: { slug: string }) =>
    `nama berkas "${slug}" menjadi alamat halaman: pakai huruf kecil a-z, angka, dan tanda hubung saja, misalnya "customer-service-officer"`,
  slugIsLanguage: ({ slug }: { slug: string }) =>
    `nama berkas "${slug}" sama dengan kode bahasa situs dan akan dibaca sebagai bahasa; pilih nama lain`,
  dataBlockMissing: () =>
    'bagian data di awal berkas tidak ditemukan: berkas harus diawali baris "---", kolom-kolomnya, lalu "---" lagi',
  dataBlockNotYaml: () => 'tulis bagian data di antara baris "---" (YAML), bukan "+++"',
  dataBlockUnreadable: (_: { reason: string }) =>
    'bagian data tidak dapat dibaca: periksa tanda kutip, titik dua, tanda "- ", dan indentasi baris ini',
  dataBlockUnknown: ({ reason }: { reason: string }) => `bagian data memuat hal yang tidak dikenal: ${reason}`,
  yamlTag: ({ tag }: { tag: string }) => `tanda YAML ${tag} tidak diizinkan: tulis teks di antara tanda kutip`,
  yamlReuse: ({ mark, count }: { mark: string; count: number }) =>
    `jangkar (&) dan alias (*) YAML tidak diizinkan (${mark}, ${count} kali): tulis setiap nilai secara langsung`,
  sameName: ({ others }: { others: readonly string[] }) =>
    `nama yang sama dengan ${others.join(', ')}: satu halaman hanya boleh punya satu berkas; hapus salah satunya`,
  twinMissing: ({ original, missingIsIndonesian }: { original: string; missingIsIndonesian: boolean }) =>
    `berkas ini belum ada: ${missingIsIndonesian ? 'buat versi bahasa Indonesia' : 'buat terjemahan'} dari ${original} dengan nama berkas yang sama`,
  twinDiffers: ({ original, value }: { original: string; value: string }) => `harus sama dengan di ${original} (di sana: ${value})`,
  campaignUnknown: ({ name, folder, known }: { name: string; folder: string; known: readonly string[] }) =>
    `kampanye "${name}" tidak ada di ${folder}; ${known.length === 0 ? 'belum ada kampanye' : `yang ada: ${known.join(', ')}`}`,
  placementOutsideCampaign: ({ region, campaign, regions }: { region: string; campaign: string; regions: readonly string[] }) =>
    `${region} bukan wilayah penempatan kampanye ${campaign}; wilayahnya: ${regions.join(', ')}`,
  textEmpty: () => 'teks di bawah bagian data kosong; tulis isi halamannya',
  headingTooLong: ({ limit, length }: { limit: number; length: number }) =>
    `subjudul terlalu panjang: paling banyak ${limit} karakter; sekarang ${length}`,
  headingWordTooLong: ({ limit, length }: { limit: number; length: number }) =>
    `kata terpanjang dalam subjudul paling banyak ${limit} karakter tanpa spasi; sekarang ${length}: sisipkan spasi atau perpendek katanya`,
  htmlInText: ({ html }: { html: string }) =>
    `HTML tidak diizinkan di teks (${html}); tulis dengan Markdown: **tebal**, *miring*, [teks tautan](https://…), daftar dengan "- "`,
  badLink: ({ url, problem }: { url: string; problem: Bilingual }) => `tautan ${url}: ${problem.id}`,
  imageOffSite: ({ url }: { url: string }) =>
    `gambar ${url}: gambar hanya boleh berasal dari situs ini sendiri (folder public/), misalnya /gambar/peta.png`,
  hiddenCharacter: ({ codePoint }: { codePoint: string }) =>
    `teks memuat karakter tak terlihat ${codePoint} yang dapat menyamarkan atau membalik tulisan; hapus karakter itu`,
  scamAddress: ({ text }: { text: string }) =>
    `alamat "${text}" bukan alamat resmi BPJS Ketenagakerjaan (tiruan, tautan pendek, atau situs lain): pembaca dapat mengiranya resmi; hapus alamat ini atau rujuk alamat resmi`,
  scamContact: ({ text }: { text: string }) =>
    `nomor "${text}" tidak boleh disajikan sebagai kontak: hanya nomor yang terkonfirmasi dalam src/config/link-policy.json yang boleh ditulis, dan belum ada; rujuk kanal resmi (content/channels)`,
  scamRequest: ({ text }: { text: string }) =>
    `"${text}" terbaca sebagai permintaan uang, kode (OTP, PIN, kata sandi), atau pemasangan aplikasi: situs ini tidak pernah meminta hal itu; hapus kalimat ini, atau tulis sebagai larangan ("Jangan membayar siapa pun")`,
  scamPromise: ({ text }: { text: string }) =>
    `"${text}" menjanjikan jalan pintas atau kelulusan: seleksi tidak menjanjikan hal itu, dan penipu memakainya; hapus kalimat ini`,
  telLink: ({ url }: { url: string }) =>
    `tautan ${url}: hanya nomor yang terkonfirmasi dalam src/config/link-policy.json yang boleh ditautkan, dan belum ada; rujuk kanal resmi (content/channels)`,
  applyLink: ({ url, problem }: { url: string; problem: Bilingual }) =>
    `tautan pendaftaran ${url}: teks di sekitarnya mengajak mendaftar; tautan seperti itu harus menuju alamat resmi BPJS Ketenagakerjaan; ${problem.id}`,
  scaffoldText: ({ mark }: { mark: string }) => `teks contoh dari npm run new:position (di antara ${mark} … ]]) belum diganti`,
  translationBehind: ({ original, commits, since }: { original: string; commits: number; since: string }) =>
    `peringatan: terjemahan ini mungkin tertinggal: ${original} diubah dalam ${commits} commit sejak terjemahan ini terakhir diubah (yang pertama pada ${since}); perbarui terjemahan ini dan commit`,
  announcementTooFarAhead: ({ published, days }: { published: string; days: number }) =>
    `tanggal terbit ${published} lebih dari ${days} hari lagi; periksa tahunnya (pengumuman baru tampil di situs mulai tanggal terbitnya)`,
  announcementAhead: ({ published, days }: { published: string; days: number }) =>
    `peringatan: tanggal terbit ${published} lebih dari ${days} hari lagi; pengumuman ini baru tampil di situs mulai tanggal itu; pastikan tanggalnya benar`,
  historyGap: (gap: HistoryGap) => `Terjemahan yang tertinggal tidak diperiksa: ${historyGapId(gap)}.`,
  warnings: ({ count }: { count: number }) =>
    `${count} peringatan di atas tidak menghentikan pembangunan situs. Terjemahan yang tertinggal tetap tayang dengan pemberitahuan kepada pembaca bahwa teksnya mungkin tertinggal.`,
  positionRepeatsTerm: ({ fact }: { fact: PositionFact }) =>
    `teks posisi mengulang ketentuan rekrutmen (${positionTermNames.id[fact]}) yang sudah dicantumkan satu kali oleh halaman posisi; hapus kalimat ini dan tulis hanya gambaran peran serta tautan ke portal rekrutmen resmi`,
  passed: ({ files }: { files: number }) => `Konten lolos pemeriksaan: ${files} berkas.`,
  summary: ({ problems, files }: { problems: number; files: number }) =>
    `${problems} masalah di ${files} berkas. Perbaiki semuanya, lalu jalankan lagi npm run check:content.`,

  // The content schemas, the preview clock and the editors' npm commands.
  fieldRequired: () => 'wajib diisi',
  fieldRequiredExample: ({ example }: { example: Bilingual }) => `wajib diisi, misalnya ${example.id}`,
  notText: () => 'harus berupa teks; tulislah di antara tanda kutip',
  blankText: () => 'tidak boleh kosong',
  textTooLong: ({ limit, length }: { limit: number; length: number }) =>
    `terlalu panjang: paling banyak ${limit} karakter; sekarang ${length}`,
  titleWordTooLong: ({ limit, length }: { limit: number; length: number }) =>
    `kata terpanjang paling banyak ${limit} karakter tanpa spasi; sekarang ${length}: judul hanya dipotong di spasi, maka sisipkan spasi atau perpendek katanya`,
  lineBreak: () =>
    'harus satu baris: hapus pindah baris di dalamnya (pindah baris dapat menyisipkan baris baru ke berkas kalender)',
  invisibleCharacter: ({ codePoint }: { codePoint: string }) =>
    `memuat karakter tak terlihat ${codePoint} (karakter kendali, pembalik arah tulisan, atau karakter tanpa lebar); ketik ulang teksnya`,
  notANumber: ({ example }: { example: number }) => `harus berupa angka tanpa tanda kutip, misalnya ${example}`,
  notAWholeNumber: ({ example }: { example: number }) => `harus bilangan bulat, misalnya ${example}`,
  offsetMissing: ({ example }: { example: string }) =>
    `selisih UTC belum ditulis: tambahkan +07:00 (WIB), +08:00 (WITA), atau +09:00 (WIT), misalnya ${example}`,
  timeAndOffsetMissing: ({ example }: { example: string }) => `jam dan selisih UTC belum ditulis, misalnya ${example}`,
  notARealDate: ({ value }: { value: string }) => `"${value}" bukan tanggal yang ada`,
  notADateOrInstant: ({ example }: { example: Bilingual }) =>
    `harus ditulis seperti ${example.id}: tanggal saja, atau tanggal, huruf T, jam, lalu selisih UTC`,
  notAnInstant: ({ example }: { example: Bilingual }) =>
    `harus ditulis seperti ${example.id}: tanggal, huruf T, jam, lalu selisih UTC`,
  notARealInstant: ({ value }: { value: string }) => `"${value}" bukan tanggal dan jam yang ada`,
  momentUnquoted: ({ example }: { example: Bilingual }) =>
    `tulis di antara tanda kutip, misalnya ${example.id}; tanpa tanda kutip, YAML mengubahnya menjadi waktu UTC, sehingga tanggal saja tidak lagi dapat dibedakan dari tanggal dan jam`,
  momentNotText: ({ example }: { example: Bilingual }) => `harus ditulis di antara tanda kutip, misalnya ${example.id}`,
  notACalendarDate: () => 'harus berupa tanggal seperti "2026-11-25"',
  notAnAddress: () => 'harus berupa alamat web di antara tanda kutip',
  addressProblem: ({ problem }: { problem: UrlProblem }) => urlProblemText(problem).id,
  unknownFields: ({ fields }: { fields: readonly string[] }) =>
    `kolom tidak dikenal: ${fields.join(', ')}; periksa ejaannya atau hapus kolom itu`,
  notAnEntry: () => 'harus berupa daftar kolom "nama: nilai"',
  listMissing: ({ item }: { item: Bilingual }) => `wajib diisi: daftar ${item.id}, setiap butir diawali "- "`,
  notAList: () => 'harus berupa daftar, setiap butir pada barisnya sendiri diawali "- "',
  listEmpty: ({ item }: { item: Bilingual }) => `harus memuat sekurang-kurangnya satu ${item.id}`,
  unknownRegion: ({ region, islandGroups }: { region: string; islandGroups: readonly string[] }) =>
    `wilayah ${region} tidak dikenal; tulis kelompok pulau (${islandGroups.join(', ')}) ` +
    'atau provinsi dalam huruf kecil dengan tanda hubung, misalnya jawa-barat; ' +
    'daftarnya ada di content/README.md, bagian "Wilayah penempatan"',
  notASourceList: () => 'harus berupa daftar sumber, setiap butir diawali "- title:"',
  stageDateAlone: ({ missingField }: { missingField: string }) =>
    `tulis starts dan ends bersama-sama, atau hapus keduanya jika jadwal tahap ini belum diumumkan; ${missingField} belum diisi`,
  stageEndsBeforeStarts: () => 'waktu selesai (ends) harus sesudah waktu mulai (starts): tahap ini berakhir sebelum dimulai',
  stageOutOfOrder: ({ earlier }: { earlier: number }) =>
    `tahap ini dimulai sebelum tahap sebelumnya (stages[${earlier}]); urutkan tahapan sesuai jadwalnya`,
  notADayCount: ({ example }: { example: number }) => `harus berupa jumlah hari tanpa tanda kutip, misalnya ${example}`,
  tooFewDays: () => 'harus sekurang-kurangnya 1 hari',
  tooManyDays: () => 'paling lama 730 hari (dua tahun)',
  closesBeforeOpens: () => 'waktu tutup (closes) harus sesudah waktu buka (opens): pendaftaran ini tertutup sebelum dibuka',
  notADisabilityAccess: () =>
    'harus salah satu dari: open (terbuka), not-open (tidak terbuka), to-confirm (belum dipastikan)',
  asOfWithoutDate: ({ flag }: { flag: string }) => `${flag} perlu tanggal, misalnya ${flag}=2025-09-10`,
  siteClockUnreadable: ({ source, written, expected }: { source: Bilingual; written: string; expected: Bilingual }) =>
    `${source.id}: "${written}" bukan ${expected.id}`,
  builtAsOf: ({ when, source, isPast }: { when: Bilingual; source: Bilingual; isPast: boolean }) =>
    `Situs dibangun per ${when.id} (${source.id}), bukan per waktu sekarang.` +
    (isPast ? ' Di peramban, status pendaftaran lalu maju ke jam komputer Anda.' : ''),
  overlayTitle: () => 'Konten perlu diperbaiki',
  devStopped: () =>
    'Pratinjau tidak dapat dimulai karena bagian data berkas di atas tidak terbaca. Perbaiki berkasnya, lalu jalankan lagi npm run dev.',
  overlayHint: ({ problems }: { problems: number }) =>
    `${problems} masalah. Simpan perbaikannya; halaman dimuat ulang setelah semuanya beres. Panduan: content/README.md`,
  claimUnconfirmed: ({ sourced, item }: { sourced: boolean; item: string }) =>
    `peringatan: klaim ini belum dipastikan BPJS Ketenagakerjaan${sourced ? '' : ' dan belum bersumber, sehingga tidak ditampilkan'}; lihat "${item}" dalam content/README.md`,
  linkPolicyEntry: ({ problem }: { problem: Bilingual }) => problem.id,
  positionNameMissing: () => 'Tulis nama berkas posisi baru, misalnya: npm run new:position -- petugas-layanan',
  positionNameUnusable: ({ slug }: { slug: string }) =>
    `"${slug}" tidak dapat dipakai: nama berkas menjadi alamat halaman, jadi pakai huruf kecil a-z, angka, dan tanda hubung saja, misalnya "petugas-layanan"`,
  positionExists: ({ slug, files }: { slug: string; files: readonly string[] }) =>
    `Posisi "${slug}" sudah ada, tidak ada berkas yang ditimpa: ${files.join(', ')}`,
  positionNotWritten: ({ error }: { error: string }) => `Berkas tidak dibuat: ${error}`,
  positionOptionUnknown: ({ option }: { option: string }) =>
    `Pilihan ${option} tidak dikenal; yang ada hanya --campaign=<nama kampanye>. Tidak ada berkas yang dibuat.`,
  positionCampaignValueMissing: () =>
    'Tulis nama kampanye setelah --campaign=, misalnya: npm run new:position -- petugas-layanan --campaign=rekrutmen-2026-maret',
  positionCampaignUnknown: ({ name, folder, known }: { name: string; folder: string; known: readonly string[] }) =>
    `Kampanye "${name}" (--campaign) tidak ada di ${folder}; ${known.length === 0 ? 'belum ada kampanye' : `yang ada: ${known.join(', ')}`}. Tidak ada berkas yang dibuat.`,
  positionNoCampaigns: ({ folder }: { folder: string }) =>
    `Belum ada kampanye di ${folder}; tambahkan kampanyenya dulu (lihat "Membuka kampanye baru" dalam content/README.md). Tidak ada berkas yang dibuat.`,
  positionCampaignSeveral: ({ count, folder }: { count: number; folder: string }) =>
    `${count} kampanye sedang dibuka atau akan dibuka (atau tanggalnya tidak terbaca), jadi perintah ini tidak memilih sendiri; tidak ada berkas yang dibuat. Kampanye di ${folder} (nama, judul, dibuka – ditutup, tahap):`,
  positionCampaignNone: ({ folder }: { folder: string }) =>
    `Tidak ada kampanye yang pasti sedang dibuka atau akan dibuka, jadi perintah ini tidak memilih sendiri; tidak ada berkas yang dibuat. Kampanye di ${folder} (nama, judul, dibuka – ditutup, tahap):`,
  positionCampaignPhase: ({ phase }: { phase: CampaignPhase | 'unreadable' }) => campaignPhaseNames.id[phase],
  positionCampaignChoose: ({ slug, example }: { slug: string; example: string }) =>
    `Pilih kampanyenya dan jalankan lagi dengan --campaign=<nama kampanye>, misalnya: npm run new:position -- ${slug} --campaign=${example}`,
  positionCreated: ({ campaign }: { campaign: string }) => `Berkas dibuat untuk kampanye ${campaign}:`,
  positionNextSteps: () =>
    'Isi setiap kolom dan ganti teks di antara [[ … ]] pada kedua berkas, lalu jalankan npm run check:content.',
  buildFailed: ({ outDir }: { outDir: string }) => `Build gagal; ${outDir}/ yang sebelumnya tidak diubah.`,

  // The browser editor (src/editor/, `npm run edit`).
  editorOutsideContent: () => 'penyunting hanya boleh menyimpan berkas di dalam folder content/.',
  editorSaveRefused: ({ count }: { count: number }) =>
    `Belum disimpan: pemeriksaan konten menemukan ${count} masalah. Perbaiki kolom yang disebut, lalu simpan lagi.`,
  editorNoUploads: () =>
    'Situs ini tidak memuat berkas unggahan: gambar dan dokumen tetap berada di situs resmi BPJS Ketenagakerjaan dan cukup ditautkan.',
  editorPortBusy: ({ port }: { port: number }) =>
    `Port ${port} sedang dipakai, mungkin oleh penyunting yang masih berjalan di jendela lain. Tutup penyunting itu, atau jalankan npm run edit -- --port=${port + 1}.`,
  editorReady: ({ editor }: { editor: string }) =>
    `Penyunting siap di ${editor}. Setiap simpanan diperiksa dulu, lalu masuk ke folder content/. Tekan Ctrl+C untuk berhenti.`,

  // The output check (the built site).
  loadsInsecurely: ({ url }: { url: string }) => `memuat ${url} lewat http: yang tidak aman`,
  loadsOffSite: ({ url }: { url: string }) =>
    `memuat ${url} dari luar situs: halaman hanya boleh memuat berkas dari situs ini sendiri`,
  applyLinkRefused: ({ url, problem }: { url: string; problem: Bilingual }) => `tautan pendaftaran ${url}: ${problem.id}`,
  forbiddenElement: ({ tag }: { tag: string }) =>
    `elemen <${tag}> tidak boleh ada di halaman: elemen ini dapat menjalankan kode, memuat situs lain, atau mengirim data pembaca`,
  foreignScript: () =>
    'skrip di halaman ini bukan skrip situs: hanya skrip status pendaftaran dan pemasang service worker yang boleh berjalan',
  foreignScriptFile: ({ src }: { src: string }) =>
    `skrip ${src} bukan skrip situs untuk halaman ini: hanya pemeriksa pesan, dengan hash integritasnya, yang boleh dimuat di halaman cek keaslian`,
  jsonBlockUnreadable: () => 'blok data JSON di halaman ini tidak dapat dibaca',
  foreignStyle: () => 'gaya <style> di halaman ini bukan lembar gaya situs: gaya lain dapat menyembunyikan peringatan penipuan',
  metaHttpEquiv: ({ value }: { value: string }) =>
    `<meta http-equiv="${value}"> tidak boleh ada: elemen ini dapat memindahkan pembaca ke situs lain`,
  hiddenCharacterInAttribute: ({ name, codePoint }: { name: string; codePoint: string }) =>
    `atribut ${name} memuat karakter tak terlihat ${codePoint}`,
  eventHandler: ({ name }: { name: string }) => `atribut ${name} menjalankan kode dan tidak boleh ada`,
  unsourcedClaim: ({ claim }: { claim: string }) =>
    `klaim "${claim}" tidak ada di register klaim (src/config/claims.ts) atau belum bersumber: halaman hanya boleh menyatakan kebijakan BPJS Ketenagakerjaan yang tercatat beserta sumbernya`,
  styleAttribute: ({ name }: { name: string }) =>
    `atribut ${name} tidak boleh ada: tampilan halaman diatur oleh lembar gaya situs`,
  hiddenCharacterInText: ({ codePoint }: { codePoint: string }) =>
    `teks memuat karakter tak terlihat ${codePoint} yang dapat menyamarkan atau membalik tulisan`,
  hiddenCharacterInString: ({ codePoint }: { codePoint: string }) => `teks memuat karakter tak terlihat ${codePoint}`,
  jsonLdUnreadable: () => 'data terstruktur (JSON-LD) bukan JSON yang sah',
  xmlUnreadable: ({ reason }: { reason: string }) => `berkas XML tidak sah: ${reason}`,
  calendarLineBreak: () =>
    'berkas kalender memuat pindah baris yang tidak diloloskan: teks dapat menjadi baris perintah kalender',
  calendarUnreadable: () => 'berkas kalender tidak dapat dibaca',
  calendarUnknownLine: ({ property }: { property: string }) =>
    `berkas kalender memuat baris ${property} yang tidak dibuat oleh situs`,
  outputRefused: ({ count }: { count: number }) =>
    `Hasil build memuat ${count} hal di luar daftar yang diizinkan; situs tidak diterbitkan:`,
};

type EditorMessages = typeof id;
export type EditorMessageKey = keyof EditorMessages;

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

export const en = {
  // The content check (npm run check:content).
  contentFolderMissing: () => 'the content folder does not exist',
  folderNotRead: ({ folders }) => `the site does not read this folder; the folders it reads are: ${folders.join(', ')}`,
  collectionFolderMissing: () => 'this collection folder does not exist',
  outsideLanguageFolder: ({ languages }) =>
    `the site does not read this: every file must be inside a language folder, ${languages.map((code) => `${code}/`).join(' or ')}`,
  mdxNotPublished: () =>
    'a .mdx file is not published: MDX can run code while the site is built and no component is offered to editors yet; rename it to .md and write Markdown',
  fileNotRead: ({ collection, extensions, language }) =>
    `the site does not read this: the ${collection} collection reads only ${extensions} files directly inside ${language}/`,
  badFileName: ({ slug }) =>
    `the file name "${slug}" becomes a page address: use only lower-case a-z, digits and hyphens, e.g. "customer-service-officer"`,
  slugIsLanguage: ({ slug }) => `the file name "${slug}" is one of the site's language codes and would be read as a language; choose another name`,
  dataBlockMissing: () => 'the data block at the top is missing: the file must start with a "---" line, its fields, then "---" again',
  dataBlockNotYaml: () => 'write the data block between "---" lines (YAML), not "+++"',
  dataBlockUnreadable: ({ reason }) =>
    `the data block cannot be read: check the quotes, colons, "- " marks and indentation of this line (${reason})`,
  dataBlockUnknown: ({ reason }) => `the data block contains something unknown: ${reason}`,
  yamlTag: ({ tag }) => `the YAML tag ${tag} is not allowed: write text in quotes`,
  yamlReuse: ({ mark, count }) => `YAML anchors (&) and aliases (*) are not allowed (${mark}, ${count} times): write each value itself`,
  sameName: ({ others }) => `same name as ${others.join(', ')}: a page may have only one file; delete one of them`,
  twinMissing: ({ original, missingIsIndonesian }) =>
    `this file does not exist: ${missingIsIndonesian ? 'create the Indonesian version' : 'create the translation'} of ${original} under the same file name`,
  twinDiffers: ({ original, value }) => `must be the same as in ${original} (there: ${value})`,
  campaignUnknown: ({ name, folder, known }) =>
    `there is no campaign "${name}" in ${folder}; ${known.length === 0 ? 'there are no campaigns yet' : `existing: ${known.join(', ')}`}`,
  placementOutsideCampaign: ({ region, campaign, regions }) =>
    `${region} is not a placement region of the campaign ${campaign}; its regions are: ${regions.join(', ')}`,
  textEmpty: () => 'the text below the data block is empty; write the page text',
  headingTooLong: ({ limit, length }) => `heading too long: at most ${limit} characters; now ${length}`,
  headingWordTooLong: ({ limit, length }) =>
    `the longest word of a heading may have at most ${limit} characters without a space; now ${length}: add a space or shorten the word`,
  htmlInText: ({ html }) => `HTML is not allowed in the text (${html}); write Markdown: **bold**, *italic*, [link text](https://…), lists with "- "`,
  badLink: ({ url, problem }) => `link ${url}: ${problem.en}`,
  imageOffSite: ({ url }) => `image ${url}: images may come from this site only (the public/ folder), e.g. /gambar/peta.png`,
  hiddenCharacter: ({ codePoint }) =>
    `the text contains the invisible character ${codePoint}, which can disguise or reverse what it says; delete it`,
  scamAddress: ({ text }) =>
    `the address "${text}" is not an official BPJS Ketenagakerjaan address (a look-alike, a short link or another site): readers may take it for official; delete it or point to the official address`,
  scamContact: ({ text }) =>
    `the number "${text}" must not be given as a contact: only numbers confirmed in src/config/link-policy.json may be written, and there are none; point to the official channels (content/channels)`,
  scamRequest: ({ text }) =>
    `"${text}" reads as a request for money, a code (OTP, PIN, password) or an install: this site never asks for any of them; delete the sentence, or write it as a warning ("Do not pay anyone")`,
  scamPromise: ({ text }) =>
    `"${text}" promises a shortcut or a pass: the selection promises neither, and fraudsters do; delete the sentence`,
  telLink: ({ url }) =>
    `link ${url}: only numbers confirmed in src/config/link-policy.json may be linked, and there are none; point to the official channels (content/channels)`,
  applyLink: ({ url, problem }) =>
    `apply link ${url}: the words around it invite readers to apply, so it must go to an official BPJS Ketenagakerjaan address; ${problem.en}`,
  scaffoldText: ({ mark }) => `the sample text from npm run new:position (between ${mark} … ]]) has not been replaced`,
  translationBehind: ({ original, commits, since }) =>
    `warning: this translation may be out of date: ${original} has changed in ${plural(commits, 'commit')} since this translation last changed (the first on ${since}); update this translation and commit it`,
  announcementTooFarAhead: ({ published, days }) =>
    `the publication date ${published} is more than ${days} days away; check the year (an announcement appears on the site only from its publication date)`,
  announcementAhead: ({ published, days }) =>
    `warning: the publication date ${published} is more than ${days} days away; this announcement appears on the site only from that date, so make sure it is right`,
  historyGap: (gap) => `Out-of-date translations were not checked: ${historyGapEn(gap)}.`,
  warnings: ({ count }) =>
    `The ${plural(count, 'warning')} above do${count === 1 ? 'es' : ''} not stop the site from being built. A translation that is behind stays up, telling readers that its text may be out of date.`,
  positionRepeatsTerm: ({ fact }) =>
    `the position text repeats a recruitment term (${positionTermNames.en[fact]}) that the position page already states once; delete this sentence and write only what the role is and a link to the official recruitment portal`,
  passed: ({ files }) => `Content check passed: ${plural(files, 'file')}.`,
  summary: ({ problems, files }) =>
    `${plural(problems, 'problem')} in ${plural(files, 'file')}. Fix them all, then run npm run check:content again.`,

  // The content schemas, the preview clock and the editors' npm commands.
  fieldRequired: () => 'is required',
  fieldRequiredExample: ({ example }) => `is required, e.g. ${example.en}`,
  notText: () => 'must be text; write it between quotes',
  blankText: () => 'must not be empty',
  textTooLong: ({ limit, length }) => `too long: at most ${limit} characters; now ${length}`,
  titleWordTooLong: ({ limit, length }) =>
    `the longest word may have at most ${limit} characters without a space; now ${length}: a title wraps only at spaces, so add a space or shorten the word`,
  lineBreak: () =>
    'must be one line: remove the line break inside it (a line break can insert a new line into the calendar file)',
  invisibleCharacter: ({ codePoint }) =>
    `contains the invisible character ${codePoint} (a control, direction-override or zero-width character); retype the text`,
  notANumber: ({ example }) => `must be a number without quotes, e.g. ${example}`,
  notAWholeNumber: ({ example }) => `must be a whole number, e.g. ${example}`,
  offsetMissing: ({ example }) => `the UTC offset is missing: add +07:00 (WIB), +08:00 (WITA) or +09:00 (WIT), e.g. ${example}`,
  timeAndOffsetMissing: ({ example }) => `the time and the UTC offset are missing, e.g. ${example}`,
  notARealDate: ({ value }) => `"${value}" is not a real date`,
  notADateOrInstant: ({ example }) =>
    `must be written like ${example.en}: a date alone, or the date, the letter T, the time, then the UTC offset`,
  notAnInstant: ({ example }) => `must be written like ${example.en}: date, the letter T, time, then the UTC offset`,
  notARealInstant: ({ value }) => `"${value}" is not a real date and time`,
  momentUnquoted: ({ example }) =>
    `write it in quotes, e.g. ${example.en}; without quotes YAML turns it into a UTC time, and a date alone can no longer be told from a date and time`,
  momentNotText: ({ example }) => `must be written in quotes, e.g. ${example.en}`,
  notACalendarDate: () => 'must be a date such as "2026-11-25"',
  notAnAddress: () => 'must be a web address between quotes',
  addressProblem: ({ problem }) => urlProblemText(problem).en,
  unknownFields: ({ fields }) => `unknown field: ${fields.join(', ')}; check its spelling or remove it`,
  notAnEntry: () => 'must be a set of "name: value" fields',
  listMissing: ({ item }) => `is required: a list of ${item.en}, each item starting with "- "`,
  notAList: () => 'must be a list, each item on its own line starting with "- "',
  listEmpty: ({ item }) => `must list at least one ${item.en}`,
  unknownRegion: ({ region, islandGroups }) =>
    `unknown region ${region}; write an island group (${islandGroups.join(', ')}) ` +
    'or a province as its slug, e.g. jawa-barat; the list is in content/README.md, "Wilayah penempatan"',
  notASourceList: () => 'must be a list of sources, each item starting with "- title:"',
  stageDateAlone: ({ missingField }) =>
    `write starts and ends together, or leave both out while this stage's dates are not announced; ${missingField} is missing`,
  stageEndsBeforeStarts: () => 'ends must be after starts: this stage ends before it starts',
  stageOutOfOrder: ({ earlier }) =>
    `this stage starts before an earlier one (stages[${earlier}]); list the stages in the order they happen`,
  notADayCount: ({ example }) => `must be a number of days without quotes, e.g. ${example}`,
  tooFewDays: () => 'must be at least 1 day',
  tooManyDays: () => 'must be at most 730 days (two years)',
  closesBeforeOpens: () => 'closes must be after opens: this registration window closes before it opens',
  notADisabilityAccess: () => 'must be one of: open, not-open, to-confirm',
  asOfWithoutDate: ({ flag }) => `${flag} needs a date, e.g. ${flag}=2025-09-10`,
  siteClockUnreadable: ({ source, written, expected }) => `${source.en}: "${written}" is not ${expected.en}`,
  builtAsOf: ({ when, source, isPast }) =>
    `The site is built as of ${when.en} (${source.en}), not as of now.` +
    (isPast ? " In the browser, the registration status then moves on to your computer's clock." : ''),
  overlayTitle: () => 'Content needs fixing',
  devStopped: () => 'The preview cannot start because the data block of the files above cannot be read. Fix the files, then run npm run dev again.',
  overlayHint: ({ problems }) =>
    `${problems} problems. Save your fixes; the page reloads once all are fixed. Guide: content/README.md`,
  claimUnconfirmed: ({ sourced, item }) =>
    `warning: BPJS Ketenagakerjaan has not confirmed this claim${sourced ? '' : ', and it has no source, so it is not shown'}; see "${item}" in content/README.md`,
  linkPolicyEntry: ({ problem }) => problem.en,
  positionNameMissing: () => 'Give the new position a file name, e.g.: npm run new:position -- petugas-layanan',
  positionNameUnusable: ({ slug }) =>
    `"${slug}" cannot be used: the file name becomes the page address, so use only lower-case a-z, digits and hyphens, e.g. "petugas-layanan"`,
  positionExists: ({ slug, files }) => `The position "${slug}" already exists; no file was overwritten: ${files.join(', ')}`,
  positionNotWritten: ({ error }) => `No file was created: ${error}`,
  positionOptionUnknown: ({ option }) =>
    `Unknown option ${option}; the only one is --campaign=<campaign name>. No file was created.`,
  positionCampaignValueMissing: () =>
    'Write the campaign name after --campaign=, e.g.: npm run new:position -- petugas-layanan --campaign=rekrutmen-2026-maret',
  positionCampaignUnknown: ({ name, folder, known }) =>
    `There is no campaign "${name}" (--campaign) in ${folder}; ${known.length === 0 ? 'there are no campaigns yet' : `existing: ${known.join(', ')}`}. No file was created.`,
  positionNoCampaigns: ({ folder }) =>
    `There is no campaign in ${folder} yet; add the campaign first (see "Membuka kampanye baru" in content/README.md). No file was created.`,
  positionCampaignSeveral: ({ count, folder }) =>
    `${count} campaigns are open or upcoming (or their dates cannot be read), so this command does not choose one itself; no file was created. Campaigns in ${folder} (name, title, opens – closes, phase):`,
  positionCampaignNone: ({ folder }) =>
    `No campaign is known to be open or upcoming, so this command does not choose one itself; no file was created. Campaigns in ${folder} (name, title, opens – closes, phase):`,
  positionCampaignPhase: ({ phase }) => campaignPhaseNames.en[phase],
  positionCampaignChoose: ({ slug, example }) =>
    `Choose the campaign and run the command again with --campaign=<campaign name>, e.g.: npm run new:position -- ${slug} --campaign=${example}`,
  positionCreated: ({ campaign }) => `Created for the campaign ${campaign}:`,
  positionNextSteps: () =>
    'Fill in every field and replace the text between [[ … ]] in both files, then run npm run check:content.',
  buildFailed: ({ outDir }) => `The build failed; the previous ${outDir}/ is unchanged.`,

  // The browser editor (src/editor/, `npm run edit`).
  editorOutsideContent: () => 'the editor may save files only inside the content/ folder.',
  editorSaveRefused: ({ count }) =>
    `Not saved: the content check found ${count} problem(s). Fix the fields named, then save again.`,
  editorNoUploads: () => 'This site holds no uploaded files: pictures and documents stay on BPJS Ketenagakerjaan’s official sites and are linked.',
  editorPortBusy: ({ port }) =>
    `Port ${port} is in use, perhaps by an editor still running in another window. Close it, or run npm run edit -- --port=${port + 1}.`,
  editorReady: ({ editor }) =>
    `The editor is ready at ${editor}. Every save is checked first, then written to the content/ folder. Press Ctrl+C to stop.`,

  // The output check (the built site).
  loadsInsecurely: ({ url }) => `loads ${url} over insecure http:`,
  loadsOffSite: ({ url }) => `loads ${url} from another origin: a page may load files from this site only`,
  applyLinkRefused: ({ url, problem }) => `apply link ${url}: ${problem.en}`,
  forbiddenElement: ({ tag }) => `the <${tag}> element must not be on a page: it can run code, load another site or send readers' data`,
  foreignScript: () =>
    "a script on this page is not the site's own: only the registration status script and the service worker's registration may run",
  foreignScriptFile: ({ src }) =>
    `the script ${src} is not the site's own for this page: only the message checker, with its integrity hash, may load, on the check page`,
  jsonBlockUnreadable: () => 'a JSON data block on this page cannot be read',
  foreignStyle: () => "a <style> on this page is not the site's stylesheet: other styles can hide the fraud warning",
  metaHttpEquiv: ({ value }) => `<meta http-equiv="${value}"> is not allowed: it can send readers to another site`,
  hiddenCharacterInAttribute: ({ name, codePoint }) => `the ${name} attribute contains the invisible character ${codePoint}`,
  eventHandler: ({ name }) => `the ${name} attribute runs code and is not allowed`,
  unsourcedClaim: ({ claim }) =>
    `the claim "${claim}" is not in the claims register (src/config/claims.ts) or has no source: a page may state BPJS Ketenagakerjaan's policy only as registered, with its source`,
  styleAttribute: ({ name }) => `the ${name} attribute is not allowed: the site's stylesheet sets the page's look`,
  hiddenCharacterInText: ({ codePoint }) =>
    `the text contains the invisible character ${codePoint}, which can disguise or reverse what it says`,
  hiddenCharacterInString: ({ codePoint }) => `the text contains the invisible character ${codePoint}`,
  jsonLdUnreadable: () => 'the structured data (JSON-LD) is not valid JSON',
  xmlUnreadable: ({ reason }) => `the XML file is not well-formed: ${reason}`,
  calendarLineBreak: () => 'the calendar file contains an unescaped line break: text can become a calendar instruction',
  calendarUnreadable: () => 'the calendar file cannot be read',
  calendarUnknownLine: ({ property }) => `the calendar file contains a ${property} line the site does not write`,
  outputRefused: ({ count }) =>
    `The build output contains ${count} things outside the allowlist; the site is not published:`,
} satisfies EditorMessages;

/** Why the history could not be read, in Indonesian. */
function historyGapId(gap: HistoryGap): string {
  switch (gap.reason) {
    case 'git-missing':
      return 'git tidak terpasang';
    case 'not-a-repository':
      return 'folder konten tidak berada di dalam repositori git';
    case 'shallow':
      return 'riwayat repositorinya tidak lengkap (clone dangkal)';
    case 'not-the-content-folder':
      return `${gap.folder} bukan folder content/ di puncak repositorinya, jadi riwayatnya bukan riwayat konten situs`;
    case 'git-failed':
      return `git gagal membaca riwayatnya (${gap.detail})`;
  }
}

/** The same in English. */
function historyGapEn(gap: HistoryGap): string {
  switch (gap.reason) {
    case 'git-missing':
      return 'git is not installed';
    case 'not-a-repository':
      return 'the content folder is not inside a git repository';
    case 'shallow':
      return "the repository's history is incomplete (a shallow clone)";
    case 'not-the-content-folder':
      return `${gap.folder} is not the content/ folder at the top of its repository, so its history is not the site content's`;
    case 'git-failed':
      return `git could not read the history (${gap.detail})`;
  }
}

/** The message for `key`, in Indonesian then English: the one way every check speaks to editors. */
export function editorText<K extends EditorMessageKey>(key: K, ...params: Parameters<EditorMessages[K]>): string {
  const say = (dictionary: EditorMessages) => (dictionary[key] as (...args: Parameters<EditorMessages[K]>) => string)(...params);
  return editorMessage(say(id), say(en));
}
