import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './sites.ts';

/*
 * The acceptance corpus of messages a reader may paste into the checker: real scams and
 * the agency's own words from public reports, and variations of them. Its shape is described in
 * tests/fixtures/messages/README.md. Reading checks the shape, so a test that runs the detector over
 * `messageCorpus` never runs on an entry it would misread.
 */

export const messageCorpusDir = join(projectRoot, 'tests', 'fixtures', 'messages');

/** The message as a whole: what the checker's headline must say. */
export const verdicts = ['scam', 'caution', 'no-known-sign', 'official'] as const;
export type Verdict = (typeof verdicts)[number];

/** What the detector finds in a message. */
export const findingKinds = ['phone', 'web', 'email', 'payee', 'money', 'code', 'install', 'promise', 'reference'] as const;
export type FindingKind = (typeof findingKinds)[number];

/** Origins a derived message may name besides a real message's id. */
export const otherOrigins = {
  /** The project's seed announcement (../shared/seed/recruitment-announcement.txt). */
  seed: 'seed',
  /** An everyday message, written to measure false alarms. */
  everyday: 'everyday',
} as const;

export interface ExpectedFinding {
  kind: FindingKind;
  /** An exact substring of the message: the detector reports a finding of `kind` whose span covers it. */
  text: string;
}

interface CorpusMessageBase {
  /** Unique; `real-…` or `der-…`. */
  id: string;
  text: string;
  expected: Verdict;
  mustFind: readonly ExpectedFinding[];
  /** Kinds the detector must not report at all (a negation is not a request). */
  mustNotFind?: readonly FindingKind[];
  note?: string;
}

export interface RealMessage extends CorpusMessageBase {
  origin: 'real';
  /** The public report's address and date, as found. */
  source: string;
  /** Whether the report quotes the message or only describes it. */
  quote: 'quoted' | 'reconstructed';
}

export interface DerivedMessage extends CorpusMessageBase {
  origin: 'derived';
  /** The id of the real message it varies, or one of `otherOrigins`. */
  derivedFrom: string;
  /** How it varies its origin. */
  source: string;
}

export type CorpusMessage = RealMessage | DerivedMessage;

const commonKeys = ['id', 'text', 'expected', 'mustFind', 'mustNotFind', 'note', 'origin', 'source'];
const allowedKeys = { real: [...commonKeys, 'quote'], derived: [...commonKeys, 'derivedFrom'] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const isKind = (value: unknown): value is FindingKind => findingKinds.includes(value as FindingKind);

/** What is wrong with one entry's shape, in words; empty when it is a CorpusMessage. */
export function shapeProblems(entry: unknown): string[] {
  if (!isRecord(entry)) return ['is not an object'];
  const problems: string[] = [];
  const origin = entry['origin'];
  if (origin !== 'real' && origin !== 'derived') return [`origin ${JSON.stringify(origin)} is neither "real" nor "derived"`];
  for (const key of Object.keys(entry)) if (!allowedKeys[origin].includes(key)) problems.push(`has an unknown key "${key}"`);
  for (const key of ['id', 'text', 'source']) if (!isText(entry[key])) problems.push(`${key} is not a non-empty string`);
  if (!verdicts.includes(entry['expected'] as Verdict)) problems.push(`expected ${JSON.stringify(entry['expected'])} is not a verdict`);
  const mustFind = entry['mustFind'];
  if (!Array.isArray(mustFind)) problems.push('mustFind is not a list');
  else
    for (const finding of mustFind as unknown[]) {
      if (!isRecord(finding) || !isKind(finding['kind']) || !isText(finding['text']) || Object.keys(finding).length !== 2) {
        problems.push(`mustFind holds ${JSON.stringify(finding)}, not { kind, text }`);
      }
    }
  const mustNotFind = entry['mustNotFind'];
  if (mustNotFind !== undefined && !(Array.isArray(mustNotFind) && mustNotFind.every(isKind))) {
    problems.push('mustNotFind is not a list of kinds');
  }
  if (entry['note'] !== undefined && !isText(entry['note'])) problems.push('note is not a non-empty string');
  if (origin === 'real' && entry['quote'] !== 'quoted' && entry['quote'] !== 'reconstructed') {
    problems.push('quote is neither "quoted" nor "reconstructed"');
  }
  if (origin === 'derived' && !isText(entry['derivedFrom'])) problems.push('derivedFrom is not a non-empty string');
  return problems;
}

/** The entries of one corpus file; throws naming the file and the entry when one is misshapen. */
export function parseMessageFile(json: string, file: string): CorpusMessage[] {
  const entries: unknown = JSON.parse(json);
  if (!Array.isArray(entries)) throw new Error(`${file}: not a list of messages`);
  return entries.map((entry: unknown, index) => {
    const problems = shapeProblems(entry);
    if (problems.length > 0) {
      const name = isRecord(entry) && isText(entry['id']) ? entry['id'] : `entry ${index}`;
      throw new Error(`${file}: ${name} ${problems.join('; ')}`);
    }
    return entry as CorpusMessage;
  });
}

/** The corpus files, in name order. */
export function messageCorpusFiles(dir = messageCorpusDir): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(dir, name));
}

/** Every message of the corpus, from all its files. */
export const messageCorpus: readonly CorpusMessage[] = messageCorpusFiles().flatMap((file) =>
  parseMessageFile(readFileSync(file, 'utf8'), file),
);
