import { spawn, spawnSync } from 'node:child_process';
import { projectRoot } from './sites.ts';

/*
 * `npm run <script> -- <args>` as an editor runs it, in the project or in a checkout of it
 * (tests/support/checkout.ts), with environment variables set, or removed where given as
 * `undefined`: a clock or content folder the test run itself was started with must not leak into a
 * build that is to have none.
 */

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export type RunEnvironment = Record<string, string | undefined>;

export function npmRun(script: string, args: readonly string[], env: RunEnvironment = {}, cwd: string = projectRoot): RunResult {
  const result = spawnSync('npm', npmArguments(script, args), { cwd, env: withVariables(env), encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** npmRun without blocking this process, for runs side by side. */
export function npmRunInBackground(script: string, args: readonly string[], env: RunEnvironment = {}, cwd: string = projectRoot): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', npmArguments(script, args), { cwd, env: withVariables(env), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

function npmArguments(script: string, args: readonly string[]): string[] {
  return ['run', '--silent', script, '--', ...args];
}

function withVariables(changes: RunEnvironment): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const [name, value] of Object.entries(changes)) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return env;
}
