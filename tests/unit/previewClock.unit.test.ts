import { describe, expect, test } from 'vitest';
import { asOfOption, chooseSiteClock, siteClockNotice } from '../../src/lib/time/previewClock.ts';

describe('asOfOption', () => {
  test('reads --as-of followed by its value and leaves the other arguments for Astro', () => {
    expect(asOfOption(['--outDir', 'out', '--as-of', '2025-09-10', '--verbose'])).toEqual({
      value: '2025-09-10',
      rest: ['--outDir', 'out', '--verbose'],
    });
  });

  test('reads --as-of=value', () => {
    expect(asOfOption(['--as-of=2025-09-10T10:00+07:00'])).toEqual({ value: '2025-09-10T10:00+07:00', rest: [] });
  });

  test('finds nothing when the option is not given', () => {
    expect(asOfOption(['--host'])).toEqual({ value: undefined, rest: ['--host'] });
    expect(asOfOption([], '')).toEqual({ value: undefined, rest: [] });
  });

  test('refuses --as-of without a value, showing how to write one', () => {
    expect(() => asOfOption(['--as-of'])).toThrow(/--as-of perlu tanggal, misalnya --as-of=2025-09-10/);
    expect(() => asOfOption(['--as-of', '--host'])).toThrow(/--as-of needs a date/);
  });

  test('takes the value npm hands on when PowerShell has dropped the -- before --as-of=value', () => {
    expect(asOfOption([], '2025-09-10')).toEqual({ value: '2025-09-10', rest: [] });
  });

  test('takes the date left among the arguments when PowerShell has dropped the -- before --as-of value', () => {
    expect(asOfOption(['--outDir', 'out', '2025-09-10'], 'true')).toEqual({
      value: '2025-09-10',
      rest: ['--outDir', 'out'],
    });
    expect(() => asOfOption(['--host'], 'true')).toThrow(/--as-of needs a date/);
  });

  test('prefers the command line to what npm hands on', () => {
    expect(asOfOption(['--as-of=2025-09-11'], '2025-09-10').value).toBe('2025-09-11');
  });
});

describe('chooseSiteClock', () => {
  test('uses the real time when nothing sets the clock', () => {
    expect(chooseSiteClock({})).toBeUndefined();
    expect(chooseSiteClock({ asOf: ' ', environment: '', envFile: '' })).toBeUndefined();
  });

  test('reads a plain date as 12.00 WIB on that day', () => {
    const clock = chooseSiteClock({ asOf: '2025-09-10' });
    expect(clock).toMatchObject({ source: 'as-of', siteNow: '2025-09-10T12:00:00+07:00' });
    expect(clock?.instant?.toISOString()).toBe('2025-09-10T05:00:00.000Z');
  });

  test('keeps a date-time with its offset as written', () => {
    expect(chooseSiteClock({ asOf: '2025-09-14T23:59+09:00' })?.instant?.toISOString()).toBe('2025-09-14T14:59:00.000Z');
  });

  test('prefers --as-of to the shell, and the shell to the .env file', () => {
    const all = { asOf: '2025-09-10', environment: '2025-09-11T08:00:00+07:00', envFile: '2025-09-12' };
    expect(chooseSiteClock(all)?.source).toBe('as-of');
    expect(chooseSiteClock({ ...all, asOf: undefined })).toMatchObject({ source: 'environment', siteNow: all.environment });
    expect(chooseSiteClock({ envFile: '2025-09-12' })).toMatchObject({ source: 'env-file', siteNow: '2025-09-12T12:00:00+07:00' });
  });

  test('refuses an --as-of or .env value that names no moment, saying where it came from and how to write it', () => {
    expect(() => chooseSiteClock({ asOf: '10-09-2025' })).toThrow(/--as-of: "10-09-2025" bukan tanggal seperti 2025-09-10/);
    expect(() => chooseSiteClock({ envFile: '2025-09-10T10:00' })).toThrow(/SITE_NOW in \.env: .*with its UTC offset/);
    expect(() => chooseSiteClock({ asOf: '2025-02-30' })).toThrow(/"2025-02-30"/);
  });

  test("passes the shell's SITE_NOW on as written, even one Astro will refuse", () => {
    expect(chooseSiteClock({ environment: 'next tuesday' })).toEqual({
      source: 'environment',
      siteNow: 'next tuesday',
      instant: undefined,
    });
  });
});

describe('siteClockNotice', () => {
  const clock = { source: 'as-of', siteNow: '2025-09-10T12:00:00+07:00', instant: new Date('2025-09-10T05:00:00Z') } as const;

  test('says in one line, in Indonesian and English, which moment the site is built as of and what set it', () => {
    const notice = siteClockNotice(clock, new Date('2025-09-01T00:00:00Z'));
    expect(notice).toBe(
      'Situs dibangun per Rabu, 10 September 2025 pukul 12.00 WIB (--as-of), bukan per waktu sekarang. / ' +
        'The site is built as of Wednesday 10 September 2025, 12:00 WIB (--as-of), not as of now.',
    );
  });

  test('names the .env file when the moment comes from it, so a forgotten file is found', () => {
    expect(siteClockNotice({ ...clock, source: 'env-file' }, new Date('2025-09-01T00:00:00Z'))).toContain(
      '(SITE_NOW di .env)',
    );
  });

  test('warns that the status moves on in the browser when the moment has passed', () => {
    const notice = siteClockNotice(clock, new Date('2026-11-25T00:00:00Z'));
    expect(notice).toContain('status pendaftaran lalu maju ke jam komputer Anda');
    expect(notice).not.toContain('\n');
  });
});
