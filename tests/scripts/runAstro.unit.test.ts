import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { quietAstroEnvironment } from '../../scripts/runAstro.ts';

/*
 * The npm commands start Astro without its update prompt and telemetry notice (scripts/runAstro.ts),
 * by variables Astro reads. Astro could rename them in an upgrade; then this test, not an editor's
 * terminal, is where that shows.
 */
const require = createRequire(import.meta.url);
const astroFolder = dirname(require.resolve('astro/package.json'));
const telemetryFolder = dirname(createRequire(join(astroFolder, 'package.json')).resolve('@astrojs/telemetry/package.json'));

describe('the environment the npm commands start Astro with', () => {
  test('turns off the update check by the variable astro dev reads', () => {
    const updateCheck = readFileSync(join(astroFolder, 'dist', 'core', 'dev', 'update-check.js'), 'utf8');
    expect(updateCheck).toContain('process.env.ASTRO_DISABLE_UPDATE_CHECK !== "true"');
    expect(quietAstroEnvironment.ASTRO_DISABLE_UPDATE_CHECK).toBe('true');
  });

  test('turns off telemetry, and with it its first-run notice, by the variable Astro’s telemetry reads', () => {
    const telemetry = readFileSync(join(telemetryFolder, 'dist', 'index.js'), 'utf8');
    expect(telemetry).toContain('this.env.ASTRO_TELEMETRY_DISABLED');
    expect(quietAstroEnvironment.ASTRO_TELEMETRY_DISABLED).toBeTruthy();
  });
});
