/*
 * What the editor's date picker writes, in the forms the content schemas accept
 * (src/lib/content/schemas.ts): a date alone, `2025-09-14`, while the agency has not confirmed an
 * hour; a date, an hour and the zone's UTC offset, `2025-09-14T23:59:00+07:00`, once it has. The
 * offset is the zone the editor picks (WIB, WITA, WIT), never the computer's own.
 */

export interface MomentParts {
  /** `2025-09-14`, or empty */
  date: string;
  /** `23:59`, or empty for a date alone */
  time: string;
  /** `+07:00` */
  offset: string;
}

const written = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(?::(\d{2}))?(?:\.\d+)?([+-]\d{2}:\d{2}|Z))?$/;

/** The picker's parts of a written value; `defaultOffset` where the value names none. */
export function momentParts(value: unknown, defaultOffset: string): MomentParts {
  const match = typeof value === 'string' ? written.exec(value.trim()) : null;
  if (match === null) return { date: '', time: '', offset: defaultOffset };
  const [, date = '', time = '', seconds, offset] = match;
  const withSeconds = seconds !== undefined && seconds !== '00' ? `${time}:${seconds}` : time;
  return { date, time: withSeconds, offset: offset === undefined || offset === 'Z' ? (offset === 'Z' ? '+00:00' : defaultOffset) : offset };
}

/**
 * The text to write for the picker's parts: empty without a date; a date alone where the field
 * allows one and no hour is given; otherwise the date, the hour to the second and the offset.
 */
export function writtenMoment(parts: MomentParts, allowsDateAlone: boolean): string {
  if (parts.date === '') return '';
  if (parts.time === '') return allowsDateAlone ? parts.date : '';
  const time = parts.time.length === 5 ? `${parts.time}:00` : parts.time;
  return `${parts.date}T${time}${parts.offset}`;
}
