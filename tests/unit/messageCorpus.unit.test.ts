import { describe, expect, test } from 'vitest';
import {
  findingKinds,
  messageCorpus,
  otherOrigins,
  parseMessageFile,
  verdicts,
  type CorpusMessage,
  type FindingKind,
} from '../support/messageCorpus.ts';

/*
 * The acceptance corpus itself (tests/fixtures/messages/), before any detector runs over it: its
 * shape, its size and mix, and the promises each entry makes (what it must find is in its text, a
 * message that asks for money is a scam, a number is never a real person's).
 */

const real = messageCorpus.filter((message) => message.origin === 'real');
const derived = messageCorpus.filter((message) => message.origin === 'derived');
const harmless = messageCorpus.filter((message) => message.expected === 'official' || message.expected === 'no-known-sign');

/** Findings that mean the message asks for something: any one makes it a scam. */
const requestKinds: readonly FindingKind[] = ['money', 'payee', 'code', 'install', 'promise'];

const entry = (fields: Record<string, unknown>) =>
  JSON.stringify([{ id: 'der-x', text: 'a', expected: 'caution', mustFind: [], origin: 'derived', derivedFrom: 'seed', source: 'b', ...fields }]);

describe('reading the message corpus', () => {
  test('accepts a well-formed entry', () => {
    expect(parseMessageFile(entry({}), 'x.json')).toHaveLength(1);
  });

  test.each([
    ['an unknown verdict', { expected: 'safe' }, /expected "safe" is not a verdict/],
    ['an unknown finding kind', { mustFind: [{ kind: 'url', text: 'a' }] }, /not \{ kind, text \}/],
    ['a misspelt key', { mustfind: [] }, /unknown key "mustfind"/],
    ['a derived entry without its origin', { derivedFrom: undefined }, /derivedFrom is not a non-empty string/],
    ['a real entry that does not say whether it is quoted', { origin: 'real', derivedFrom: undefined }, /quote is neither/],
    ['an empty text', { text: ' ' }, /text is not a non-empty string/],
  ])('refuses %s, naming the file and the entry', (_, fields, message) => {
    expect(() => parseMessageFile(entry(fields), 'x.json')).toThrow(new RegExp(`x\\.json: der-x .*${message.source}`));
  });
});

describe('the message corpus', () => {
  test('holds at least 110 messages, with unique ids that say their origin', () => {
    expect(messageCorpus.length).toBeGreaterThanOrEqual(110);
    const ids = messageCorpus.map((message) => message.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const message of messageCorpus) {
      expect(message.id, message.id).toMatch(message.origin === 'real' ? /^real-[a-z0-9-]+$/ : /^der-[a-z0-9-]+$/);
    }
  });

  test('holds at least 30 real messages, each citing a public report by address and date, or saying it has none', () => {
    expect(real.length).toBeGreaterThanOrEqual(30);
    for (const message of real) {
      expect(message.source, message.id).toMatch(/https?:\/\/\S+/);
      expect(message.source, message.id).toMatch(/\b(19|20)\d\d\b|no (full )?date on the page as found/);
    }
  });

  test('says why each reconstructed real message is not a quotation', () => {
    for (const message of real.filter((candidate) => candidate.origin === 'real' && candidate.quote === 'reconstructed')) {
      expect(message.note, message.id).toBeTruthy();
    }
  });

  test('names the origin of every derived message: a real message or the seed, or an everyday message', () => {
    const origins = new Set<string>([...real.map((message) => message.id), ...Object.values(otherOrigins)]);
    for (const message of derived) {
      if (message.origin !== 'derived') continue;
      expect(origins.has(message.derivedFrom), `${message.id} derives from ${message.derivedFrom}`).toBe(true);
    }
  });

  test('finds every expected finding in its message, exactly as written', () => {
    for (const message of messageCorpus) {
      for (const finding of message.mustFind) {
        expect(message.text.includes(finding.text), `${message.id}: ${finding.text}`).toBe(true);
      }
    }
  });

  test('never both expects and forbids a kind of finding', () => {
    for (const message of messageCorpus) {
      const forbidden = new Set(message.mustNotFind ?? []);
      for (const finding of message.mustFind) expect(forbidden.has(finding.kind), `${message.id}: ${finding.kind}`).toBe(false);
    }
  });

  test('calls every message that asks for money, a code, an install or promises a way in a scam', () => {
    for (const message of messageCorpus) {
      if (message.mustFind.some((finding) => requestKinds.includes(finding.kind))) {
        expect(message.expected, message.id).toBe('scam');
      }
    }
  });

  test('calls a message official only for an address of the agency and nothing asked', () => {
    for (const message of messageCorpus.filter((candidate) => candidate.expected === 'official')) {
      const kinds = message.mustFind.map((finding) => finding.kind);
      expect(kinds.every((kind) => kind === 'web'), message.id).toBe(true);
    }
  });

  test('holds at least 20 harmless messages, so that false alarms are measured', () => {
    expect(harmless.length).toBeGreaterThanOrEqual(20);
    expect(harmless.filter((message) => message.expected === 'no-known-sign').length).toBeGreaterThanOrEqual(10);
  });

  test('uses every verdict and every kind of finding', () => {
    expect(new Set(messageCorpus.map((message) => message.expected))).toEqual(new Set(verdicts));
    expect(new Set(messageCorpus.flatMap((message) => message.mustFind.map((finding) => finding.kind)))).toEqual(
      new Set(findingKinds),
    );
  });

  test('writes phone and account numbers as obviously fake ones, never a real person’s', () => {
    const numbers = (message: CorpusMessage) =>
      message.mustFind.filter((finding) => finding.kind === 'phone' || finding.kind === 'payee');
    for (const message of messageCorpus) {
      for (const { text } of numbers(message)) {
        const digits = text.normalize('NFKC').replace(/\D/g, '');
        expect(digits, `${message.id}: ${text}`).toContain('000');
      }
    }
  });
});
