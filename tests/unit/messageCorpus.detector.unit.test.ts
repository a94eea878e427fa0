import { describe, expect, test } from 'vitest';
import { checkWholeMessage } from '../../src/lib/messageCheck/findings.ts';
import { detectSignals, overallVerdict, type Signal } from '../../src/lib/scamDetector/index.ts';
import { messageCorpus } from '../support/messageCorpus.ts';

/*
 * The acceptance corpus (tests/fixtures/messages/) run through the detector: each message's overall
 * verdict is the one expected, what it must find is covered by a signal of that kind, and what it
 * must not find is not there. A `mustFind` counts as found when a signal of its kind overlaps its
 * text, as a reader sees the highlighted finding there.
 */

function overlaps(signal: Signal, start: number, end: number): boolean {
  return signal.start < end && start < signal.end;
}

describe.each(messageCorpus.map((message) => [message.id, message] as const))('the corpus message %s', (_, message) => {
  const signals = detectSignals(message.text);
  const overall = overallVerdict(signals);

  test(`gets the overall verdict ${message.expected}, on the checker page too`, () => {
    expect(overall.verdict, JSON.stringify(signals.map(({ kind, text, verdict }) => [kind, text, verdict]))).toBe(message.expected);
    expect(checkWholeMessage(message.text).overall.verdict).toBe(message.expected);
  });

  test('finds every finding it must, of its kind and where it is written', () => {
    for (const finding of message.mustFind) {
      const start = message.text.indexOf(finding.text);
      const found = signals.some((signal) => signal.kind === finding.kind && overlaps(signal, start, start + finding.text.length));
      expect(found, `${finding.kind} "${finding.text}" in ${JSON.stringify(signals.map(({ kind, text }) => [kind, text]))}`).toBe(true);
    }
  });

  test('finds nothing of a kind it must not', () => {
    const forbidden = new Set<string>(message.mustNotFind ?? []);
    expect(signals.filter((signal) => forbidden.has(signal.kind)).map(({ kind, text }) => [kind, text])).toEqual([]);
  });
});

describe('the corpus as a whole', () => {
  test('gives every scam message a warning: at least one reason to be wary', () => {
    for (const message of messageCorpus.filter((candidate) => candidate.expected === 'scam')) {
      expect(overallVerdict(detectSignals(message.text)).reasons.length, message.id).toBeGreaterThan(0);
    }
  });
});
