import { spawnSync } from 'node:child_process';
import { projectRoot } from './sites.ts';

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `npm run <script> -- <args>` in the project, as an editor would, with extra environment variables. */
export function npmRun(script: string, args: readonly string[], env: Record<string, string> = {}): RunResult {
  const result = spawnSync('npm', ['run', '--silent', script, '--', ...args], {
    cwd: projectRoot,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
