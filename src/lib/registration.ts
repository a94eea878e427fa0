/** In the only order time allows. */
export const registrationStatuses = ['upcoming', 'open', 'closed'] as const;

export type RegistrationStatus = (typeof registrationStatuses)[number];

export interface RegistrationWindow {
  opens: Date;
  closes: Date;
}

/**
 * A window with where it stands at the build's "now". The data layer computes it once per
 * campaign, so every part of a page shows the same status.
 */
export interface Registration extends RegistrationWindow {
  status: RegistrationStatus;
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
