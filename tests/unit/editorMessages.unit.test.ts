import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { en, id, type EditorMessageKey } from '../../src/lib/editorMessages.ts';

/*
 * The one catalogue of editors' messages (src/lib/editorMessages.ts): every message is
 * said through it, and each of its two dictionaries gives every key a sentence.
 */

const projectRoot = join(import.meta.dirname, '..', '..');
const catalogue = 'src/lib/editorMessages.ts';

/** Every TypeScript file under src/ and scripts/, as a path from the project's root. */
function sourceFiles(): string[] {
  return ['src', 'scripts'].flatMap((folder) =>
    readdirSync(join(projectRoot, folder), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts'))
      .map((file) => `${folder}/${file.split('\\').join('/')}`),
  );
}

type MessageParameters<K extends EditorMessageKey> = Parameters<(typeof id)[K]>;
type KeyWithParameters = { [K in EditorMessageKey]: MessageParameters<K> extends [] ? never : K }[EditorMessageKey];

/** What each message is said with here: one plausible case a key, so a key without one is a type error. */
const samples: { [K in KeyWithParameters]: MessageParameters<K> } = {
  folderNotRead: [{ folders: ['campaigns', 'positions'] }],
  outsideLanguageFolder: [{ languages: ['id', 'en'] }],
  fileNotRead: [{ collection: 'positions', extensions: '.md', language: 'id' }],
  badFileName: [{ slug: 'Petugas Layanan' }],
  slugIsLanguage: [{ slug: 'en' }],
  dataBlockUnreadable: [{ reason: 'bad indentation' }],
  dataBlockUnknown: [{ reason: 'a second document' }],
  yamlTag: [{ tag: '!!js/function' }],
  yamlReuse: [{ mark: '*a', count: 2 }],
  sameName: [{ others: ['petugas.yml'] }],
  twinMissing: [{ original: 'content/pages/id/tentang.md', missingIsIndonesian: false }],
  twinDiffers: [{ original: 'content/positions/id/petugas.md', value: '2' }],
  campaignUnknown: [{ name: 'rekrutmen-2030', folder: 'content/campaigns/id', known: ['rekrutmen-2025'] }],
  placementOutsideCampaign: [{ region: 'papua', campaign: 'rekrutmen-2025', regions: ['jawa'] }],
  headingTooLong: [{ limit: 200, length: 240 }],
  headingWordTooLong: [{ limit: 40, length: 60 }],
  htmlInText: [{ html: '<b>' }],
  badLink: [{ url: 'http://example.com', problem: { id: 'harus diawali https://', en: 'must start with https://' } }],
  imageOffSite: [{ url: 'https://example.com/a.png' }],
  hiddenCharacter: [{ codePoint: 'U+202E' }],
  scamAddress: [{ text: 'bpjs-ketenagakerjaan.site' }],
  scamContact: [{ text: '0812 3456 7890' }],
  scamRequest: [{ text: 'transfer biaya pendaftaran' }],
  scamPromise: [{ text: 'dijamin lolos' }],
  telLink: [{ url: 'tel:+6281234567890' }],
  applyLink: [{ url: 'https://example.com', problem: { id: 'bukan host resmi', en: 'not an official host' } }],
  scaffoldText: [{ mark: '[[' }],
  translationBehind: [{ original: 'content/pages/id/tentang.md', commits: 2, since: '2025-09-01' }],
  announcementTooFarAhead: [{ published: '2031-01-01', days: 366 }],
  announcementAhead: [{ published: '2026-01-01', days: 30 }],
  historyGap: [{ reason: 'shallow' }],
  warnings: [{ count: 1 }],
  positionRepeatsTerm: [{ fact: 'free-of-charge' }],
  passed: [{ files: 12 }],
  summary: [{ problems: 2, files: 12 }],
  fieldRequiredExample: [{ example: { id: '1', en: '1' } }],
  textTooLong: [{ limit: 150, length: 151 }],
  titleWordTooLong: [{ limit: 40, length: 41 }],
  invisibleCharacter: [{ codePoint: 'U+200B' }],
  notANumber: [{ example: 1 }],
  notAWholeNumber: [{ example: 1 }],
  offsetMissing: [{ example: '"2025-09-14T23:59:59+07:00"' }],
  timeAndOffsetMissing: [{ example: '"2025-09-14T23:59:59+07:00"' }],
  notARealDate: [{ value: '2025-02-30' }],
  notADateOrInstant: [{ example: { id: '"2025-09-14" (tanggal saja)', en: '"2025-09-14" (a date only)' } }],
  notAnInstant: [{ example: { id: '"2025-09-14T23:59:59+07:00"', en: '"2025-09-14T23:59:59+07:00"' } }],
  notARealInstant: [{ value: '2025-09-14T25:00:00+07:00' }],
  momentUnquoted: [{ example: { id: '"2025-09-14"', en: '"2025-09-14"' } }],
  momentNotText: [{ example: { id: '"2025-09-14"', en: '"2025-09-14"' } }],
  addressProblem: [{ problem: { kind: 'not-https', scheme: 'http:' } }],
  unknownFields: [{ fields: ['titel'] }],
  listMissing: [{ item: { id: 'wilayah penempatan', en: 'placement region' } }],
  listEmpty: [{ item: { id: 'tahap seleksi', en: 'selection stage' } }],
  unknownRegion: [{ region: '"jabar"', islandGroups: ['sumatera', 'jawa'] }],
  stageDateAlone: [{ missingField: 'ends' }],
  stageOutOfOrder: [{ earlier: 0 }],
  notADayCount: [{ example: 60 }],
  asOfWithoutDate: [{ flag: '--as-of' }],
  siteClockUnreadable: [{ source: { id: '--as-of', en: '--as-of' }, written: 'besok', expected: { id: 'tanggal', en: 'a date' } }],
  builtAsOf: [{ when: { id: '10 September 2025', en: '10 September 2025' }, source: { id: '--as-of', en: '--as-of' }, isPast: true }],
  overlayHint: [{ problems: 3 }],
  claimUnconfirmed: [{ sourced: false, item: 'Biaya seleksi' }],
  linkPolicyEntry: [{ problem: { id: 'sumbernya belum ditulis', en: 'its source is missing' } }],
  positionNameUnusable: [{ slug: 'Petugas Layanan' }],
  positionExists: [{ slug: 'petugas-layanan', files: ['content/positions/id/petugas-layanan.md'] }],
  positionNotWritten: [{ error: 'Error: EACCES' }],
  positionOptionUnknown: [{ option: '--kampanye=rekrutmen-2026' }],
  positionCampaignUnknown: [{ name: 'rekrutmen-2030', folder: 'content/campaigns/id', known: ['rekrutmen-2025'] }],
  positionNoCampaigns: [{ folder: 'content/campaigns/id' }],
  positionCampaignSeveral: [{ count: 2, folder: 'content/campaigns/id' }],
  positionCampaignNone: [{ folder: 'content/campaigns/id' }],
  positionCampaignPhase: [{ phase: 'upcoming' }],
  positionCampaignChoose: [{ slug: 'petugas-layanan', example: 'rekrutmen-2026-maret' }],
  positionCreated: [{ campaign: 'rekrutmen-2026-maret' }],
  buildFailed: [{ outDir: 'dist' }],
  editorSaveRefused: [{ count: 2 }],
  editorReady: [{ editor: 'http://localhost:4322/editor/' }],
  editorPortBusy: [{ port: 4322 }],
  loadsInsecurely: [{ url: 'http://example.com/a.js' }],
  loadsOffSite: [{ url: 'https://example.com/a.js' }],
  applyLinkRefused: [{ url: 'https://rekrutmen-bpjstk.example/', problem: { id: 'bukan host resmi', en: 'not an official host' } }],
  forbiddenElement: [{ tag: 'iframe' }],
  foreignScriptFile: [{ src: '/x.js' }],
  metaHttpEquiv: [{ value: 'refresh' }],
  hiddenCharacterInAttribute: [{ name: 'title', codePoint: 'U+202E' }],
  eventHandler: [{ name: 'onclick' }],
  unsourcedClaim: [{ claim: 'free-of-charge' }],
  styleAttribute: [{ name: 'style' }],
  hiddenCharacterInText: [{ codePoint: 'U+202E' }],
  hiddenCharacterInString: [{ codePoint: 'U+202E' }],
  xmlUnreadable: [{ reason: 'unclosed tag' }],
  calendarUnknownLine: [{ property: 'ATTACH' }],
  outputRefused: [{ count: 2 }],
};

/** A message of one dictionary, said with its sample (or with nothing, for a message that takes none). */
function say(dictionary: typeof id, key: EditorMessageKey): string {
  const params: readonly unknown[] = key in samples ? samples[key as KeyWithParameters] : [];
  return (dictionary[key] as (...args: readonly unknown[]) => string)(...params);
}

describe('the editors’ message catalogue', () => {
  test('is the only file that joins a message’s Indonesian and English', () => {
    const joining = sourceFiles().filter(
      (file) => file !== catalogue && readFileSync(join(projectRoot, file), 'utf8').includes('editorMessage('),
    );
    expect(joining).toEqual([]);
  });

  test('gives every key in English that it gives in Indonesian', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
  });

  test('says every message in both languages, none of them empty or with spaces around it', () => {
    for (const [language, dictionary] of Object.entries({ id, en })) {
      for (const key of Object.keys(id) as EditorMessageKey[]) {
        const text = say(dictionary, key);
        expect(text, `${language} ${key}`).not.toBe('');
        expect(text, `${language} ${key}`).toBe(text.trim());
      }
    }
  });
});
