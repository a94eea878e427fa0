/**
 * The agency's claims: every sentence on this site that states BPJS Ketenagakerjaan's policy (how it
 * recruits, which addresses are its own, what to beware of), with its words in both languages, where
 * it comes from and whether the agency has confirmed it for this site. Pages show a claim only
 * through `Claim.astro`, which marks it `data-claim="<id>"`; the output check refuses a mark without
 * an entry here that has a source. `npm run check:content` warns about every claim not yet
 * confirmed, and the editor guide's "Yang harus dipastikan" list is tested against them.
 *
 * A claim without a source is not shown. A sentence from a source that is not this campaign's
 * announcement says where it comes from in its own words ("in a 2018 press release"), so a reader
 * never takes an old statement for a new one. Plain data: no imports, read by the Astro config too.
 */

/** A line of the announcement (`seed/recruitment-announcement.txt`, the English translation of it), quoted exactly. */
export interface AnnouncementSource {
  kind: 'announcement';
  lines: readonly string[];
}

/** A public statement of the agency, as published, with its address and date. */
export interface StatementSource {
  kind: 'statement';
  publisher: string;
  url: string;
  /** As the publication gives it. */
  date: string;
  quote: string;
}

export type ClaimSource = AnnouncementSource | StatementSource;

export interface Claim {
  /** `{host}` in the words is filled with the claim's own address (or the recruitment portal's). */
  words: { readonly id: string; readonly en: string };
  /** Undefined: nothing supports it yet, so no page may show it. */
  source: ClaimSource | undefined;
  /** Whether BPJS Ketenagakerjaan has confirmed it for this site: the announcement counts, an older statement does not. */
  confirmed: boolean;
  /** An address the claim is about. */
  url?: string;
  /** For a claim not yet confirmed: the item of the editor guide's "Yang harus dipastikan setiap kampanye" list that covers it. */
  toConfirm?: string;
}

const announcement = {
  free: 'All BPJS Ketenagakerjaan recruitment stages are FREE OF CHARGE.',
  fraud: 'Be cautious of any fraud claiming to represent BPJS Ketenagakerjaan and requesting payments for tickets or other accommodations.',
  online: 'Registration and Assessment process fully online',
  committee: 'The decisions made by the Recruitment and Selection Committee are final and cannot be contested.',
  local: 'Priority is given to the local candidates according to placement region',
  disability: 'Physical disability candidates participation is open for several positions',
  apply: 'Should you are interested with the position and meet the qualifications required kindly apply using link below on 8-14 September 2025.',
} as const;

function fromAnnouncement(...lines: (keyof typeof announcement)[]): AnnouncementSource {
  return { kind: 'announcement', lines: lines.map((line) => announcement[line]) };
}

/**
 * The only public statement of the agency about its recruitment channels found so far: a press
 * release quoted by ANTARA, about the selection that ran from February 2018.
 */
const pressRelease2018: StatementSource = {
  kind: 'statement',
  publisher: 'ANTARA News, quoting a BPJS Ketenagakerjaan press release ("Marak penipuan seleksi karyawan, ini penjelasan BPJS Ketenagakerjaan")',
  url: 'https://www.antaranews.com/berita/707297/marak-penipuan-seleksi-karyawan-ini-penjelasan-bpjs-ketenagakerjaan',
  date: '2018, a Saturday: the article names the day only, and the selection it describes had run "sejak Februari 2018"',
  quote:
    'Adapun kontak dengan peserta rekrutmen hanya dilakukan melalui pengumuman yang dimuat pada media resmi proses Rekrutmen dan Seleksi BPJS Ketenagakerjaan di laman rekrutmen.bpjsketenagakerjaan.go.id.',
};

const recruitmentPortalUrl = 'https://rekrutmen.bpjsketenagakerjaan.go.id';

export const claims = {
  'fraud-warning': {
    words: {
      id: 'Seluruh tahapan rekrutmen BPJS Ketenagakerjaan tidak dipungut biaya. Jangan membayar siapa pun. Pendaftaran hanya dilakukan melalui portal rekrutmen resmi.',
      en: 'Every stage of BPJS Ketenagakerjaan recruitment is free of charge. Do not pay anyone. Registration takes place only on the official recruitment portal.',
    },
    source: fromAnnouncement('free', 'apply'),
    confirmed: true,
  },
  'free-of-charge': {
    words: { id: 'Seluruh tahapan rekrutmen tidak dipungut biaya.', en: 'Every stage of the recruitment is free of charge.' },
    source: fromAnnouncement('free'),
    confirmed: true,
  },
  'payment-warning': {
    words: {
      id: 'Waspadai pihak yang mengatasnamakan BPJS Ketenagakerjaan dan meminta pembayaran untuk tiket atau akomodasi.',
      en: 'Beware of anyone who claims to represent BPJS Ketenagakerjaan and asks you to pay for tickets or accommodation.',
    },
    source: fromAnnouncement('fraud'),
    confirmed: true,
  },
  'online-only': {
    words: { id: 'Pendaftaran dan asesmen dilaksanakan sepenuhnya secara daring.', en: 'Registration and assessment are entirely online.' },
    source: fromAnnouncement('online'),
    confirmed: true,
  },
  // The same rule, told of a recruitment that is over (src/lib/recruitment/campaignPhase.ts, "concluded").
  'online-only-past': {
    words: {
      id: 'Pendaftaran dan asesmen rekrutmen ini dilaksanakan sepenuhnya secara daring.',
      en: 'Registration and assessment for this recruitment were entirely online.',
    },
    source: fromAnnouncement('online'),
    confirmed: true,
  },
  'committee-final': {
    words: {
      id: 'Keputusan Panitia Rekrutmen dan Seleksi bersifat final dan tidak dapat diganggu gugat.',
      en: 'The decisions of the Recruitment and Selection Committee are final and cannot be contested.',
    },
    source: fromAnnouncement('committee'),
    confirmed: true,
  },
  'local-priority': {
    words: {
      id: 'BPJS Ketenagakerjaan memprioritaskan kandidat lokal sesuai dengan wilayah penempatan.',
      en: 'BPJS Ketenagakerjaan gives priority to local candidates for the placement region.',
    },
    source: fromAnnouncement('local'),
    confirmed: true,
  },
  'disability-several': {
    words: {
      id: 'Beberapa posisi terbuka bagi kandidat penyandang disabilitas fisik.',
      en: 'Several positions are open to candidates with physical disabilities.',
    },
    source: fromAnnouncement('disability'),
    confirmed: true,
  },
  'disability-to-confirm': {
    words: {
      id: 'Beberapa posisi dalam rekrutmen ini terbuka bagi kandidat penyandang disabilitas fisik. Periksa di portal rekrutmen resmi apakah posisi ini termasuk di antaranya.',
      en: 'Several positions in this recruitment are open to candidates with physical disabilities. Check on the official recruitment portal whether this one is.',
    },
    source: fromAnnouncement('disability'),
    confirmed: true,
  },
  // The announcement does not say which positions; these two are shown only for a position whose
  // `disabilityAccess` the editors set after the agency confirmed it (content/README.md).
  'disability-open': {
    words: { id: 'Posisi ini terbuka bagi kandidat penyandang disabilitas fisik.', en: 'This position is open to candidates with physical disabilities.' },
    source: fromAnnouncement('disability'),
    confirmed: true,
  },
  'disability-not-open': {
    words: {
      id: 'Posisi ini tidak termasuk posisi yang terbuka bagi kandidat penyandang disabilitas fisik.',
      en: 'This position is not among those open to candidates with physical disabilities.',
    },
    source: fromAnnouncement('disability'),
    confirmed: true,
  },
  // The same terms, told of a recruitment that is over (src/lib/recruitment/campaignPhase.ts, "concluded"):
  // chosen when a page is built, so a reader a year later is not told what "is" open.
  'local-priority-past': {
    words: {
      id: 'Dalam rekrutmen ini, BPJS Ketenagakerjaan memprioritaskan kandidat lokal sesuai dengan wilayah penempatan.',
      en: 'In this recruitment, BPJS Ketenagakerjaan gave priority to local candidates for the placement region.',
    },
    source: fromAnnouncement('local'),
    confirmed: true,
  },
  'disability-several-past': {
    words: {
      id: 'Beberapa posisi dalam rekrutmen ini terbuka bagi kandidat penyandang disabilitas fisik.',
      en: 'Several positions in this recruitment were open to candidates with physical disabilities.',
    },
    source: fromAnnouncement('disability'),
    confirmed: true,
  },
  'disability-to-confirm-past': {
    words: {
      id: 'Beberapa posisi dalam rekrutmen ini terbuka bagi kandidat penyandang disabilitas fisik; pengumumannya tidak menyebutkan posisi mana saja.',
      en: 'Several positions in this recruitment were open to candidates with physical disabilities; the announcement did not say which.',
    },
    source: fromAnnouncement('disability'),
    confirmed: true,
  },
  'disability-open-past': {
    words: {
      id: 'Dalam rekrutmen ini, posisi ini terbuka bagi kandidat penyandang disabilitas fisik.',
      en: 'In this recruitment, this position was open to candidates with physical disabilities.',
    },
    source: fromAnnouncement('disability'),
    confirmed: true,
  },
  'disability-not-open-past': {
    words: {
      id: 'Dalam rekrutmen ini, posisi ini tidak termasuk posisi yang terbuka bagi kandidat penyandang disabilitas fisik.',
      en: 'In this recruitment, this position was not among those open to candidates with physical disabilities.',
    },
    source: fromAnnouncement('disability'),
    confirmed: true,
  },
  'sign-payment': {
    words: {
      id: 'Permintaan pembayaran dalam bentuk apa pun, termasuk untuk tiket atau akomodasi: seluruh tahapan rekrutmen tidak dipungut biaya.',
      en: 'A request for payment of any kind, including for tickets or accommodation: every stage of the recruitment is free of charge.',
    },
    source: fromAnnouncement('free', 'fraud'),
    confirmed: true,
  },
  'sign-offline': {
    words: {
      id: 'Ajakan mendaftar atau mengikuti asesmen di luar portal rekrutmen: pendaftaran dan asesmen dilaksanakan sepenuhnya secara daring.',
      en: 'An invitation to register or be assessed anywhere but the recruitment portal: registration and assessment are entirely online.',
    },
    source: fromAnnouncement('online'),
    confirmed: true,
  },
  'sign-private-contact': {
    words: {
      id: 'Pesan pribadi yang mengaku dari panitia, misalnya lewat WhatsApp. Dalam siaran pers tahun 2018, BPJS Ketenagakerjaan menyatakan bahwa kontak dengan peserta rekrutmen hanya dilakukan melalui pengumuman di {host}.',
      en: 'A private message that claims to come from the committee, for example on WhatsApp. In a 2018 press release, BPJS Ketenagakerjaan said it contacted candidates only through announcements on {host}.',
    },
    source: pressRelease2018,
    confirmed: false,
    toConfirm: 'Cara panitia menghubungi kandidat',
  },
  'recruitment-portal': {
    words: {
      id: 'Dalam siaran pers tahun 2018, BPJS Ketenagakerjaan menyebut {host} sebagai laman resmi rekrutmennya.',
      en: 'In a 2018 press release, BPJS Ketenagakerjaan named {host} as its official recruitment page.',
    },
    source: pressRelease2018,
    confirmed: false,
    url: recruitmentPortalUrl,
    toConfirm: 'Alamat portal rekrutmen',
  },
  // The statement names a page under bpjsketenagakerjaan.go.id, and only the holder of that name
  // can publish under it; whether www is the agency's main site is still for the agency to say.
  'agency-website': {
    words: {
      id: 'Situs BPJS Ketenagakerjaan: {host}, pada nama domain yang sama dengan laman rekrutmen yang disebut dalam siaran pers tahun 2018.',
      en: 'BPJS Ketenagakerjaan website: {host}, under the same domain name as the recruitment page named in the 2018 press release.',
    },
    source: pressRelease2018,
    confirmed: false,
    url: 'https://www.bpjsketenagakerjaan.go.id',
    toConfirm: 'Kanal resmi',
  },
  // Where this site is published: in every canonical link, share link and structured data. Nothing
  // published names it, so no sentence on the site states it.
  'this-site': {
    words: { id: 'Situs rekrutmen ini beralamat {host}.', en: 'This recruitment site is at {host}.' },
    source: undefined,
    confirmed: false,
    url: 'https://karier.bpjsketenagakerjaan.go.id',
    toConfirm: 'Alamat situs ini',
  },
} as const satisfies Record<string, Claim>;

export type ClaimId = keyof typeof claims;

/** The register as a list, for checks that go through every entry. */
export const claimEntries: readonly (readonly [ClaimId, Claim])[] = Object.entries(claims) as [ClaimId, Claim][];

/** A claim's address; for a claim that names none, the recruitment portal's. */
export function claimUrl(id: ClaimId): string {
  const claim: Claim = claims[id];
  return claim.url ?? recruitmentPortalUrl;
}

/** A claim's words in one language, with `{host}` filled in. */
export function claimText(id: ClaimId, locale: 'id' | 'en'): string {
  const claim: Claim = claims[id];
  return claim.words[locale].replaceAll('{host}', new URL(claimUrl(id)).host);
}

/** Whether `id` names a claim a page may show: one in the register, with a source. */
export function isSourcedClaim(id: string): boolean {
  return Object.hasOwn(claims, id) && (claims[id as ClaimId] as Claim).source !== undefined;
}

/** The claim about an address, if the register has one: channels and links to it carry its mark. */
export function claimForUrl(url: string): ClaimId | undefined {
  const normalised = new URL(url).href;
  return claimEntries.find(([, claim]) => claim.url !== undefined && new URL(claim.url).href === normalised)?.[0];
}
