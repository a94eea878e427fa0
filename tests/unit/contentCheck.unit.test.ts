import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
  checkContent,
  contentProblemsError,
  type ContentProblem,
  fieldName,
  formatContentReport,
  formatProblem,
} from '../../src/lib/contentCheck/checkContent.ts';
import { announcementSchema, campaignSchema } from '../../src/lib/content/schemas.ts';
import { contentFixtures, contentSet, removeContentSets } from '../support/contentFixtures.ts';
import { projectRoot } from '../support/sites.ts';

afterAll(removeContentSets);

/** The problems found in a fault set, with file paths relative to its content folder. */
function problemsIn(fault: string): ContentProblem[] {
  const root = contentSet(fault);
  return checkContent(root).problems.map((problem) => ({ ...problem, file: problem.file.slice(root.length + 1) }));
}

interface FaultCase {
  name: string;
  fault: string;
  file: string;
  field: string;
  line: number | undefined;
  message: RegExp;
}

/** One fault set per kind of fault; each must be reported with its file, field and (where it has one) line. */
const faultCases: FaultCase[] = [
  {
    name: 'names the missing English twin of a position and the file it translates',
    fault: 'missing-twin',
    file: 'positions/en/posisi-uji.md',
    field: '(terjemahan)',
    line: undefined,
    message: /belum ada.*positions\/id\/posisi-uji\.md.* \/ this file does not exist/,
  },
  {
    name: 'refuses an announcement published more than a year ahead, a mistyped year',
    fault: 'announcement-years-ahead',
    file: 'announcements/id/pengumuman-uji.md',
    field: 'published',
    line: 5,
    message: /^tanggal terbit 2999-09-01T09:00:00\+07:00 lebih dari 365 hari lagi.* \/ the publication date .* is more than 365 days away/,
  },
  {
    name: 'refuses required text that is only spaces',
    fault: 'empty-title',
    file: 'positions/id/posisi-uji.md',
    field: 'title',
    line: 2,
    message: /^tidak boleh kosong \/ must not be empty$/,
  },
  {
    name: 'refuses a title longer than a title may be, saying the limit and the length',
    fault: 'title-too-long',
    file: 'positions/id/posisi-uji.md',
    field: 'title',
    line: 2,
    message: /^terlalu panjang: paling banyak 150 karakter; sekarang 214 \/ too long: at most 150 characters; now 214$/,
  },
  {
    name: 'refuses a 3,000-letter word in a title, which no page or share picture can wrap',
    fault: 'title-word-too-long',
    file: 'positions/id/posisi-uji.md',
    field: 'title',
    line: 2,
    message: /^kata terpanjang paling banyak 40 karakter tanpa spasi; sekarang 3000: .* \/ the longest word may have at most 40 characters without a space; now 3000: /,
  },
  {
    name: 'refuses a description longer than a description may be',
    fault: 'description-too-long',
    file: 'positions/en/posisi-uji.md',
    field: 'description',
    line: 3,
    message: /^terlalu panjang: paling banyak 300 karakter; sekarang 439 \/ too long: at most 300 characters; now 439$/,
  },
  {
    name: 'refuses a question on the questions page longer than a heading may be',
    fault: 'question-too-long',
    file: 'pages/id/tanya-jawab.md',
    field: '(isi)',
    line: 6,
    message: /^subjudul terlalu panjang: paling banyak 200 karakter; sekarang 242 \/ heading too long: at most 200 characters; now 242$/,
  },
  {
    name: 'reports a required field that is missing',
    fault: 'missing-description',
    file: 'positions/en/posisi-uji.md',
    field: 'description',
    line: 1,
    message: /^wajib diisi \/ is required$/,
  },
  {
    name: 'reports a field of the wrong type',
    fault: 'wrong-type',
    file: 'programmes/en/jkk.md',
    field: 'order',
    line: 5,
    message: /harus berupa angka .* \/ must be a number/,
  },
  {
    name: 'reports a date-time without its UTC offset',
    fault: 'date-without-offset',
    file: 'campaigns/id/kampanye-uji.md',
    field: 'opens',
    line: 4,
    message: /selisih UTC belum ditulis.* \/ the UTC offset is missing/,
  },
  {
    name: 'asks for quotes around a date-time that YAML read as a date',
    fault: 'unquoted-date',
    file: 'campaigns/en/kampanye-uji.md',
    field: 'closes',
    line: 5,
    message: /tanda kutip.* \/ write it in quotes, e\.g\. "2025-09-14" \(a date only\) or .*; without quotes YAML/,
  },
  {
    name: 'reports a registration window that closes before it opens',
    fault: 'closes-before-opens',
    file: 'campaigns/id/kampanye-uji.md',
    field: 'closes',
    line: 5,
    message: /tertutup sebelum dibuka \/ .*closes before it opens/,
  },
  {
    name: 'refuses an apply URL that is not https',
    fault: 'apply-url-not-https',
    file: 'campaigns/id/kampanye-uji.md',
    field: 'applyUrl',
    line: 6,
    message: /harus diawali https:\/\/ \(bukan http:\/\/\) \/ must start with https:\/\//,
  },
  {
    name: 'refuses an apply URL on a look-alike host',
    fault: 'apply-url-look-alike',
    file: 'campaigns/en/kampanye-uji.md',
    field: 'applyUrl',
    line: 6,
    message: /rekrutmen-bpjsketenagakerjaan\.com meniru alamat resmi.* \/ .*imitates an official address/,
  },
  {
    name: 'refuses an apply URL behind a link shortener',
    fault: 'apply-url-shortener',
    file: 'campaigns/id/kampanye-uji.md',
    field: 'applyUrl',
    line: 6,
    message: /bit\.ly adalah layanan pemendek tautan.* \/ bit\.ly is a link shortener/,
  },
  {
    name: 'refuses an official channel whose host only starts like the official one',
    fault: 'official-link-not-allowlisted',
    file: 'channels/en/portal-rekrutmen.yaml',
    field: 'url',
    line: 3,
    message: /bpjsketenagakerjaan\.go\.id\.daftar-online\.com meniru alamat resmi/,
  },
  {
    name: 'refuses a raw script element in a Markdown file',
    fault: 'raw-script-in-md',
    file: 'pages/en/waspada-penipuan.md',
    field: '(isi)',
    line: 8,
    message: /^HTML tidak diizinkan di teks \(<script src=.*\/ HTML is not allowed in the text/,
  },
  {
    name: 'refuses a raw iframe in a Markdown file',
    fault: 'raw-iframe-in-md',
    file: 'pages/id/waspada-penipuan.md',
    field: '(isi)',
    line: 8,
    message: /^HTML tidak diizinkan di teks \(<iframe/,
  },
  {
    name: 'refuses a raw style element in a Markdown file',
    fault: 'raw-style-in-md',
    file: 'programmes/en/jkk.md',
    field: '(isi)',
    line: 10,
    message: /^HTML tidak diizinkan di teks \(<style/,
  },
  {
    name: 'refuses an on… event handler in raw HTML',
    fault: 'event-handler-in-md',
    file: 'agency/id/tentang.md',
    field: '(isi)',
    line: 12,
    message: /^HTML tidak diizinkan di teks \(<img .*onerror/,
  },
  {
    name: 'refuses a javascript: link in Markdown',
    fault: 'javascript-link-in-md',
    file: 'positions/en/posisi-uji.md',
    field: '(isi)',
    line: 13,
    message: /tautan javascript:alert\(document\.cookie\): alamat javascript: dapat menjalankan kode/,
  },
  {
    name: 'reports two files with the same slug in one folder',
    fault: 'duplicate-slug',
    file: 'channels/id/portal-rekrutmen.yml',
    field: '(berkas)',
    line: undefined,
    message: /nama yang sama dengan .*channels\/id\/portal-rekrutmen\.yaml: .* \/ same name as/,
  },
  {
    name: 'reports a position whose campaign does not exist',
    fault: 'unknown-campaign',
    file: 'positions/id/posisi-uji.md',
    field: 'campaign',
    line: 4,
    message: /kampanye "kampanye-lama" tidak ada.*yang ada: kampanye-uji \/ there is no campaign "kampanye-lama"/,
  },
  {
    name: 'reports a placement outside the regions of its campaign',
    fault: 'placement-outside-campaign',
    file: 'positions/id/posisi-uji.md',
    field: 'placements[0]',
    line: 7,
    message: /maluku bukan wilayah penempatan kampanye/,
  },
  {
    name: 'reports a translation that disagrees with the original on a shared fact',
    fault: 'twins-disagree',
    file: 'campaigns/en/kampanye-uji.md',
    field: 'closes',
    line: 5,
    message: /harus sama dengan di .*campaigns\/id\/kampanye-uji\.md \(di sana: "2025-09-14T23:59:59\+07:00"\)/,
  },
  {
    name: 'reports a misspelt field instead of dropping it',
    fault: 'unknown-field',
    file: 'positions/en/posisi-uji.md',
    field: 'disabilityAcess',
    line: 8,
    message: /kolom tidak dikenal: disabilityAcess.* \/ unknown field: disabilityAcess/,
  },
  {
    name: 'reports a data block YAML cannot read',
    fault: 'broken-yaml',
    file: 'pages/id/waspada-penipuan.md',
    field: '(berkas)',
    line: 2,
    message: /bagian data tidak dapat dibaca/,
  },
  {
    name: 'reports an entry with no text under its data block',
    fault: 'empty-body',
    file: 'pages/en/waspada-penipuan.md',
    field: '(isi)',
    line: undefined,
    message: /kosong.* \/ the text below the data block is empty/,
  },
  {
    name: 'reports a file name that cannot be a page address',
    fault: 'bad-file-name',
    file: 'positions/id/Posisi Baru.md',
    field: '(berkas)',
    line: undefined,
    message: /huruf kecil a-z, angka, dan tanda hubung/,
  },
  {
    name: 'reports a file the site would skip because it is outside a language folder',
    fault: 'file-outside-language-folder',
    file: 'positions/posisi-lain.md',
    field: '(berkas)',
    line: undefined,
    message: /folder bahasa id\/ atau en\//,
  },  {
    name: 'refuses a FAQ answer asking for a transfer to a BRI account',
    fault: 'faq-bank-transfer',
    file: 'pages/id/tanya-jawab.md',
    field: '(isi)',
    line: 8,
    message: /^\"transfer\" terbaca sebagai permintaan uang.* \/ \"transfer\" reads as a request for money/,
  },
  {
    name: 'refuses a tel: link to a number the link policy does not confirm',
    fault: 'tel-link',
    file: 'pages/id/tanya-jawab.md',
    field: '(isi)',
    line: 8,
    message: /^tautan tel:\+6281234567890: hanya nomor yang terkonfirmasi.* \/ link tel:\+6281234567890: only numbers confirmed/,
  },
  {
    name: 'refuses a WhatsApp number written as "W.A. 0812…"',
    fault: 'whatsapp-number-dotted',
    file: 'pages/id/tanya-jawab.md',
    field: '(isi)',
    line: 8,
    message: /^nomor \"0812 3456 7890\" tidak boleh disajikan sebagai kontak.* \/ the number \"0812 3456 7890\" must not be given as a contact/,
  },
  {
    name: 'refuses a form link on another government host behind the word "pendaftaran"',
    fault: 'go-id-form-link',
    file: 'pages/id/tanya-jawab.md',
    field: '(isi)',
    line: 8,
    message: /^tautan pendaftaran https:\/\/siapkerja\.kemnaker\.go\.id\/formulir: .* \/ apply link https:\/\/siapkerja\.kemnaker\.go\.id\/formulir: /,
  },
  {
    name: 'refuses a request for the OTP code',
    fault: 'otp-request',
    file: 'pages/id/tanya-jawab.md',
    field: '(isi)',
    line: 8,
    message: /^\"kode OTP\" terbaca sebagai permintaan .* \/ \"kode OTP\" reads as a request/,
  },
  {
    name: 'refuses an .apk file to install',
    fault: 'apk-install',
    file: 'pages/id/tanya-jawab.md',
    field: '(isi)',
    line: 8,
    message: /^\"Undangan_Asesmen\.apk\" terbaca sebagai permintaan .* \/ \"Undangan_Asesmen\.apk\" reads as a request/,
  },
  {
    name: 'refuses a promise of a special route without a test',
    fault: 'promise-no-test',
    file: 'pages/id/tanya-jawab.md',
    field: '(isi)',
    line: 8,
    message: /^\"jalur khusus\" menjanjikan jalan pintas .* \/ \"jalur khusus\" promises a shortcut/,
  },
  {
    name: 'refuses a look-alike host written without a scheme in a FAQ question',
    fault: 'faq-question-look-alike',
    file: 'pages/id/tanya-jawab.md',
    field: '(isi)',
    line: 6,
    message: /^alamat \"rekrutmen-bpjstk\.com\" bukan alamat resmi .* \/ the address \"rekrutmen-bpjstk\.com\" is not an official/,
  },
  {
    name: 'refuses a look-alike host written without a scheme in an announcement title',
    fault: 'announcement-title-look-alike',
    file: 'announcements/id/pengumuman-uji.md',
    field: 'title',
    line: 2,
    message: /^alamat \"bpjstk-rekrutmen\.com\" bukan alamat resmi/,
  },
  {
    name: 'refuses a look-alike host in a stage title, which becomes a calendar summary',
    fault: 'stage-title-look-alike',
    file: 'campaigns/id/kampanye-uji.md',
    field: 'stages[0].title',
    line: 11,
    message: /^alamat \"rekrutmen-bpjsketenagakerjaan\.com\" bukan alamat resmi/,
  },
  {
    name: 'refuses a channel named after a WhatsApp number, shown as official on every page',
    fault: 'channel-name-whatsapp',
    file: 'channels/id/portal-rekrutmen.yaml',
    field: 'name',
    line: 1,
    message: /^nomor \"0812-3456-7890\" tidak boleh disajikan sebagai kontak/,
  },
];

describe('checkContent', () => {
  test('finds nothing wrong in the valid fixture set', () => {
    expect(checkContent(contentSet()).problems).toEqual([]);
  });

  test('finds nothing wrong in the real content folder', () => {
    const result = checkContent(join(projectRoot, 'content'));
    expect(result.problems).toEqual([]);
    expect(result.fileCount).toBeGreaterThan(20);
  });

  test.each(faultCases)('$name', ({ fault, file, field, line, message }) => {
    expect(problemsIn(fault)).toContainEqual({ file, field, line, message: expect.stringMatching(message) });
  });

  test('reports all five faults in three files in one run', () => {
    const problems = problemsIn('five-faults-in-three-files');
    expect(problems.map(({ file, line, field }) => `${file}:${line}  ${field}`)).toEqual([
      'campaigns/en/kampanye-uji.md:4  opens',
      'campaigns/en/kampanye-uji.md:6  applyUrl',
      'pages/en/waspada-penipuan.md:8  (isi)',
      'positions/id/posisi-uji.md:2  title',
      'positions/id/posisi-uji.md:4  campaign',
    ]);
  });

  test('does not ask a translation to copy a value that is itself wrong in the original', () => {
    const problems = problemsIn('unknown-campaign');
    expect(problems.filter((problem) => problem.file.startsWith('positions/en/'))).toEqual([]);
  });

  test.each(['script-in-mdx', 'unknown-component-in-mdx', 'code-in-mdx', 'unreadable-mdx'])(
    'refuses the .mdx file in %s and never reads its code',
    (fault) => {
      const problems = problemsIn(fault).filter((problem) => problem.file.endsWith('.mdx'));
      expect(problems.length).toBeGreaterThan(0);
      for (const problem of problems) {
        expect(problem.field).toBe('(berkas)');
        expect(problem.message).toMatch(/^berkas \.mdx tidak diterbitkan.* \/ a \.mdx file is not published/);
      }
    },
  );
});

describe('campaignSchema', () => {
  const campaign = {
    title: 'Rekrutmen',
    description: 'Kampanye',
    opens: '2025-09-08T00:00:00+07:00',
    closes: '2025-09-14T23:59:59+07:00',
    applyUrl: 'https://rekrutmen.bpjsketenagakerjaan.go.id',
    regions: ['papua'],
    stages: [{ title: 'Daftar.' }],
  };
  const issuesOf = (data: object) =>
    campaignSchema.safeParse(data).error?.issues.map((issue) => issue.path.join('.')) ?? [];

  test('accepts a campaign whose every field is right', () => {
    expect(issuesOf(campaign)).toEqual([]);
  });

  test('reports a window that closes before it opens even when another field is wrong too', () => {
    expect(issuesOf({ ...campaign, title: '', closes: '2025-09-01T00:00:00+07:00' })).toEqual(['title', 'closes']);
  });

  test('refuses a day that does not exist in the calendar', () => {
    const result = campaignSchema.safeParse({ ...campaign, opens: '2025-02-30T00:00:00+07:00' });
    expect(result.error?.issues[0]?.message).toMatch(/bukan tanggal dan jam yang ada/);
  });

  test('accepts a window given as dates, as the announcement gives it, and reads each as a whole day in WIB', () => {
    const { opens, closes } = campaignSchema.parse({ ...campaign, opens: '2025-09-08', closes: '2025-09-14' });
    expect(opens).toEqual({ instant: new Date('2025-09-08T00:00:00+07:00'), hasTime: false });
    expect(closes).toEqual({ instant: new Date('2025-09-14T23:59:59.999+07:00'), hasTime: false });
  });

  test('accepts a window that opens on a date and closes at a confirmed time', () => {
    const { opens, closes } = campaignSchema.parse({ ...campaign, opens: '2025-09-08', closes: '2025-09-14T23:59:00+07:00' });
    expect(opens.hasTime).toBe(false);
    expect(closes).toEqual({ instant: new Date('2025-09-14T16:59:00Z'), hasTime: true });
  });

  test('accepts a window that opens and closes on the same day', () => {
    expect(issuesOf({ ...campaign, opens: '2025-09-08', closes: '2025-09-08' })).toEqual([]);
  });

  test('refuses a date alone that does not exist in the calendar', () => {
    const result = campaignSchema.safeParse({ ...campaign, closes: '2025-09-31' });
    expect(result.error?.issues[0]?.message).toBe('"2025-09-31" bukan tanggal yang ada / "2025-09-31" is not a real date');
  });

  test('shows both ways to write a window edge when it is missing or malformed', () => {
    const { opens: _opens, ...withoutOpens } = campaign;
    for (const data of [withoutOpens, { ...campaign, opens: '8 September 2025' }]) {
      const message = campaignSchema.safeParse(data).error?.issues[0]?.message ?? '';
      expect(message).toContain('"2025-09-14" (tanggal saja) atau "2025-09-14T23:59:59+07:00"');
      expect(message).toContain('"2025-09-14" (a date only) or "2025-09-14T23:59:59+07:00"');
    }
  });

  test('still asks for the time and offset of an announcement published on a date alone', () => {
    const announcement = { title: 'Pengumuman', description: 'Hasil', campaign: 'rekrutmen', reference: 'PENG/1/2025' };
    const result = announcementSchema.safeParse({ ...announcement, published: '2025-09-20' });
    expect(result.error?.issues[0]?.message).toMatch(/jam dan selisih UTC belum ditulis/);
    expect(announcementSchema.safeParse({ ...announcement, published: '2025-09-20T09:00:00+07:00' }).success).toBe(true);
  });

  test('explains an unknown region briefly: the island groups, how to write a province, where the list is', () => {
    const message = campaignSchema.safeParse({ ...campaign, regions: ['jabar'] }).error?.issues[0]?.message ?? '';
    expect(message).toMatch(/^wilayah "jabar" tidak dikenal/);
    expect(message).toContain('sumatera, jawa, bali-nusa-tenggara, kalimantan, sulawesi, maluku, papua');
    expect(message).toContain('jawa-barat');
    expect(message).toContain('content/README.md');
    expect(message).not.toContain('papua-barat-daya');
  });

  test('accepts a province as a region', () => {
    expect(issuesOf({ ...campaign, regions: ['jawa-barat', 'kalimantan'] })).toEqual([]);
  });

  test('turns both moments with their times into instants', () => {
    expect(campaignSchema.parse(campaign).closes).toEqual({ instant: new Date('2025-09-14T16:59:59.000Z'), hasTime: true });
  });
});

describe('placements inside a campaign', () => {
  /** The valid set with the position's placements rewritten in both languages. */
  function placementProblems(placement: string): ContentProblem[] {
    const root = contentSet();
    for (const locale of ['id', 'en']) {
      const path = join(root, 'positions', locale, 'posisi-uji.md');
      writeFileSync(path, readFileSync(path, 'utf8').replace('  - sulawesi', `  - ${placement}`));
    }
    return checkContent(root).problems;
  }

  test('accepts a province of an island group the campaign places people in', () => {
    expect(placementProblems('sulawesi-selatan')).toEqual([]);
    expect(placementProblems('provinsi-papua')).toEqual([]);
  });

  test('reports a province outside every region of the campaign', () => {
    const problems = placementProblems('jawa-barat');
    expect(problems.map((problem) => problem.field)).toEqual(['placements[0]', 'placements[0]']);
    expect(problems[0]?.message).toMatch(/^jawa-barat bukan wilayah penempatan kampanye/);
  });
});

describe('stages of a campaign', () => {
  /** The valid set with the campaign's stages replaced, per language. */
  function stageProblems(stages: { id: string; en: string }): ContentProblem[] {
    const root = contentSet();
    for (const locale of ['id', 'en'] as const) {
      const path = join(root, 'campaigns', locale, 'kampanye-uji.md');
      writeFileSync(path, readFileSync(path, 'utf8').replace(/stages:\n(?: {2}- title: .*\n)+/, `stages:\n${stages[locale]}`));
    }
    return checkContent(root).problems;
  }
  const dated = (title: string, starts: string, ends: string) => `  - title: "${title}"\n    starts: "${starts}"\n    ends: "${ends}"\n`;
  const undated = (title: string) => `  - title: "${title}"\n`;

  test('accepts dated and undated stages whose twins give the same instants in other offsets', () => {
    expect(
      stageProblems({
        id: dated('Pendaftaran', '2025-09-08T00:00:00+07:00', '2025-09-14T23:59:59+07:00') + undated('Asesmen'),
        en: dated('Registration', '2025-09-08T01:00:00+08:00', '2025-09-14T23:59:59+07:00') + undated('Assessment'),
      }),
    ).toEqual([]);
  });

  test('accepts a stage given as dates, and one given as a single day', () => {
    expect(
      stageProblems({
        id: dated('Pendaftaran', '2025-09-08', '2025-09-14') + dated('Asesmen', '2025-09-20', '2025-09-20'),
        en: dated('Registration', '2025-09-08', '2025-09-14') + dated('Assessment', '2025-09-20', '2025-09-20'),
      }),
    ).toEqual([]);
  });

  test('reports twins of which one gives a stage as dates and the other with times', () => {
    const problems = stageProblems({
      id: dated('Pendaftaran', '2025-09-08', '2025-09-14'),
      en: dated('Registration', '2025-09-08T00:00:00+07:00', '2025-09-14T23:59:59.999+07:00'),
    });
    expect(problems.map((problem) => problem.field)).toEqual(['stages']);
  });

  test('names the stage and the field of a stage that ends before it starts, in both languages', () => {
    const stages = undated('Pendaftaran') + dated('Asesmen', '2025-09-20T08:00:00+07:00', '2025-09-19T08:00:00+07:00');
    const problems = stageProblems({ id: stages, en: stages });
    expect(problems.map((problem) => problem.field)).toEqual(['stages[1].ends', 'stages[1].ends']);
    expect(problems[0]?.message).toContain('ends must be after starts');
    expect(problems[0]?.message).toContain('tahap ini berakhir sebelum dimulai');
  });

  test('refuses a stage date without its UTC offset, naming the field', () => {
    const stages = undated('Pendaftaran') + dated('Asesmen', '2025-09-20T08:00:00', '2025-09-21T08:00:00+07:00');
    const problems = stageProblems({ id: stages, en: stages });
    expect(problems.map((problem) => problem.field)).toEqual(['stages[1].starts', 'stages[1].starts']);
    expect(problems[0]?.message).toMatch(/selisih UTC belum ditulis/);
  });

  test('asks for both dates of a stage when only one is written', () => {
    const stages = `  - title: "Asesmen"\n    starts: "2025-09-20T08:00:00+07:00"\n`;
    const problems = stageProblems({ id: stages, en: stages });
    expect(problems.map((problem) => problem.field)).toEqual(['stages[0].ends', 'stages[0].ends']);
    expect(problems[0]?.message).toContain('write starts and ends together');
  });

  test('refuses stages listed out of the order they happen', () => {
    const stages =
      dated('Asesmen', '2025-09-20T08:00:00+07:00', '2025-09-21T08:00:00+07:00') +
      dated('Pendaftaran', '2025-09-08T00:00:00+07:00', '2025-09-14T23:59:59+07:00');
    const problems = stageProblems({ id: stages, en: stages });
    expect(problems.map((problem) => problem.field)).toEqual(['stages[1].starts', 'stages[1].starts']);
    expect(problems[0]?.message).toContain('stages[0]');
  });

  test('reports twins whose stage dates differ, though their titles may', () => {
    const problems = stageProblems({
      id: dated('Pendaftaran', '2025-09-08T00:00:00+07:00', '2025-09-14T23:59:59+07:00'),
      en: dated('Registration', '2025-09-08T00:00:00+07:00', '2025-09-15T23:59:59+07:00'),
    });
    expect(problems.map((problem) => [problem.file.replace(/^.*\/campaigns\//, ''), problem.field])).toEqual([['en/kampanye-uji.md', 'stages']]);
    expect(problems[0]?.message).toContain('"starts":"2025-09-08T00:00:00+07:00"');
    expect(problems[0]?.message).not.toContain('Pendaftaran');
  });

  test('reports twins with a different number of stages', () => {
    const problems = stageProblems({ id: undated('Pendaftaran') + undated('Asesmen'), en: undated('Registration') });
    expect(problems.map((problem) => problem.field)).toEqual(['stages']);
  });
});

describe('report format', () => {
  test('prints a problem as file:line, field and message separated by two spaces', () => {
    const problem = {
      file: 'content/a/id/x.md',
      line: 3,
      field: 'title',
      message: 'tidak boleh kosong / must not be empty',
    };
    expect(formatProblem(problem)).toBe('content/a/id/x.md:3  title  tidak boleh kosong / must not be empty');
  });

  test('leaves out the line of a file that does not exist', () => {
    const problem = { file: 'content/a/en/x.md', line: undefined, field: '(terjemahan)', message: 'm / m' };
    expect(formatProblem(problem)).toBe('content/a/en/x.md  (terjemahan)  m / m');
  });

  test('ends the report with the number of problems and files, in both languages', () => {
    const problem = { file: 'a.md', line: 1, field: 'title', message: 'm / m' };
    expect(
      formatContentReport({ problems: [problem], fileCount: 4 })
        .split('\n')
        .at(-1),
    ).toBe(
      '1 masalah di 1 berkas. Perbaiki semuanya, lalu jalankan lagi npm run check:content. / ' +
        '1 problem in 1 file. Fix them all, then run npm run check:content again.',
    );
  });

  test('names a nested field the way it is written in the data block', () => {
    expect(fieldName(['sources', 0, 'url'])).toBe('sources[0].url');
    expect(fieldName([])).toBe('(berkas)');
  });
});

describe('checkContent and hostile YAML', () => {
  test('reports an alias bomb once, at its first anchor, and still lists the problems of other files', () => {
    const root = contentSet('empty-title');
    cpSync(join(contentFixtures, 'hostile', 'yaml-alias-bomb'), root, { recursive: true, filter: (source) => !source.endsWith('expect.json') });
    const problems = checkContent(root).problems.map((problem) => ({ ...problem, file: problem.file.slice(root.length + 1) }));
    const bomb = problems.filter((problem) => problem.file === 'positions/id/yaml-alias-bomb.md');
    expect(bomb).toHaveLength(1);
    expect(bomb[0]?.line).toBe(7);
    expect(bomb[0]?.message).toMatch(/^jangkar \(&\) dan alias \(\*\) YAML tidak diizinkan \(&a, 89 kali\)/);
    expect(problems.map((problem) => problem.file)).toContain('positions/id/posisi-uji.md');
  });

  test('names an unknown YAML tag at its line instead of failing later with a stack trace', () => {
    const root = contentSet();
    cpSync(join(contentFixtures, 'hostile', 'yaml-custom-tag'), root, { recursive: true, filter: (source) => !source.endsWith('expect.json') });
    const problems = checkContent(root).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]?.line).toBe(3);
    expect(problems[0]?.message).toMatch(/^tanda YAML !evil tidak diizinkan/);
  });
});

describe('checkContent and file names', () => {
  test('refuses a file named like a language code, which Astro would read as that language', () => {
    const root = contentSet();
    for (const locale of ['id', 'en']) cpSync(join(root, 'positions', locale, 'posisi-uji.md'), join(root, 'positions', locale, 'en.md'));
    const problems = checkContent(root).problems.filter((problem) => problem.file.endsWith('/en.md'));
    expect(problems.map((problem) => problem.message)).toContain(
      'nama berkas "en" sama dengan kode bahasa situs dan akan dibaca sebagai bahasa; pilih nama lain / the file name "en" is one of the site\'s language codes and would be read as a language; choose another name',
    );
  });
});

describe('contentProblemsError', () => {
  test('carries the editors\' report and no stack trace', () => {
    const error = contentProblemsError([{ file: 'content/positions/en/x.md', line: undefined, field: '(terjemahan)', message: 'a / b' }]);
    expect(error.message).toContain('content/positions/en/x.md  (terjemahan)  a / b');
    expect(error.stack).toBe(error.message);
    expect(error.stack).not.toMatch(/\n\s+at /);
  });
});
