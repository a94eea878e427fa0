import { describe, expect, test } from 'vitest';
import { currentCampaign } from '../../src/lib/campaigns.ts';

const campaign = (name: string, opens: string, closes: string) => ({ name, opens: new Date(opens), closes: new Date(closes) });
const march = campaign('march', '2025-03-01T00:00:00+07:00', '2025-03-07T23:59:59+07:00');
const september = campaign('september', '2025-09-08T00:00:00+07:00', '2025-09-14T23:59:59+07:00');
const campaigns = [september, march];

describe('currentCampaign', () => {
  test('features the open campaign', () => {
    expect(currentCampaign(campaigns, new Date('2025-09-10T10:00:00+07:00'))?.name).toBe('september');
  });

  test('features the next campaign when none is open', () => {
    expect(currentCampaign(campaigns, new Date('2025-05-01T00:00:00+07:00'))?.name).toBe('september');
  });

  test('features the most recently closed campaign when none is open or coming', () => {
    expect(currentCampaign(campaigns, new Date('2026-11-25T00:00:00+07:00'))?.name).toBe('september');
  });

  test('returns undefined when there is no campaign at all', () => {
    expect(currentCampaign([], new Date())).toBeUndefined();
  });
});
