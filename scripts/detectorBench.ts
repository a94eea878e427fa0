/*
 * The scam detector's speed on 100 KB of ordinary and of adversarial text: `npx node
 * scripts/detectorBench.ts` prints a Markdown table; `npm run bench` adds the same section to its
 * report. Medians of several runs, in milliseconds; the target (well under 50 ms) is reported, never asserted.
 */
import { detectSignals } from '../src/lib/scamDetector/index.ts';

const size = 100_000;

function repeated(unit: string): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

const ordinary =
  'Selamat pagi, Bapak dan Ibu. Seluruh tahapan rekrutmen tidak dipungut biaya; pendaftaran hanya melalui ' +
  'https://rekrutmen.bpjsketenagakerjaan.go.id dan bukan bit.ly/daftar-bpjs atau rekrutmen-bpjstk.com. ' +
  'Jika ragu, jangan membayar siapa pun dan jangan hubungi 0812-3456-7890. Nomor pengumuman PENG/012/REK/2025.\n';

export const detectorInputs: readonly { name: string; text: string }[] = [
  { name: 'ordinary Indonesian text with addresses', text: repeated(ordinary) },
  { name: '"a.a.a.a…"', text: repeated('a.') },
  { name: 'digits and separators', text: repeated('0812-3456 7.8(9)0 ') },
  { name: '"@@@…"', text: repeated('@') },
  { name: 'one unbroken word', text: repeated('a') },
];

/** Median milliseconds of `runs` detections of each input, after one warm-up run. */
export function benchDetector(runs = 7): { name: string; medianMs: number; signals: number }[] {
  return detectorInputs.map(({ name, text }) => {
    const signals = detectSignals(text).length;
    const times: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const started = performance.now();
      detectSignals(text);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    return { name, medianMs: times[Math.floor(times.length / 2)] as number, signals };
  });
}

/** The benchmark as a Markdown section. */
export function detectorReport(runs = 7): string {
  const rows = benchDetector(runs).map(
    ({ name, medianMs, signals }) => `| ${name} | ${signals.toLocaleString('en')} | ${medianMs.toFixed(1)} ms | ${medianMs < 50 ? 'met' : 'not met'} |`,
  );
  return [
    `## Scam detector: 100 KB ordinary / adversarial input, median of ${runs} runs`,
    '',
    'Target: each well under 50 ms (src/lib/scamDetector/).',
    '',
    '| input (100,000 characters) | signals | median | target < 50 ms |',
    '| --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

if (import.meta.main) process.stdout.write(`${detectorReport()}\n`);
