import { describe, expect, test } from 'vitest';
import { dayMoment, timedMoment } from '../../src/lib/time/moments.ts';
import { datedStages, stageSpans, stageState, stageTimeline } from '../../src/lib/recruitment/stages.ts';

const at = (instant: string) => new Date(instant);
const timed = (instant: string) => timedMoment(at(instant));
// Registration is given as dates, as the announcement gives it; the other stages with their times.
const stages = [
  { title: 'Sosialisasi', starts: timed('2025-08-25T08:00:00+07:00'), ends: timed('2025-09-07T23:59:59+07:00') },
  { title: 'Pendaftaran', starts: dayMoment('2025-09-08', 'start'), ends: dayMoment('2025-09-14', 'end') },
  { title: 'Asesmen' },
  { title: 'Wawancara' },
  { title: 'Pengumuman', starts: timed('2025-10-01T10:00:00+07:00'), ends: timed('2025-10-01T12:00:00+07:00') },
];
const statesAt = (now: string) => stageTimeline(stages, at(now)).map((stage) => stage.state);

describe('stageTimeline', () => {
  test.each([
    ['before any stage', '2025-08-01T00:00:00+07:00', ['next', 'next', 'next', 'next', 'next']],
    ['inside the first dated stage', '2025-09-01T00:00:00+07:00', ['current', 'next', 'next', 'next', 'next']],
    ['at the first second of registration', '2025-09-08T00:00:00+07:00', ['done', 'current', 'next', 'next', 'next']],
    ['at the last millisecond of registration\'s last day', '2025-09-14T23:59:59.999+07:00', ['done', 'current', 'next', 'next', 'next']],
    ['just after registration, before the undated stages that follow', '2025-09-15T00:00:00+07:00', ['done', 'done', 'next', 'next', 'next']],
    ['inside the last dated stage', '2025-10-01T11:00:00+07:00', ['done', 'done', 'next', 'next', 'current']],
    ['after every dated stage', '2025-10-02T00:00:00+07:00', ['done', 'done', 'next', 'next', 'done']],
    ['more than a year after the last dated stage', '2026-12-07T10:00:00+07:00', ['done', 'done', 'next', 'next', 'done']],
  ])('marks the stages %s', (_, now, expected) => {
    expect(statesAt(now)).toEqual(expected);
  });

  test('gives an undated stage no span, whatever its neighbours: it is never current, nor done by guess', () => {
    expect(stageSpans(stages)[2]).toEqual({});
    expect(stageSpans(stages)[3]).toEqual({});
    expect(stageSpans([{ title: 'Asesmen' }])).toEqual([{}]);
  });

  test('runs a stage given as dates from the start of its first day to the end of its last day in WIB', () => {
    expect(stageSpans(stages)[1]).toEqual({ from: at('2025-09-08T00:00:00+07:00'), until: at('2025-09-14T23:59:59.999+07:00') });
  });

  test('gives a dated stage its own dates', () => {
    expect(stageSpans(stages)[1]).toEqual({ from: stages[1]?.starts?.instant, until: stages[1]?.ends?.instant });
  });
});

describe('stageState', () => {
  test('leaves a stage with no known span as next', () => {
    expect(stageState({}, at('2030-01-01T00:00:00Z'))).toBe('next');
  });

  test('leaves a stage with only one end known as next, even long after that end', () => {
    expect(stageState({ from: at('2025-09-15T00:00:00+07:00') }, at('2030-01-01T00:00:00Z'))).toBe('next');
    expect(stageState({ until: at('2025-09-15T00:00:00+07:00') }, at('2030-01-01T00:00:00Z'))).toBe('next');
  });
});

describe('datedStages', () => {
  test('keeps only the stages with both dates, in order', () => {
    expect(datedStages(stages).map((stage) => stage.title)).toEqual(['Sosialisasi', 'Pendaftaran', 'Pengumuman']);
  });
});
