import { closingSoonFrom, type Registration, registrationStatus, type RegistrationWindow } from './registration.ts';
import type { Stage } from './stages.ts';

/*
 * What a campaign's pages may say at a moment, decided here and nowhere else. The registration
 * status (upcoming, open, closed) stays what other tools read; the phase is a layer on top that
 * also knows whether the selection after registration has a known schedule, and when the
 * recruitment is over and reads as past.
 */

/**
 * In the only order time allows, as the inline script names them (`data-phase`, `data-when`):
 * - `upcoming`, `open`, `soon` (open, and the deadline is near): registration can still be joined;
 * - `selection`: registration has closed and a later stage is dated, so the selection runs on a
 *   known schedule;
 * - `closed`: registration has closed and nothing more is known on this site;
 * - `concluded`: a past recruitment, after its last dated stage or, without one, a while after
 *   registration closed.
 * A campaign reaches one of `selection` and `closed`, never both: which one depends on its content.
 */
export const campaignPhases = ['upcoming', 'open', 'soon', 'selection', 'closed', 'concluded'] as const;

export type CampaignPhase = (typeof campaignPhases)[number];

/** The phases in which registration can still be joined: the only ones that may call to register. */
export const joinablePhases = ['upcoming', 'open', 'soon'] as const satisfies readonly CampaignPhase[];

/** The phases after registration closed. */
export const afterRegistrationPhases = ['selection', 'closed', 'concluded'] as const satisfies readonly CampaignPhase[];

/** How long after registration closes a campaign without a later dated stage reads as past, unless it says otherwise. */
export const defaultConcludedAfterDays = 90;

const day = 24 * 3_600_000;

/** The instants a campaign's phase is decided by, as a page carries them for the inline script. */
export interface CampaignTimes extends RegistrationWindow {
  soon: Date;
  /** From just after this instant the campaign is concluded. */
  concludes: Date;
  /** A stage ends after registration closes and has dates: the phase after closing is `selection`. */
  scheduled: boolean;
}

/**
 * A campaign's times from its window and stages. It concludes when its last dated stage that ends
 * after registration ends, or else `concludedAfterDays` after registration closes.
 */
export function campaignTimes(window: RegistrationWindow, stages: readonly Stage[], concludedAfterDays: number = defaultConcludedAfterDays): CampaignTimes {
  const laterEnds = stages
    .map((stage) => (stage.starts === undefined ? undefined : stage.ends?.instant.getTime()))
    .filter((ends): ends is number => ends !== undefined && ends > window.closes.getTime());
  const scheduled = laterEnds.length > 0;
  const concludes = scheduled ? new Date(Math.max(...laterEnds)) : new Date(window.closes.getTime() + concludedAfterDays * day);
  return { ...window, soon: closingSoonFrom(window), concludes, scheduled };
}

/** The phase at `now`; the window's instants are included as `registrationStatus` includes them. */
export function campaignPhase(times: CampaignTimes, now: Date): CampaignPhase {
  const status = registrationStatus(times, now);
  if (status === 'upcoming') return 'upcoming';
  if (status === 'open') return now.getTime() >= times.soon.getTime() ? 'soon' : 'open';
  if (now.getTime() > times.concludes.getTime()) return 'concluded';
  return times.scheduled ? 'selection' : 'closed';
}

/** Phases a page built in `phase` may still reach on the reader's phone (the script never moves backward). */
export function reachablePhases(phase: CampaignPhase, times: Pick<CampaignTimes, 'scheduled'>): CampaignPhase[] {
  return campaignPhases.slice(campaignPhases.indexOf(phase)).filter((later) => later !== (times.scheduled ? 'closed' : 'selection'));
}

/** True in the phases in which registration can still be joined. */
export function canRegister(phase: CampaignPhase): boolean {
  return (joinablePhases as readonly CampaignPhase[]).includes(phase);
}

/** A registration as pages get it: its status, and the phase of its campaign with the times that decide it. */
export interface PhasedRegistration extends Registration {
  phase: CampaignPhase;
  times: CampaignTimes;
}

/**
 * The attributes that let the inline script move a block's phase: its phase now and the instants
 * that decide the next ones. A block with a registration status keeps it too (other tools read it).
 */
export function phaseAttributes(registration: PhasedRegistration): Record<string, string | undefined> {
  const { phase, times } = registration;
  return {
    'data-phase': phase,
    'data-opens': times.opens.toISOString(),
    'data-soon': times.soon.toISOString(),
    'data-closes': times.closes.toISOString(),
    'data-concludes': times.concludes.toISOString(),
    'data-scheduled': times.scheduled ? '' : undefined,
  };
}

/**
 * The attributes of a block that a page shows only in some phases: `data-when` lists those the
 * page may still reach, and the block is hidden unless the page is in one of them now. Undefined
 * when the page can no longer reach any of them: the block is left out.
 */
export function phaseBlock(
  registration: Pick<PhasedRegistration, 'phase' | 'times'>,
  phases: readonly CampaignPhase[],
): { 'data-when': string; hidden: boolean } | undefined {
  const reachable = reachablePhases(registration.phase, registration.times).filter((phase) => phases.includes(phase));
  return reachable.length === 0 ? undefined : { 'data-when': reachable.join(' '), hidden: !phases.includes(registration.phase) };
}
