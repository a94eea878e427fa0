import { registrationStatus, type RegistrationWindow } from './registration.ts';

/**
 * The campaign a reader most needs to see at `now`: one that is open, else the next to open,
 * else the one that closed most recently.
 */
export function currentCampaign<C extends RegistrationWindow>(campaigns: readonly C[], now: Date): C | undefined {
  const byOpening = [...campaigns].sort((a, b) => a.opens.getTime() - b.opens.getTime());
  return (
    byOpening.find((campaign) => registrationStatus(campaign, now) === 'open') ??
    byOpening.find((campaign) => registrationStatus(campaign, now) === 'upcoming') ??
    byOpening.filter((campaign) => registrationStatus(campaign, now) === 'closed').at(-1)
  );
}
