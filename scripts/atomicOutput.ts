import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/*
 * Nothing is published half-built: the site is built into a staging folder next to the output
 * folder (same disk, so a rename is instant) and swapped in only when the build succeeds. A failed
 * or interrupted build leaves the previous output as it was.
 */

function pidIsRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Cleans up after builds that were killed: their staging folders are deleted, and an output folder
 * set aside during a swap that never finished is put back.
 */
function recoverAbandoned(outDir: string): void {
  const parent = dirname(outDir);
  if (!existsSync(parent)) return;
  const pattern = new RegExp(
    `^\\.${basename(outDir).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-(staging|previous)-(\\d+)$`,
  );
  for (const name of readdirSync(parent)) {
    const match = pattern.exec(name);
    if (match === null || pidIsRunning(Number(match[2]))) continue;
    const path = join(parent, name);
    if (match[1] === 'previous' && !existsSync(outDir)) renameSync(path, outDir);
    else rmSync(path, { recursive: true, force: true });
  }
}

/**
 * Runs `build` into a fresh staging folder and, if it returns true, replaces `outDir` with it.
 * Returns whether `outDir` now holds the new build.
 */
export function buildAtomically(outDir: string, build: (stagingDir: string) => boolean): boolean {
  recoverAbandoned(outDir);
  const staging = join(dirname(outDir), `.${basename(outDir)}-staging-${process.pid}`);
  const previous = join(dirname(outDir), `.${basename(outDir)}-previous-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  let built = false;
  try {
    built = build(staging) && existsSync(staging);
  } finally {
    if (!built) rmSync(staging, { recursive: true, force: true });
  }
  if (!built) return false;
  const hadOutput = existsSync(outDir);
  if (hadOutput) renameSync(outDir, previous);
  try {
    renameSync(staging, outDir);
  } catch (error) {
    if (hadOutput) renameSync(previous, outDir);
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  rmSync(previous, { recursive: true, force: true });
  return true;
}
