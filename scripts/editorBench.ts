/*
 * The browser editor's cost: what an editor's browser downloads to open it, and how long from
 * typing `npm run edit` until the editor lists the content, in Debian's Chromium. `npx node
 * scripts/editorBench.ts` prints a Markdown section; `npm run bench` adds the same to its report.
 * The editor runs with `--no-preview` (the site's preview starts beside it and is not waited for),
 * on a free port, three times; the median is reported, never asserted.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumIsInstalled, chromiumPath } from './support/chromium.ts';
import { freePort } from './support/freePort.ts';
import { writeEditorFolder } from './support/editorFiles.ts';

const runs = 3;

/** Milliseconds from starting `npm run edit` until its editor shows the collections, and the bytes the page loaded. */
async function openOnce(): Promise<{ ready: number; usable: number; bytes: number; requests: number }> {
  const port = await freePort();
  const started = performance.now();
  // A process group of its own, stopped as Ctrl+C stops it in a terminal: npm, its shell and the editor together.
  const child = spawn('npm', ['run', '--silent', 'edit', '--', '--no-preview', `--port=${port}`], {
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  const stop = () => {
    if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGINT');
  };
  try {
    await new Promise<void>((resolve, reject) => {
      child.stdout.setEncoding('utf8').on('data', (text: string) => {
        if (text.includes(`localhost:${port}/editor/`)) resolve();
      });
      child.once('exit', (code) => reject(new Error(`npm run edit stopped (${code})`)));
    });
    const ready = performance.now() - started;
    const browser = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs] });
    try {
      const page = await browser.newPage();
      let bytes = 0;
      let requests = 0;
      page.on('response', (response) => {
        requests += 1;
        void response.body().then((body) => (bytes += body.length), () => {});
      });
      await page.goto(`http://localhost:${port}/editor/`);
      await page.getByRole('button', { name: 'Masuk' }).click();
      await page.getByText('Jenis konten').waitFor();
      const usable = performance.now() - started;
      return { ready, usable, bytes, requests };
    } finally {
      await browser.close();
    }
  } finally {
    stop();
    child.stdout.destroy();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const kb = (bytes: number) => `${Math.round(bytes / 1000).toLocaleString('en')} KB`;

export async function editorReport(): Promise<string> {
  const folder = mkdtempSync(join(tmpdir(), 'editor-bench-'));
  const lines = ['## Browser editor (`npm run edit`)', ''];
  try {
    const files = await writeEditorFolder(folder);
    const sizes = (name: string) => {
      const data = readFileSync(join(folder, name));
      return [kb(data.length), kb(gzipSync(data, { level: 9 }).length), kb(brotliCompressSync(data).length)];
    };
    const total = Object.values(files).reduce((sum, size) => sum + size, 0);
    lines.push(
      '| file | raw | gzip | brotli |',
      '| --- | --- | --- | --- |',
      `| decap-cms.js (Decap CMS ${JSON.parse(readFileSync(new URL('../node_modules/decap-cms/package.json', import.meta.url), 'utf8')).version}) | ${sizes('decap-cms.js').join(' | ')} |`,
      `| editor.js (our picker, formats, the data-block check, Indonesian screens) | ${sizes('editor.js').join(' | ')} |`,
      `| config.yml | ${sizes('config.yml').join(' | ')} |`,
      `| all ${Object.keys(files).length} files (Decap loads its other parts only when a screen needs them) | ${kb(total)} | | |`,
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  if (!chromiumIsInstalled()) {
    lines.push('', `Time to a usable editor: skipped, no Chromium at ${chromiumPath}.`);
    return lines.join('\n');
  }
  const results = [];
  for (let run = 0; run < runs; run += 1) results.push(await openOnce());
  const last = results.at(-1);
  lines.push(
    '',
    `From \`npm run edit\` to its address printed: median ${(median(results.map((result) => result.ready)) / 1000).toFixed(1)} s; ` +
      `to the collections listed after "Masuk" in Chromium: median ${(median(results.map((result) => result.usable)) / 1000).toFixed(1)} s ` +
      `(${runs} runs, each a cold browser). The page loaded ${kb(last?.bytes ?? 0)} uncompressed in ${last?.requests ?? 0} requests (served from this computer).`,
  );
  return lines.join('\n');
}

if (import.meta.main) process.stdout.write(`${await editorReport()}\n`);
