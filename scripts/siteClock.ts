import { existsSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { asOfOption, chooseSiteClock, siteClockNotice } from '../src/lib/time/previewClock.ts';

/*
 * The clock part of `npm run dev`, `build` and `start`: reads `--as-of`, the shell's `SITE_NOW` and
 * the `.env` file, prints the one-line notice when the site is built as of another moment, and
 * returns Astro's arguments and environment. A bad value stops the command before anything is built.
 */

/** `SITE_NOW` from `.env` in the project folder, read with Node's own parser (the one `process.loadEnvFile` uses). */
function envFileSiteNow(): string | undefined {
  return existsSync('.env') ? parseEnv(readFileSync('.env', 'utf8'))['SITE_NOW'] : undefined;
}

export function siteClockFromCommandLine(args: readonly string[]): { args: string[]; env: NodeJS.ProcessEnv } {
  try {
    const option = asOfOption(args, process.env['npm_config_as_of']);
    const clock = chooseSiteClock({ asOf: option.value, environment: process.env['SITE_NOW'], envFile: envFileSiteNow() });
    if (clock?.instant !== undefined) console.log(siteClockNotice({ ...clock, instant: clock.instant }, new Date()));
    return { args: option.rest, env: clock === undefined ? process.env : { ...process.env, SITE_NOW: clock.siteNow } };
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
