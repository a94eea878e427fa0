import punycode from 'punycode/punycode.js';
import { agencyConfusables } from './confusables.ts';

/*
 * Hosts that imitate the agency: the tricks of recruitment-scam sites, found by comparing a host
 * with the agency's names as a reader would see them. Pure and free of Node APIs, so the same rules
 * run in the content check and in the browser; the confusables table it ships is only the part of
 * Unicode's that can spell the agency's names (see src/lib/links/confusables.ts, a generated module
 * that imports nothing, so that the two never need each other to load).
 *
 * `punycode/punycode.js` (the npm package, by path) rather than `punycode`: Node resolves the bare
 * name to its own deprecated module, which browsers do not have.
 */

/** Why a host imitates the agency, so a message can say what the trick is. */
export type LookalikeReason =
  /** Written in punycode (`xn--…`); decoded, it reads as the agency's name. */
  | 'punycode'
  /** Spells the name with characters that look like its letters (Cyrillic `а`, `rn` for `m`, an accent). */
  | 'confusable'
  /** The name with words or hyphens added (`rekrutmen-bpjsketenagakerjaan.com`, `bpjs-ketenagakerjaan.id`). */
  | 'extra-words'
  /** The name under another ending (`bpjsketenagakerjaan.com`, `bpjsketenagakerjaan.co.id`). */
  | 'other-tld'
  /** The whole official host inside another one (`bpjsketenagakerjaan.go.id.evil.example`). */
  | 'embedded'
  /** The name with a letter or two changed, missing, added or swapped (`bpjsketenagakerjan.go.id`). */
  | 'near-miss';

/** What the agency is called in host names: `officialHosts` and `brandNames` of src/config/link-policy.json. */
export interface AgencyNames {
  /** The agency's own hosts; each also allows its subdomains. */
  officialHosts: readonly string[];
  /** Short and former names (`bpjstk`), without spaces or hyphens. */
  brandNames: readonly string[];
}

/** Unicode TR39 confusables: a character → its prototype, the string it is mistaken for. */
export type ConfusableTable = ReadonlyMap<string, string>;

/**
 * The host's imitation of the agency, or undefined when it imitates nothing (or is official).
 * `host` may be as a URL gives it (ASCII, punycode) or as a message shows it (Unicode).
 * `confusables` defaults to the shipped subset, which gives the same answers as Unicode's whole table.
 */
export function imitatesAgency(
  host: string,
  agency: AgencyNames,
  confusables: ConfusableTable = agencyConfusables,
): LookalikeReason | undefined {
  const written = host.toLowerCase().replace(/\.$/, '');
  const unicode = unicodeHost(written);
  const isPunycode = unicode !== written;
  // A browser visits `ｂｐｊｓｋｅｔｅｎａｇａｋｅｒｊａａｎ.go.id` as the official host itself: no imitation.
  if (isOnHosts(isPunycode ? written : asBrowserMaps(unicode), agency.officialHosts)) return undefined;
  // Compared as a reader sees it: through the skeleton, where `а` and `a` are one letter. Nobody
  // types punycode, so a punycode host is caught one edit further from the name.
  const seenForms = agencyForms(agency, (text) => hostSkeleton(text, confusables));
  const seen = resemblance(hostSkeleton(unicode, confusables), seenForms, isPunycode ? 1 : 0);
  if (seen === undefined) return undefined;
  if (isPunycode) return 'punycode';
  // Compared letter by letter, it resembles the name less: the look-alike characters do the work.
  const plain = resemblance(asBrowserMaps(unicode), agencyForms(agency, asBrowserMaps), 0);
  if (plain === undefined || (plain === 'near-miss' && seen !== 'near-miss')) return 'confusable';
  return seen;
}

/**
 * TR39's skeleton of a host, for comparing how hosts look. First the host as a browser maps it
 * (IDNA: NFKC and lower case, so `𝐚` is already `a`); then TR39: NFD, without default-ignorable
 * (zero-width) characters, each character replaced by its prototype, NFD again. Beyond TR39 it
 * lower-cases again (prototypes include capitals: `0` → `O`) and drops combining marks, because an
 * accent on a letter of the name (`á`) imitates it as well.
 */
export function hostSkeleton(host: string, confusables: ConfusableTable = agencyConfusables): string {
  const visible = asBrowserMaps(host)
    .normalize('NFD')
    .replace(/\p{Default_Ignorable_Code_Point}/gu, '');
  const prototypes = Array.from(visible, (character) => confusables.get(character) ?? character).join('');
  return withoutMarks(prototypes.normalize('NFD').toLowerCase());
}

/**
 * The part of a confusables table that matters for `names`: entries for characters that can reach
 * the table (`hostSkeleton` maps and decomposes first) whose prototype shares a letter (or `.`,
 * `-`) with a name's skeleton. Any other character cannot help spell a name: whether it stays
 * itself or becomes its prototype, it is a letter no name has, so names are found in hosts the same.
 * Used by scripts/confusables.ts to write src/lib/links/confusables.ts.
 */
export function relevantConfusables(confusables: ConfusableTable, names: readonly string[]): ConfusableTable {
  const letters = new Set([...names.map((name) => hostSkeleton(name, confusables)).join(''), '.', '-']);
  return new Map(
    [...confusables].filter(
      ([character, prototype]) =>
        asBrowserMaps(character).normalize('NFD') === character &&
        Array.from(withoutMarks(prototype.normalize('NFD').toLowerCase())).some((letter) => letters.has(letter)),
    ),
  );
}

/** Every name a host could imitate: the official hosts' names (their longest label) and the brand names. */
export function agencyNameList(agency: AgencyNames): string[] {
  return [...agency.officialHosts.map(longestLabel), ...agency.brandNames];
}

/** True for a host that is one of `hosts` or a subdomain of one. */
export function isOnHosts(host: string, hosts: readonly string[]): boolean {
  return hosts.some((allowed) => host === allowed || host.endsWith(`.${allowed}`));
}

/** How a host resembles the agency's names, strongest first: the reasons that do not depend on the characters used. */
type Resemblance = 'embedded' | 'other-tld' | 'extra-words' | 'near-miss';

/** A name to look for, and how many edits still count as the name. */
interface NameForm {
  text: string;
  maxEdits: number;
}

/** The agency's names and official hosts in one form (as written, or as seen). */
interface AgencyForms {
  names: readonly NameForm[];
  officialHosts: readonly string[];
}

/** The names and official hosts as `form` writes them (as seen, or as written), each name with its tolerance. */
function agencyForms(agency: AgencyNames, form: (text: string) => string): AgencyForms {
  return {
    names: agencyNameList(agency).map((name) => ({ text: form(name), maxEdits: editsTolerated(name) })),
    officialHosts: agency.officialHosts.map(form),
  };
}

/**
 * How `host` resembles the agency, allowing `extraEdits` more for near-misses. The checks go from
 * the most specific trick to the loosest, and the first that fits names it.
 */
function resemblance(host: string, agency: AgencyForms, extraEdits: number): Resemblance | undefined {
  if (agency.officialHosts.some((official) => embeds(host, official))) return 'embedded';
  const labels = host.split('.');
  if (agency.names.some((name) => labels.includes(name.text))) return 'other-tld';
  // Hyphens and dots split the name for the eye, not for the reader: `bpjs-ketenagakerjaan`, `bpjs.tk`.
  const letters = host.replace(/[.-]/g, '');
  if (agency.names.some((name) => letters.includes(name.text))) return 'extra-words';
  if (agency.names.some((name) => editsToOccur(name.text, letters) <= name.maxEdits + extraEdits)) return 'near-miss';
  return undefined;
}

/**
 * True when the whole official host stands inside `host` with more after it, its dots kept or
 * turned into hyphens: `bpjsketenagakerjaan.go.id.evil.example`, `bpjsketenagakerjaan-go-id.example`.
 * (With nothing after it, `rekrutmen-bpjsketenagakerjaan.go.id`, the trick is the added word.)
 */
function embeds(host: string, official: string): boolean {
  const hostWords = `-${host.replace(/[.-]+/g, '-')}-`;
  const officialWords = `-${official.replace(/\./g, '-')}-`;
  return hostWords.includes(officialWords) && !hostWords.endsWith(officialWords);
}

/**
 * Edits a name survives and still reads as itself: two for a long name, one for a middling one,
 * none for a short one, where one edit from `bpjstk` is as likely another abbreviation as a trick.
 */
function editsTolerated(name: string): number {
  if (name.length >= 15) return 2;
  if (name.length >= 9) return 1;
  return 0;
}

/**
 * The fewest edits (insert, delete, replace, or swap two neighbours) that make `pattern` appear
 * somewhere in `text`: Sellers' approximate matching with optimal-string-alignment swaps. The first
 * row is all zeros because the name may start anywhere in the host.
 */
function editsToOccur(pattern: string, text: string): number {
  const wanted = Array.from(pattern);
  const found = Array.from(text);
  let twoRowsUp: number[] = [];
  let rowUp: number[] = Array.from({ length: found.length + 1 }, () => 0);
  for (let i = 1; i <= wanted.length; i++) {
    const row = [i];
    for (let j = 1; j <= found.length; j++) {
      const same = wanted[i - 1] === found[j - 1];
      let edits = Math.min(
        (rowUp[j] ?? Infinity) + 1,
        (row[j - 1] ?? Infinity) + 1,
        (rowUp[j - 1] ?? Infinity) + (same ? 0 : 1),
      );
      const swapped = i > 1 && j > 1 && wanted[i - 1] === found[j - 2] && wanted[i - 2] === found[j - 1];
      if (swapped) edits = Math.min(edits, (twoRowsUp[j - 2] ?? Infinity) + 1);
      row.push(edits);
    }
    twoRowsUp = rowUp;
    rowUp = row;
  }
  return Math.min(...rowUp);
}

/** The host with its punycode labels decoded, as a browser may show it; unchanged if it has none or they are broken. */
function unicodeHost(host: string): string {
  try {
    return punycode.toUnicode(host);
  } catch {
    return host;
  }
}

/** Roughly what IDNA does to a host before looking it up: compatibility forms folded (`ｂ` → `b`), lower case. */
function asBrowserMaps(host: string): string {
  return host.normalize('NFKC').toLowerCase();
}

function withoutMarks(text: string): string {
  return text.replace(/\p{M}/gu, '');
}

/** The distinctive part of an official host: `bpjsketenagakerjaan` of `bpjsketenagakerjaan.go.id`. */
function longestLabel(host: string): string {
  return host.split('.').reduce((longest, label) => (label.length > longest.length ? label : longest), '');
}
