import { describe, expect, test } from 'vitest';
import { campaignPhase, campaignTimes, canRegister, defaultConcludedAfterDays, phaseAttributes, phaseBlock, reachablePhases } from '../../src/lib/recruitment/campaignPhase.ts';
import { dayMoment, timedMoment } from '../../src/lib/time/moments.ts';
import { windowInstants } from '../../src/lib/recruitment/registration.ts';

const at = (instant: string) => new Date(instant);
const registration = { title: 'Pendaftaran', starts: dayMoment('2025-09-08', 'start'), ends: dayMoment('2025-09-14', 'end') };
const window = windowInstants({ opens: registration.starts, closes: registration.ends });
const assessment = { title: 'Asesmen', starts: timedMoment(at('2025-09-22T08:00:00+07:00')), ends: timedMoment(at('2025-09-26T16:00:00+07:00')) };
const undated = { title: 'Wawancara' };
/** Registration, then only undated stages: nothing is known after closing. */
const unscheduled = campaignTimes(window, [registration, undated]);
/** A dated assessment after registration: the selection runs on a known schedule. */
const scheduled = campaignTimes(window, [registration, assessment, undated]);

describe('campaignPhase', () => {
  test.each([
    ['before registration opens', '2025-09-07T23:59:59+07:00', 'upcoming'],
    ['at the first instant of registration', '2025-09-08T00:00:00+07:00', 'open'],
    ['more than three days before the deadline', '2025-09-11T23:59:58+07:00', 'open'],
    ['three days before the deadline', '2025-09-11T23:59:59.999+07:00', 'soon'],
    ['at the last instant of registration', '2025-09-14T23:59:59.999+07:00', 'soon'],
    ['just after registration closes', '2025-09-15T00:00:00+07:00', 'closed'],
    ['on the last day of the default period', '2025-12-13T23:59:59.999+07:00', 'closed'],
    ['after the default period', '2025-12-14T00:00:00+07:00', 'concluded'],
    ['more than a year after closing', '2026-12-07T10:00:00+07:00', 'concluded'],
  ])('reads a campaign with nothing dated after registration %s', (_, now, expected) => {
    expect(campaignPhase(unscheduled, at(now))).toBe(expected);
  });

  test.each([
    ['just after registration closes, before the dated stage', '2025-09-15T00:00:00+07:00', 'selection'],
    ['inside the dated stage', '2025-09-24T10:00:00+07:00', 'selection'],
    ['at the end of the last dated stage', '2025-09-26T16:00:00+07:00', 'selection'],
    ['just after the last dated stage', '2025-09-26T16:00:00.001+07:00', 'concluded'],
  ])('reads a campaign with a stage dated after registration %s', (_, now, expected) => {
    expect(campaignPhase(scheduled, at(now))).toBe(expected);
  });

  test('concludes a campaign the number of days it sets after registration closes', () => {
    const short = campaignTimes(window, [registration], 30);
    expect(short.concludes).toEqual(new Date(window.closes.getTime() + 30 * 24 * 3_600_000));
    expect(campaignPhase(short, at('2025-10-15T00:00:00+07:00'))).toBe('concluded');
    expect(campaignPhase(unscheduled, at('2025-10-15T00:00:00+07:00'))).toBe('closed');
  });

  test(`concludes a campaign without a later dated stage ${defaultConcludedAfterDays} days after closing by default`, () => {
    expect(unscheduled.concludes).toEqual(new Date(window.closes.getTime() + defaultConcludedAfterDays * 24 * 3_600_000));
    expect(unscheduled.scheduled).toBe(false);
  });

  test('ignores the period when a stage is dated after registration: the last dated stage decides', () => {
    expect(campaignTimes(window, [registration, assessment], 1).concludes).toEqual(assessment.ends.instant);
    expect(scheduled.scheduled).toBe(true);
  });

  test('does not count a dated stage that ends before registration closes as a later stage', () => {
    const briefing = { title: 'Sosialisasi', starts: timedMoment(at('2025-08-25T08:00:00+07:00')), ends: timedMoment(at('2025-09-05T16:00:00+07:00')) };
    expect(campaignTimes(window, [briefing, registration, undated]).scheduled).toBe(false);
  });
});

describe('reachablePhases', () => {
  test('lists the phase and every later one the campaign can reach, never an earlier one', () => {
    expect(reachablePhases('open', unscheduled)).toEqual(['open', 'soon', 'closed', 'concluded']);
    expect(reachablePhases('open', scheduled)).toEqual(['open', 'soon', 'selection', 'concluded']);
    expect(reachablePhases('closed', unscheduled)).toEqual(['closed', 'concluded']);
    expect(reachablePhases('concluded', scheduled)).toEqual(['concluded']);
  });
});

describe('canRegister', () => {
  test('holds only while registration is upcoming or open', () => {
    expect(['upcoming', 'open', 'soon', 'selection', 'closed', 'concluded'].map((phase) => canRegister(phase as never))).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});

describe('phaseAttributes', () => {
  test('carries the phase and every instant the script decides the next phases by', () => {
    const attributes = phaseAttributes({ opens: registration.starts, closes: registration.ends, status: 'closed', closingSoon: false, phase: 'selection', times: scheduled });
    expect(attributes).toEqual({
      'data-phase': 'selection',
      'data-opens': '2025-09-07T17:00:00.000Z',
      'data-soon': '2025-09-11T16:59:59.999Z',
      'data-closes': '2025-09-14T16:59:59.999Z',
      'data-concludes': '2025-09-26T09:00:00.000Z',
      'data-scheduled': '',
    });
    expect(phaseAttributes({ opens: registration.starts, closes: registration.ends, status: 'closed', closingSoon: false, phase: 'closed', times: unscheduled })['data-scheduled']).toBeUndefined();
  });
});

describe('phaseBlock', () => {
  const built = (phase: 'open' | 'closed' | 'concluded') => ({ phase, times: unscheduled });

  test('lists the phases of a block the page may still reach, and shows it only in one of them', () => {
    expect(phaseBlock(built('open'), ['selection', 'closed', 'concluded'])).toEqual({ 'data-when': 'closed concluded', hidden: true });
    expect(phaseBlock(built('closed'), ['selection', 'closed', 'concluded'])).toEqual({ 'data-when': 'closed concluded', hidden: false });
  });

  test('leaves out a block whose phases the page can no longer reach', () => {
    expect(phaseBlock(built('concluded'), ['upcoming', 'open', 'soon'])).toBeUndefined();
    expect(phaseBlock(built('open'), ['selection'])).toBeUndefined();
  });
});
