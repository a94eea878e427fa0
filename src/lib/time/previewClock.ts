import { siteClockExamples, siteClockValue } from './buildClock.ts';
import { editorText } from '../editorMessages.ts';
import { formatInstant } from './dateFormat.ts';
import { officialTimeZone } from './timeZones.ts';

/*
 * Building or previewing the site "as of" another moment from any shell. `SITE_NOW=… npm run dev`
 * is POSIX shell syntax that cmd and PowerShell do not have, so `npm run dev`, `build` and `start`
 * also take `--as-of <date>`, and read `SITE_NOW` from a `.env` file in the project (git ignores it,
 * so a preview date never reaches the published site).
 */

export const asOfFlag = '--as-of';

/** What the command line asked for: the `--as-of` value, if any, and the arguments left for Astro. */
export interface AsOfOption {
  value: string | undefined;
  rest: string[];
}

/**
 * Finds `--as-of <value>` or `--as-of=<value>` among a script's arguments.
 *
 * PowerShell's npm.ps1 drops the `--` of `npm run dev -- --as-of=…`, so npm takes the option as its
 * own setting and hands it to the script as the variable npm_config_as_of instead: `--as-of=value`
 * arrives as that value, `--as-of value` as "true" with the value left among the arguments.
 */
export function asOfOption(args: readonly string[], npmConfigAsOf?: string): AsOfOption {
  const rest: string[] = [];
  let value: string | undefined;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (arg === asOfFlag) {
      value = args[index + 1];
      if (value === undefined || value.startsWith('-')) throw new Error(missingValue());
      index += 1;
    } else if (arg.startsWith(`${asOfFlag}=`)) {
      value = arg.slice(asOfFlag.length + 1);
    } else {
      rest.push(arg);
    }
  }
  if (value !== undefined) return { value, rest };

  const fromNpm = npmConfigAsOf?.trim() ?? '';
  if (fromNpm === '' || fromNpm === 'false') return { value: undefined, rest };
  if (fromNpm !== 'true') return { value: fromNpm, rest };
  // Dates start with the year; other arguments (an --outDir folder, say) do not.
  const valueIndex = rest.findIndex((arg) => /^\d/.test(arg));
  if (valueIndex === -1) throw new Error(missingValue());
  return { value: rest[valueIndex], rest: rest.filter((_, index) => index !== valueIndex) };
}

function missingValue(): string {
  return editorText('asOfWithoutDate', { flag: asOfFlag });
}

/** Where the moment came from, strongest first: the command line, the shell, the `.env` file. */
export type SiteClockSource = 'as-of' | 'environment' | 'env-file';

export interface SiteClock {
  source: SiteClockSource;
  /** What to hand Astro as `SITE_NOW`. */
  siteNow: string;
  /** The moment it names; undefined only for a shell's `SITE_NOW` that names none. */
  instant: Date | undefined;
}

const sourceLabels: Record<SiteClockSource, { id: string; en: string }> = {
  'as-of': { id: asOfFlag, en: asOfFlag },
  environment: { id: 'SITE_NOW', en: 'SITE_NOW' },
  'env-file': { id: 'SITE_NOW di .env', en: 'SITE_NOW in .env' },
};

/**
 * The moment to build the site as of, or undefined for the real time. As with Node's and Vite's own
 * `.env` loading, a variable set in the shell wins over the file.
 *
 * A shell's `SITE_NOW` is passed on as written, even when it names no moment: Astro then refuses it
 * while it renders, which the tests rely on to stop a build part-way. The two ways meant for
 * editors are refused here, before anything is built, with a message that says how to write them.
 */
export function chooseSiteClock(settings: {
  asOf?: string | undefined;
  environment?: string | undefined;
  envFile?: string | undefined;
}): SiteClock | undefined {
  const given = (value: string | undefined) => (value === undefined || value.trim() === '' ? undefined : value);
  const asOf = given(settings.asOf);
  if (asOf !== undefined) return editorsClock('as-of', asOf);
  const environment = given(settings.environment);
  if (environment !== undefined) {
    const value = siteClockValue(environment);
    return { source: 'environment', siteNow: value ?? environment, instant: value === undefined ? undefined : new Date(value) };
  }
  const envFile = given(settings.envFile);
  return envFile === undefined ? undefined : editorsClock('env-file', envFile);
}

function editorsClock(source: 'as-of' | 'env-file', written: string): SiteClock {
  const value = siteClockValue(written);
  if (value === undefined) {
    throw new Error(editorText('siteClockUnreadable', { source: sourceLabels[source], written, expected: siteClockExamples }));
  }
  return { source, siteNow: value, instant: new Date(value) };
}

/**
 * The one line `npm run dev` and `npm run build` print when the site is built as of another moment,
 * so nobody mistakes a preview for today's site. A page's status script only ever moves the status
 * forward, to the reader's clock: a past moment shows in the browser only until it runs.
 */
export function siteClockNotice(clock: SiteClock & { instant: Date }, realNow: Date): string {
  const when = {
    id: formatInstant(clock.instant, officialTimeZone, 'id'),
    en: formatInstant(clock.instant, officialTimeZone, 'en'),
  };
  const isPast = clock.instant.getTime() < realNow.getTime();
  return editorText('builtAsOf', { when, source: sourceLabels[clock.source], isPast });
}
