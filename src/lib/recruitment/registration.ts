import type { Moment } from '../time/moments.ts';

/** In the only order time allows. */
export const registrationStatuses = ['upcoming', 'open', 'closed'] as const;

export type RegistrationStatus = (typeof registrationStatuses)[number];

/** The instants a window opens and closes: what its status is decided by. */
export interface RegistrationWindow {
  opens: Date;
  closes: Date;
}

/**
 * A window as the content gives it (dates, or dates and times) with where it stands at the build's
 * "now". The data layer computes it once per campaign, so every part of a page shows the same status.
 */
export interface Registration {
  opens: Moment;
  closes: Moment;
  status: RegistrationStatus;
  /** Open, and the deadline is at most {@link closingSoonDays} days away. */
  closingSoon: boolean;
}

/** The instants of a window given as moments. */
export function windowInstants(window: { opens: Moment; closes: Moment }): RegistrationWindow {
  return { opens: window.opens.instant, closes: window.closes.instant };
}

/** How long before the deadline a page starts saying that registration closes soon. */
export const closingSoonDays = 3;

/** The moment a page starts saying that registration closes soon. */
export function closingSoonFrom(window: RegistrationWindow): Date {
  return new Date(window.closes.getTime() - closingSoonDays * 24 * 3_600_000);
}

/** True while registration is open and its deadline is near (both instants included). */
export function isClosingSoon(window: RegistrationWindow, now: Date): boolean {
  return registrationStatus(window, now) === 'open' && now.getTime() >= closingSoonFrom(window).getTime();
}

/**
 * Open from the opening instant through the closing instant, both included: a candidate who
 * submits at 23.59.59 WIB on the last day is on time.
 */
export function registrationStatus(window: RegistrationWindow, now: Date): RegistrationStatus {
  if (now.getTime() < window.opens.getTime()) return 'upcoming';
  if (now.getTime() > window.closes.getTime()) return 'closed';
  return 'open';
}
