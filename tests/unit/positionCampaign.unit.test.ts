import { describe, expect, test } from 'vitest';
import { phaseOfCampaign, positionCampaign } from '../../src/lib/content/positionCampaign.ts';

/*
 * Which campaign `npm run new:position` points a new position at (src/lib/content/positionCampaign.ts),
 * at a fixed "now"; the command itself is run in tests/scripts/newPosition.unit.test.ts.
 */

const now = new Date('2026-03-10T10:00:00+07:00');
const stages = [{ title: 'Daftar secara daring.' }];

function campaign(slug: string, opens: string, closes: string) {
  return { slug, fields: { title: `Rekrutmen ${slug}`, opens, closes, stages } };
}

const past = campaign('rekrutmen-2025', '2025-09-08', '2025-09-14');
const recentlyClosed = campaign('rekrutmen-2026-februari', '2026-02-02', '2026-02-09');
const open = campaign('rekrutmen-2026-maret', '2026-03-02', '2026-03-20');
const upcoming = campaign('rekrutmen-2026-juni', '2026-06-01', '2026-06-07');
const planned = campaign('rekrutmen-2028', '2028-01-03', '2028-01-10');

describe('positionCampaign', () => {
  test('takes the campaign it is told, whatever its phase', () => {
    expect(positionCampaign([past, upcoming], now, 'rekrutmen-2025')).toEqual({ kind: 'chosen', campaign: past });
  });

  test('names the campaigns there are when told one that does not exist', () => {
    expect(positionCampaign([upcoming, past], now, 'rekrutmen-2030')).toEqual({
      kind: 'unknown',
      requested: 'rekrutmen-2030',
      known: ['rekrutmen-2025', 'rekrutmen-2026-juni'],
    });
  });

  test('takes the only campaign open or upcoming, whatever campaigns have closed', () => {
    expect(positionCampaign([past, recentlyClosed, upcoming], now)).toEqual({ kind: 'chosen', campaign: upcoming });
    expect(positionCampaign([past, open], now)).toEqual({ kind: 'chosen', campaign: open });
  });

  test('asks when a campaign planned years ahead is upcoming beside the open one', () => {
    const choice = positionCampaign([planned, open, past], now);
    expect(choice).toMatchObject({ kind: 'ask', reason: 'several', candidates: 2 });
    expect(choice.kind === 'ask' && choice.campaigns).toEqual([
      { slug: 'rekrutmen-2025', title: 'Rekrutmen rekrutmen-2025', opens: '2025-09-08', closes: '2025-09-14', phase: 'concluded' },
      { slug: 'rekrutmen-2026-maret', title: 'Rekrutmen rekrutmen-2026-maret', opens: '2026-03-02', closes: '2026-03-20', phase: 'open' },
      { slug: 'rekrutmen-2028', title: 'Rekrutmen rekrutmen-2028', opens: '2028-01-03', closes: '2028-01-10', phase: 'upcoming' },
    ]);
  });

  test('asks when no campaign is open or upcoming', () => {
    expect(positionCampaign([past, recentlyClosed], now)).toMatchObject({ kind: 'ask', reason: 'none', candidates: 0 });
    expect(positionCampaign([], now)).toEqual({ kind: 'ask', reason: 'none', candidates: 0, campaigns: [] });
  });

  test('asks when a campaign whose dates cannot be read might be the open one', () => {
    const unreadable = campaign('rekrutmen-2026-april', '2026-04-31', '2026-05-07');
    expect(positionCampaign([upcoming, unreadable], now)).toMatchObject({ kind: 'ask', reason: 'several', candidates: 2 });
  });
});

describe('phaseOfCampaign', () => {
  test('reads the dates as the campaign schema does: a date alone is the whole day in WIB', () => {
    expect(phaseOfCampaign(open.fields, new Date('2026-03-20T23:59:59+07:00'))).toBe('soon');
    expect(phaseOfCampaign(open.fields, new Date('2026-03-21T00:00:00+07:00'))).toBe('closed');
  });

  test('is undefined for dates the schema refuses, whatever the other fields hold', () => {
    expect(phaseOfCampaign({ ...open.fields, opens: '2026-03-02T08:00:00' }, now)).toBeUndefined();
    expect(phaseOfCampaign({ ...open.fields, applyUrl: 'http://example.com' }, now)).toBe('open');
  });
});
