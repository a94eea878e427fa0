import type { Registration, RegistrationStatus } from './registration.ts';

/**
 * The campaign a reader most needs to see: one that is open, else the next to open, else the one
 * that closed most recently. It reads the status each campaign carries and decides none itself.
 */
export function currentCampaign<C extends { registration: Pick<Registration, 'opens' | 'status'> }>(campaigns: readonly C[]): C | undefined {
  const byOpening = [...campaigns].sort((a, b) => a.registration.opens.instant.getTime() - b.registration.opens.instant.getTime());
  const withStatus = (status: RegistrationStatus) => byOpening.filter((campaign) => campaign.registration.status === status);
  return withStatus('open')[0] ?? withStatus('upcoming')[0] ?? withStatus('closed').at(-1);
}
