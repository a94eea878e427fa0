import { describe, expect, test } from 'vitest';
import { currentCampaign } from '../../src/lib/recruitment/campaigns.ts';
import { timedMoment } from '../../src/lib/time/moments.ts';
import { registrationStatus } from '../../src/lib/recruitment/registration.ts';

const campaign = (name: string, opens: string, closes: string) => ({ name, opens: new Date(opens), closes: new Date(closes) });
const moments = (window: { opens: Date; closes: Date }) => ({ opens: timedMoment(window.opens), closes: timedMoment(window.closes) });
const march = campaign('march', '2025-03-01T00:00:00+07:00', '2025-03-07T23:59:59+07:00');
const september = campaign('september', '2025-09-08T00:00:00+07:00', '2025-09-14T23:59:59+07:00');

/** The campaigns as the data layer hands them out at `now`: each carrying its status. */
function campaignsAt(now: string) {
  return [september, march].map((window) => ({ ...window, registration: { ...moments(window), status: registrationStatus(window, new Date(now)) } }));
}

describe('currentCampaign', () => {
  test('features the open campaign', () => {
    expect(currentCampaign(campaignsAt('2025-09-10T10:00:00+07:00'))?.name).toBe('september');
  });

  test('features the next campaign when none is open', () => {
    expect(currentCampaign(campaignsAt('2025-05-01T00:00:00+07:00'))?.name).toBe('september');
  });

  test('features the most recently closed campaign when none is open or coming', () => {
    expect(currentCampaign(campaignsAt('2026-11-25T00:00:00+07:00'))?.name).toBe('september');
  });

  test('features the open campaign even when a later one is announced', () => {
    expect(currentCampaign(campaignsAt('2025-03-05T10:00:00+07:00'))?.name).toBe('march');
  });

  test('returns undefined when there is no campaign at all', () => {
    expect(currentCampaign([])).toBeUndefined();
  });
});
