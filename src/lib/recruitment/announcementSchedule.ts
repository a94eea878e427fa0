/*
 * When an announcement appears. An editor may prepare one ahead of its date: it stays off every
 * page, feed and lookup until the first build at or after its `published` moment, so the site never
 * shows a document the agency has not issued yet. A date far ahead is almost always a typo
 * (2099 for 2025): the check warns beyond a season and refuses beyond a year, so a mistyped year
 * can neither sort to the top of the list nor lie hidden for years.
 */

const dayMilliseconds = 24 * 3_600_000;

/** Beyond this, the content check warns: prepared this early, the date is worth a second look. */
export const announcementWarnAheadDays = 90;

/** Beyond this, the content check refuses the file. */
export const announcementRefuseAheadDays = 365;

/** Shown from its publication moment on, that moment included. */
export function isAnnouncementPublished(published: Date, now: Date): boolean {
  return published.getTime() <= now.getTime();
}

/** What the content check says about a publication moment: nothing, a warning, or a refusal. */
export type AnnouncementScheduleConcern = 'ahead' | 'too-far-ahead';

export function announcementScheduleConcern(published: Date, now: Date): AnnouncementScheduleConcern | undefined {
  const ahead = published.getTime() - now.getTime();
  if (ahead > announcementRefuseAheadDays * dayMilliseconds) return 'too-far-ahead';
  if (ahead > announcementWarnAheadDays * dayMilliseconds) return 'ahead';
  return undefined;
}
