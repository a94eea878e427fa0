import type { Locale } from '../../i18n/locales.ts';
import { disabilityAccessValues } from './schemas.ts';
import { islandGroupIds } from '../recruitment/provinces.ts';

/*
 * The files `npm run new:position` writes: every field of a position, each with a comment, and
 * sample text that the content check refuses until an editor replaces it. Required text is left
 * empty for the same reason: a new position cannot be published half-written.
 */

/** Sample text to replace starts with this mark; the content check reports any that is left. */
export const scaffoldPlaceholderStart = '[[';

export interface PositionScaffold {
  /** The campaign's file name (src/lib/content/positionCampaign.ts chooses it). */
  campaign: string;
  order: number;
  /** The campaign's apply URL, linked from the requirements paragraph; undefined when its file has none. */
  applyUrl: string | undefined;
}

// Island groups only: the 38 provinces are in the guide's table, not on one comment line.
const islandGroupChoices = islandGroupIds.join(', ');
const disabilityChoices = disabilityAccessValues.join(', ');

/** The file for one language; a language added to the site without its template is a type error. */
export function positionTemplate(locale: Locale, scaffold: PositionScaffold): string {
  return templates[locale](scaffold);
}

const templates: Record<Locale, (scaffold: PositionScaffold) => string> = {
  id: indonesianTemplate,
  en: englishTemplate,
};

function indonesianTemplate({ campaign, order, applyUrl }: PositionScaffold): string {
  const portal =
    applyUrl === undefined
      ? `${scaffoldPlaceholderStart}Tulis tautan ke portal rekrutmen resmi, misalnya [portal rekrutmen resmi BPJS Ketenagakerjaan](https://rekrutmen.bpjsketenagakerjaan.go.id)]]`
      : `[portal rekrutmen resmi BPJS Ketenagakerjaan](${applyUrl})`;
  return `---
# Nama posisi, persis seperti dalam pengumuman resmi, misalnya "Customer Service Officer".
title: ""
# Satu kalimat utuh, dengan subjek dan predikat, tentang arti umum nama posisi ini dan tempat tugas
# serta persyaratannya, misalnya "Nama posisi Customer Service Officer lazim dipakai untuk petugas
# yang menangani pertanyaan dan permintaan orang yang dilayani suatu lembaga; tugas dan
# persyaratannya tercantum di portal rekrutmen resmi." Jangan menulis tugas yang tidak disebut
# pengumuman resmi. Kalimat ini tampil di daftar posisi, di mesin pencari, dan saat tautan dibagikan.
description: ""
# Nama berkas kampanye di content/campaigns/id/ tanpa ".md". Harus sama di kedua bahasa.
campaign: "${campaign}"
# Urutan pada daftar posisi (1 tampil paling atas). Harus sama di kedua bahasa.
order: ${order}
# Apakah posisi ini terbuka bagi penyandang disabilitas fisik: ${disabilityChoices}
# (terbuka, tidak terbuka, belum dipastikan). Ganti "to-confirm" hanya setelah dipastikan oleh
# BPJS Ketenagakerjaan. Harus sama di kedua bahasa.
disabilityAccess: "to-confirm"
# Tidak wajib. Tanpa kolom ini, posisi ditempatkan di semua wilayah kampanyenya. Untuk membatasinya,
# hapus tanda "#" di depan baris-baris di bawah ini dan sisakan wilayah yang benar. Harus sama di
# kedua bahasa. Pilihan: kelompok pulau, yaitu ${islandGroupChoices},
# atau provinsi di dalamnya, ditulis dengan huruf kecil dan tanda hubung, misalnya jawa-barat.
# Daftar lengkapnya ada di content/README.md, bagian "Wilayah penempatan".
# placements:
#   - sulawesi
#   - maluku
#
# Teks di bawah ini hanya menjelaskan peran dan menautkan portal rekrutmen resmi. Halaman posisi
# sudah mencantumkan satu kali ketentuan rekrutmen: prioritas kandidat lokal, keterbukaan bagi
# kandidat penyandang disabilitas fisik, seluruh tahapan tidak dipungut biaya, peringatan penipuan,
# dan keputusan Panitia Rekrutmen dan Seleksi. Jangan mengulangnya di sini.
---

## Gambaran peran

${scaffoldPlaceholderStart}Tulis satu kalimat netral tentang arti umum nama posisi ini, misalnya "Nama posisi Customer Service Officer lazim dipakai untuk petugas yang menangani pertanyaan dan permintaan orang yang dilayani suatu lembaga.", atau hapus paragraf ini. Jangan menulis tugas, gaji, batas usia, pendidikan, atau kuota yang tidak disebut dalam pengumuman resmi.]]

## Persyaratan

Pengumuman rekrutmen hanya menyebutkan nama posisi ini. Pengumuman itu tidak menyebutkan tugas, persyaratan, gaji, batas usia, atau jumlah kebutuhan. Tugas dan persyaratan lengkapnya tercantum di ${portal}.
`;
}

function englishTemplate({ campaign, order, applyUrl }: PositionScaffold): string {
  const portal =
    applyUrl === undefined
      ? `${scaffoldPlaceholderStart}Write a link to the official recruitment portal, e.g. [official BPJS Ketenagakerjaan recruitment portal](https://rekrutmen.bpjsketenagakerjaan.go.id)]]`
      : `[official BPJS Ketenagakerjaan recruitment portal](${applyUrl})`;
  return `---
# The position's name, exactly as in the official announcement, e.g. "Customer Service Officer".
title: ""
# One full sentence on what the title commonly means and where its duties and requirements are,
# e.g. "The title Customer Service Officer is commonly used for staff who handle the questions and
# requests of the people an organisation serves; the duties and requirements of this position are on
# the official recruitment portal." Write no duty the official announcement does not give. It shows
# in the list of positions, in search engines and when the link is shared.
description: ""
# The file name of a campaign in content/campaigns/en/, without ".md". Same in both languages.
campaign: "${campaign}"
# Place in the list of positions (1 shows first). Same in both languages.
order: ${order}
# Whether this position is open to candidates with physical disabilities: ${disabilityChoices}.
# Change "to-confirm" only once BPJS Ketenagakerjaan has confirmed it. Same in both languages.
disabilityAccess: "to-confirm"
# Optional. Without this field the position is placed in every region of its campaign. To limit it,
# remove the "#" in front of the lines below and keep the right regions. Same in both languages.
# Choices: an island group, one of ${islandGroupChoices},
# or a province in one, written as its slug, e.g. jawa-barat. The full list is in content/README.md,
# under "Wilayah penempatan".
# placements:
#   - sulawesi
#   - maluku
#
# The text below only explains the role and links the official recruitment portal. The position
# page already states the recruitment terms once: priority for local candidates, access for
# candidates with physical disabilities, every stage free of charge, the fraud warning and the
# Recruitment and Selection Committee's final decisions. Do not repeat them here.
---

## About the role

${scaffoldPlaceholderStart}Write one neutral sentence on what the title commonly means, e.g. "The title Customer Service Officer is commonly used for staff who handle the questions and requests of the people an organisation serves.", or delete this paragraph. Write no duties, salary, age limits, education or quotas that the official announcement does not give.]]

## Requirements

The recruitment announcement gives only the name of this position. It does not state the duties, requirements, salary, age limits or number of places. The full duties and requirements are on the ${portal}.
`;
}
