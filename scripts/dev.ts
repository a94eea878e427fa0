import { runAstro } from './runAstro.ts';
import { siteClockFromCommandLine } from './siteClock.ts';

/*
 * `npm run dev`: Astro's live preview at http://localhost:4321/. `-- --as-of=2025-09-10` (or SITE_NOW
 * in the shell or in .env) previews the site as of another day; other arguments go to Astro.
 */
const { args, env } = siteClockFromCommandLine(process.argv.slice(2));
process.exitCode = runAstro(['dev', ...args], env);
