import { editorMessage } from '../content/editorMessages.ts';
import type { HistoryGap } from '../content/freshness.ts';
import type { PositionFact } from '../recruitment/positionFacts.ts';

/*
 * Every message of the content check. Indonesian is the source; the English dictionary must give
 * every key with the same parameters, or the type check fails (as with the UI dictionaries in
 * src/i18n/ui.ts). Editors read both, Indonesian first, in the terminal and the dev overlay.
 */

type Bilingual = { id: string; en: string };

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

const id = {
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
};

type CheckMessages = typeof id;
export type CheckMessageKey = keyof CheckMessages;

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

const en = {
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
} satisfies CheckMessages;

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

/** The message for `key`, in Indonesian then English. */
export function checkMessage<K extends CheckMessageKey>(key: K, ...params: Parameters<CheckMessages[K]>): string {
  const say = (dictionary: CheckMessages) => (dictionary[key] as (...args: Parameters<CheckMessages[K]>) => string)(...params);
  return editorMessage(say(id), say(en));
}
