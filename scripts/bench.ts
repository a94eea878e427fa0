/*
 * `npm run bench`: what the site costs a reader on a slow phone link, and what it costs to build.
 * Prints a Markdown report (also written to .bench/report.md); progress goes to stderr.
 *
 * 1. Page weight per page type and language: HTML raw/gzip/brotli, the first round trip (HTML plus
 *    render-blocking CSS) and every request a page makes, measured like the budget test does.
 * 2. Cold build time and peak memory (RSS) for the real site and with 10, 100 and 1,000 generated
 *    positions per language. Each build runs in a throwaway copy of the project with its own
 *    caches; generated content never touches content/. Beside each generated size, the floor: a
 *    minimal Astro 7 site of the same Markdown, with the product's time and memory as ratios of it.
 * 3. Lighthouse mobile scores per page type, when Debian's Chromium is installed.
 * 4. The scam detector on 100 KB of ordinary and adversarial text (alone: `npx node scripts/detectorBench.ts`).
 * 5. The browser editor: what it downloads, and the time from `npm run edit` to a usable editor
 *    (alone: `npx node scripts/editorBench.ts`).
 *
 * Options: --positions=10,100 (generated sizes), --pairs=3 (product and floor built in turn, three
 * times each, with each pair's ratios and their median), --no-lighthouse, --keep (keep the copies,
 * each with its build's log, build.log, where Astro's timestamps show where a slow build went).
 * Targets are reported, never asserted.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { addressOfBuiltFile } from '../src/lib/paths/builtFiles.ts';
import { chromiumArgs, chromiumPath } from './support/chromium.ts';
import { firstRoundTripBytes, measurePage, type PageWeight } from './support/pageWeight.ts';
import { startStaticServer } from './support/staticServer.ts';
import { fileURLToPath } from 'node:url';
import { defaultLocale } from '../src/i18n/locales.ts';
import { frontmatterFields } from '../src/lib/contentCheck/checkContent.ts';
import { siteContentFiles } from '../src/lib/content/files.ts';
import { campaignSchema } from '../src/lib/content/schemas.ts';
import { htmlPages } from './support/builtPages.ts';
import { detectorReport } from './detectorBench.ts';
import { editorReport } from './editorBench.ts';

const { values: options } = parseArgs({
  options: {
    positions: { type: 'string', default: '10,100,1000' },
    lighthouse: { type: 'boolean', default: true },
    keep: { type: 'boolean', default: false },
    pairs: { type: 'string', default: '1' },
  },
  allowNegative: true,
});
const generatedSizes = options.positions
  .split(',')
  .map((size) => Number(size.trim()))
  .filter((size) => Number.isInteger(size) && size > 0);
/** The machine is noisy: several product-then-floor pairs show how far one ratio can be trusted. */
const pairs = Math.max(1, Math.trunc(Number(options.pairs)) || 1);

const timePath = '/usr/bin/time';
const projectRoot = fileURLToPath(new URL('../', import.meta.url));

/**
 * The campaign the generated positions join: the one in content/ that opens last, whatever editors
 * have added. The sizes are measured two days into its registration, when pages carry the apply button.
 */
function benchCampaign(): { campaign: string; siteNow: string } {
  const campaigns = siteContentFiles(join(projectRoot, 'content'))
    .filter((file) => file.collection === 'campaigns' && file.locale === defaultLocale)
    .map(({ slug, absolutePath }) => ({ slug, opens: campaignSchema.parse(frontmatterFields(readFileSync(absolutePath, 'utf8'))).opens.instant }))
    .sort((a, b) => b.opens.getTime() - a.opens.getTime());
  const latest = campaigns[0];
  if (latest === undefined) throw new Error('npm run bench: content/campaigns/ has no campaign for the generated positions to join');
  const twoDaysInWib = new Date(latest.opens.getTime() + (2 * 24 + 7) * 3_600_000);
  return { campaign: latest.slug, siteNow: `${twoDaysInWib.toISOString().slice(0, 19)}+07:00` };
}
const { campaign, siteNow } = benchCampaign();
const workDir = mkdtempSync(join(tmpdir(), 'bpjstk-bench-'));

const log = (message: string) => process.stderr.write(`${message}\n`);
const kb = (bytes: number) => bytes.toLocaleString('en');

// ─── Throwaway project copies ────────────────────────────────────────────────────────────────

/** Not copied: dependencies are linked, and outputs, caches and history have no place in a build. */
const notCopied = new Set(['node_modules', 'dist', 'dist-editor', '.astro', '.git', '.bench', 'tests/.artifacts']);
/** Astro and Vite keep their caches here; a copy gets its own so every build starts cold. */
const cacheFolders = new Set(['.astro', '.vite', '.cache']);

/** Empties a copy's output and its own caches, so that building it again starts as cold as the first time. */
function clearBuildState(dir: string): void {
  for (const path of ['dist', '.astro', ...[...cacheFolders].map((folder) => join('node_modules', folder))]) {
    const full = join(dir, path);
    // Only the copy's own folders: linked packages belong to the project.
    if (existsSync(full) && !lstatSync(full).isSymbolicLink()) rmSync(full, { recursive: true, force: true });
  }
}

/**
 * Copies the project into `dir`, with each installed package linked rather than node_modules as a
 * whole, so the copy's caches (node_modules/.astro, node_modules/.vite) are its own.
 */
function copyProject(dir: string): void {
  cpSync(projectRoot, dir, {
    recursive: true,
    filter: (source) => !notCopied.has(relative(projectRoot, source).split('\\').join('/')),
  });
  linkModules(dir);
}

function linkModules(dir: string): void {
  const modules = join(projectRoot, 'node_modules');
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(modules)) {
    if (!cacheFolders.has(entry)) symlinkSync(join(modules, entry), join(dir, 'node_modules', entry));
  }
}

// ─── Generated positions ─────────────────────────────────────────────────────────────────────

const vocabulary = {
  id: `peserta layanan pekerja kantor cabang wilayah kepesertaan klaim manfaat jaminan sosial administrasi data
    pelaporan kunjungan perusahaan pemberi kerja iuran pendaftaran informasi ketenagakerjaan koordinasi tim
    kegiatan rutin pemantauan dokumen tindak lanjut masyarakat setempat penjelasan program kebutuhan daerah
    hubungan baik pelayanan prima ketelitian tanggung jawab komunikasi jelas sopan tepat waktu sesuai ketentuan`,
  en: `members service workers branch office region membership claims benefits social security administration data
    reporting visits companies employers contributions registration information employment coordination team
    routine activities monitoring documents follow-up local community explanation programme regional needs
    good relations careful responsibility clear communication courteous on time according to the rules`,
} as const;

const headings = {
  id: ['Gambaran peran', 'Kegiatan sehari-hari', 'Penempatan', 'Persyaratan'],
  en: ['What the role is', 'A typical day', 'Placement', 'Requirements'],
} as const;

/** A deterministic stream of plausible words, so every run builds the same pages. */
function* words(locale: 'id' | 'en', seed: number): Generator<string> {
  const list = vocabulary[locale].split(/\s+/).filter(Boolean);
  let state = seed * 2_654_435_761;
  for (;;) {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    yield list[state % list.length] ?? 'data';
  }
}

/** A position of about 450 words: headings, paragraphs and a list, like the real ones. */
function generatedPosition(locale: 'id' | 'en', n: number): string {
  const stream = words(locale, n);
  const sentence = (length: number) => {
    const text = Array.from({ length }, () => stream.next().value).join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
  const paragraph = () => Array.from({ length: 5 }, (_, index) => sentence(8 + ((n + index) % 6))).join(' ');
  const list = () => Array.from({ length: 4 }, () => `- ${sentence(6)}`).join('\n');
  const sections = headings[locale].map(
    (heading, index) => `## ${heading}\n\n${paragraph()}\n\n${index === 1 ? `${list()}\n\n` : ''}${paragraph()}`,
  );
  const title = locale === 'id' ? `Posisi Contoh ${n}` : `Sample Position ${n}`;
  const description = locale === 'id' ? `Posisi contoh nomor ${n} untuk mengukur waktu build.` : `Sample position number ${n} for measuring build time.`;
  return [
    '---',
    `title: "${title}"`,
    `description: "${description}"`,
    `campaign: "${campaign}"`,
    `order: ${100 + n}`,
    'disabilityAccess: "to-confirm"',
    '---',
    '',
    sections.join('\n\n'),
    '',
  ].join('\n');
}

/**
 * The floor: a minimal Astro 7 site with nothing but the same generated Markdown, one page per
 * file, through Astro's own glob loader and `render()`. The product's build is measured against
 * it, so "fast" means "close to what Astro itself costs", whatever the machine.
 */
const floorFiles: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'astro-floor', private: true, type: 'module' }),
  'astro.config.mjs': "import { defineConfig } from 'astro/config';\nexport default defineConfig({ site: 'https://example.org', output: 'static' });\n",
  'src/content.config.ts': [
    "import { defineCollection, z } from 'astro:content';",
    "import { glob } from 'astro/loaders';",
    'export const collections = {',
    "  positions: defineCollection({ loader: glob({ base: './content/positions', pattern: '{id,en}/*.md', generateId: ({ entry }) => entry.replace(/\\.md$/, '') }),",
    '    schema: z.object({ title: z.string(), description: z.string() }).passthrough() }),',
    '};',
    '',
  ].join('\n'),
  'src/pages/[...slug].astro': [
    '---',
    "import { getCollection, render } from 'astro:content';",
    'export async function getStaticPaths() {',
    "  return (await getCollection('positions')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));",
    '}',
    'const { entry } = Astro.props;',
    'const { Content } = await render(entry);',
    '---',
    '<html lang="id"><head><meta charset="utf-8"><title>{entry.data.title}</title><meta name="description" content={entry.data.description}></head>',
    '<body><main><h1>{entry.data.title}</h1><Content /></main></body></html>',
    '',
  ].join('\n'),
};

function createFloor(dir: string, count: number): void {
  for (const [file, text] of Object.entries(floorFiles)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  linkModules(dir);
  for (const locale of ['id', 'en']) mkdirSync(join(dir, 'content', 'positions', locale), { recursive: true });
  addGeneratedPositions(dir, count);
}

function addGeneratedPositions(projectDir: string, count: number): number {
  let wordCount = 0;
  for (const locale of ['id', 'en'] as const) {
    const dir = join(projectDir, 'content', 'positions', locale);
    for (let n = 1; n <= count; n += 1) {
      const text = generatedPosition(locale, n);
      if (n === 1) wordCount = text.split('---')[2]?.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length ?? 0;
      writeFileSync(join(dir, `gen-${n}.md`), text);
    }
  }
  return wordCount;
}

// ─── Timed builds ────────────────────────────────────────────────────────────────────────────

interface BuildResult {
  label: string;
  positionsPerLanguage: number;
  pages: number;
  seconds: number;
  /** Time Astro reports rendering routes, split between images (share pictures) and everything else. */
  renderSeconds: { images: number; other: number };
  peakMb: number;
  memoryMethod: string;
  error?: string;
}

/**
 * Runs a command without blocking this process (which also serves the pages Lighthouse reads);
 * `started` gets the child's pid.
 */
function run(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
  started?: (pid: number) => void,
): Promise<{ status: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    if (child.pid !== undefined) started?.(child.pid);
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => done({ status: null, output: String(error) }));
    child.on('close', (status) => done({ status, output }));
  });
}

/** Total RSS of a process and its descendants, from /proc (used when GNU time is missing). */
function treeRssKb(rootPid: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const parent = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
      rss.set(Number(entry), Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0));
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while we read it.
    }
  }
  let total = 0;
  const pending = [rootPid];
  while (pending.length > 0) {
    const pid = pending.pop() as number;
    total += rss.get(pid) ?? 0;
    pending.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Sums Astro's per-route timings (`├─ /og/x.png (+18ms)`) for image routes and for the rest. */
function routeRenderTimes(buildOutput: string): { images: number; other: number } {
  const totals = { images: 0, other: 0 };
  for (const [, path, ms] of buildOutput.matchAll(/[├└]─ (\S+).*?\(\+(\d+)ms\)/g)) {
    totals[/\.(png|jpe?g|webp|svg)$/.test(path ?? '') ? 'images' : 'other'] += Number(ms) / 1000;
  }
  return totals;
}

/**
 * What a build never takes from the bench's environment: the clock, which the bench sets, and Node
 * options, which each project sets in its own .npmrc (npm passes this project's on to the bench, and
 * the floor is a minimal site with Node's defaults).
 */
const notInherited = /^(SITE_NOW|NODE_OPTIONS|npm_config_node_options)$/i;

/** Runs `npx astro build` in `projectDir` with the bench's clock; wall time and peak RSS. */
async function timedBuild(projectDir: string, label: string, positionsPerLanguage: number): Promise<BuildResult> {
  const outDir = join(projectDir, 'dist');
  const timeReport = join(projectDir, 'time.txt');
  const useTime = existsSync(timePath);
  const command = useTime ? [timePath, '-v', '-o', timeReport, 'npx', 'astro', 'build'] : ['npx', 'astro', 'build'];
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !notInherited.test(name)));
  // Whatever the steps before wrote (the copy, the generated Markdown, the last build's output) goes
  // to disk first: otherwise the kernel writes it back during this build, competing with the build's
  // own writes, and the build that follows the biggest write pays for it.
  spawnSync('sync');
  const started = performance.now();
  let peakKb = 0;
  let poll: ReturnType<typeof setInterval> | undefined;
  const exit = await run(
    command[0] as string,
    command.slice(1),
    { cwd: projectDir, env: { ...inherited, SITE_NOW: siteNow, ASTRO_TELEMETRY_DISABLED: '1' } },
    (pid) => {
      if (!useTime) poll = setInterval(() => (peakKb = Math.max(peakKb, treeRssKb(pid))), 50);
    },
  );
  clearInterval(poll);
  const seconds = (performance.now() - started) / 1000;
  if (useTime && existsSync(timeReport)) {
    peakKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(timeReport, 'utf8'))?.[1] ?? 0);
  }
  // Astro's log, with its timestamps: where a slow build spent its time (kept with the copy, --keep).
  writeFileSync(join(projectDir, 'build.log'), exit.output);
  const result: BuildResult = {
    label,
    positionsPerLanguage,
    pages: existsSync(outDir) ? htmlPages(outDir).length : 0,
    seconds,
    renderSeconds: routeRenderTimes(exit.output),
    peakMb: peakKb / 1024,
    memoryMethod: useTime ? 'GNU time: largest process' : '/proc polling: whole process tree',
  };
  if (exit.status !== 0) result.error = exit.output.split('\n').filter((line) => /error/i.test(line)).slice(0, 5).join(' ') || `exit ${exit.status}`;
  return result;
}

// ─── Page weight ─────────────────────────────────────────────────────────────────────────────

const pageTypes: [name: string, pattern: RegExp][] = [
  ['home', /^index\.html$/],
  ['position', /^lowongan\/[^/]+\/index\.html$/],
  ['programme', /^program\/[^/]+\/index\.html$/],
  ['about', /^tentang\/index\.html$/],
  ['fraud', /^waspada-penipuan\/index\.html$/],
  ['404', /^404\.html$/],
];

interface PageTypeRow {
  type: string;
  language: string;
  count: number;
  /** The heaviest page of the type: the one that decides whether the budget holds. */
  largest: PageWeight;
}

function typeOf(page: string): { type: string; language: string } {
  const language = page === '404.html' ? 'id+en' : page.startsWith('en/') ? 'en' : 'id';
  const shared = page.replace(/^en\//, '');
  const known = pageTypes.find(([, pattern]) => pattern.test(shared));
  return { type: known?.[0] ?? `other: /${shared.split('/')[0]}/`, language };
}

function pageTypeRows(root: string): PageTypeRow[] {
  const rows = new Map<string, PageTypeRow>();
  for (const page of htmlPages(root)) {
    const { type, language } = typeOf(page);
    const weight = measurePage(root, page);
    const key = `${type}|${language}`;
    const row = rows.get(key);
    if (row === undefined) rows.set(key, { type, language, count: 1, largest: weight });
    else {
      row.count += 1;
      if (weight.renderCritical.brotli > row.largest.renderCritical.brotli) row.largest = weight;
    }
  }
  const order = (row: PageTypeRow) => {
    const index = pageTypes.findIndex(([name]) => name === row.type);
    return (index === -1 ? pageTypes.length : index) * 10 + (row.language === 'en' ? 1 : 0);
  };
  return [...rows.values()].sort((a, b) => order(a) - order(b) || a.type.localeCompare(b.type));
}

// ─── Lighthouse ──────────────────────────────────────────────────────────────────────────────

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

interface LighthouseRow {
  type: string;
  language: string;
  path: string;
  scores: Partial<Record<(typeof categories)[number], number>>;
  /** Audits that cost points, for the note. */
  failing: string[];
  error?: string;
}

/** Lighthouse's own mobile defaults (Moto G Power, simulated slow 4G), offline. */
async function lighthouse(url: string, reportPath: string): Promise<{ scores: LighthouseRow['scores']; failing: string[]; error?: string }> {
  const result = await run(
    'npx',
    [
      'lighthouse',
      url,
      '--quiet',
      '--output=json',
      `--output-path=${reportPath}`,
      `--only-categories=${categories.join(',')}`,
      `--chrome-flags=${chromiumArgs.join(' ')}`,
    ],
    { cwd: projectRoot, env: { ...process.env, CHROME_PATH: chromiumPath } },
  );
  if (result.status !== 0 || !existsSync(reportPath)) {
    return { scores: {}, failing: [], error: result.output.trim().split('\n').slice(-3).join(' ') };
  }
  const report = JSON.parse(readFileSync(reportPath, 'utf8')) as {
    runtimeError?: { message: string };
    categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
    audits: Record<string, { score: number | null; scoreDisplayMode: string }>;
  };
  const scores: LighthouseRow['scores'] = {};
  const failing: string[] = [];
  for (const category of categories) {
    const entry = report.categories[category];
    if (entry?.score !== null && entry?.score !== undefined) scores[category] = Math.round(entry.score * 100);
    for (const ref of entry?.auditRefs ?? []) {
      const audit = report.audits[ref.id];
      if (ref.weight > 0 && audit?.score !== null && audit?.score !== undefined && audit.score < 1) failing.push(`${category}: ${ref.id}`);
    }
  }
  return report.runtimeError === undefined ? { scores, failing } : { scores, failing, error: report.runtimeError.message };
}

// ─── Report ──────────────────────────────────────────────────────────────────────────────────

function table(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

async function main(): Promise<void> {
  const report: string[] = [];
  const machine = `${availableParallelism()} cores, Node ${process.version}`;
  report.push(`# Bench, ${new Date().toISOString().slice(0, 10)} (${machine})`);

  // Builds: the real site first; its output is also what page weight and Lighthouse measure.
  const builds: BuildResult[] = [];
  const floors: { size: number; pair: number; product: BuildResult; floor: BuildResult }[] = [];
  const realPositions = readdirSync(join(projectRoot, 'content', 'positions', 'id')).length;
  const realDir = join(workDir, 'real');
  copyProject(realDir);
  log('Building the real site…');
  builds.push(await timedBuild(realDir, 'real site', realPositions));
  let wordsPerPosition = 0;
  for (const size of generatedSizes) {
    const dir = join(workDir, `generated-${size}`);
    copyProject(dir);
    wordsPerPosition = addGeneratedPositions(dir, size);
    const floorDir = join(workDir, `floor-${size}`);
    createFloor(floorDir, size);
    for (let pair = 1; pair <= pairs; pair += 1) {
      const ofPair = pairs === 1 ? '' : ` (pair ${pair})`;
      clearBuildState(dir);
      log(`Building with ${size} generated positions per language${ofPair}…`);
      const product = await timedBuild(dir, `real + ${size.toLocaleString('en')} generated${ofPair}`, realPositions + size);
      builds.push(product);
      // Right after the product, on the same machine state: the ratio is what the target is about.
      clearBuildState(floorDir);
      log(`Building the minimal Astro floor with ${size} generated positions per language${ofPair}…`);
      const floor = await timedBuild(floorDir, `floor: minimal Astro, ${size.toLocaleString('en')} generated${ofPair}`, size);
      floors.push({ size, pair, product, floor });
    }
    if (!options.keep) {
      rmSync(dir, { recursive: true, force: true });
      rmSync(floorDir, { recursive: true, force: true });
    }
  }

  const realOut = join(realDir, 'dist');
  const rows = pageTypeRows(realOut);
  report.push(
    '',
    `## Page weight (built as of ${siteNow}, registration open)`,
    '',
    `Largest page of each type. First round trip = HTML + render-blocking CSS, brotli; budget ${kb(firstRoundTripBytes)} B.`,
    'Requests = the HTML and every file it references (stylesheets, scripts, images, icons).',
    '',
    table(
      ['page type', 'lang', 'pages', 'largest page', 'HTML raw', 'HTML gzip', 'HTML brotli', 'first round trip (br)', 'all files (br)', 'requests', 'JS bytes'],
      rows.map(({ type, language, count, largest }) => [
        type,
        language,
        count,
        addressOfBuiltFile(largest.page),
        kb(largest.html.raw),
        kb(largest.html.gzip),
        kb(largest.html.brotli),
        kb(largest.renderCritical.brotli),
        kb(largest.total.brotli),
        largest.requests,
        kb(largest.javaScriptBytes),
      ]),
    ),
  );
  const heaviest = rows.reduce((a, b) => (b.largest.renderCritical.brotli > a.largest.renderCritical.brotli ? b : a));
  report.push('', `Heaviest page: /${heaviest.largest.page} at ${kb(heaviest.largest.renderCritical.brotli)} B brotli for its first round trip.`);

  report.push(
    '',
    '## Cold builds',
    '',
    `Each build is \`npx astro build\` in a fresh copy of the project with empty caches (time includes npx start-up). Generated positions have ~${wordsPerPosition} words each, in both languages. Peak memory: ${builds[0]?.memoryMethod ?? ''}.`,
    '',
    table(
      ['content', 'positions per language', 'HTML pages', 'build time', 'of which rendering pages / images', 'peak RSS'],
      [...builds, ...floors.map(({ floor }) => floor)].map((build) => [
        build.label,
        build.positionsPerLanguage.toLocaleString('en'),
        build.pages.toLocaleString('en'),
        build.error === undefined ? `${build.seconds.toFixed(1)} s` : `failed: ${build.error}`,
        `${build.renderSeconds.other.toFixed(1)} s / ${build.renderSeconds.images.toFixed(1)} s`,
        `${Math.round(build.peakMb).toLocaleString('en')} MB`,
      ]),
    ),
  );

  const ratio = (value: number, target: number) => `${value.toFixed(2)}× (target ≤ ${target}×: ${value <= target ? 'met' : 'not met'})`;
  const median = (values: number[]) => {
    const sorted = values.toSorted((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  };
  const medianRows = pairs === 1 ? [] : generatedSizes.flatMap((size) => {
    const sized = floors.filter((row) => row.size === size && row.product.error === undefined && row.floor.error === undefined);
    if (sized.length === 0) return [];
    return [[
      `${size.toLocaleString('en')}, median of ${sized.length}`,
      `${median(sized.map(({ product }) => product.seconds)).toFixed(1)} s`,
      `${median(sized.map(({ floor }) => floor.seconds)).toFixed(1)} s`,
      ratio(median(sized.map(({ product, floor }) => product.seconds / floor.seconds)), 1.5),
      `${Math.round(median(sized.map(({ product }) => product.peakMb))).toLocaleString('en')} MB`,
      `${Math.round(median(sized.map(({ floor }) => floor.peakMb))).toLocaleString('en')} MB`,
      ratio(median(sized.map(({ product, floor }) => product.peakMb / floor.peakMb)), 1.1),
    ]];
  });
  report.push(
    '',
    '## Against the floor',
    '',
    'The floor is a minimal Astro 7 site of the same generated Markdown (one page per file, glob loader and `render()`, no layout), built right after the product in the same run. Targets: time ≤ 1.5×, peak memory ≤ 1.1×. With --pairs, each pair’s ratios are from that pair alone, and the median row is the median of those ratios.',
    '',
    table(
      ['positions per language', 'product time', 'floor time', 'time ratio', 'product peak RSS', 'floor peak RSS', 'memory ratio'],
      [
        ...floors.map(({ size, pair, product, floor }) => [
          pairs === 1 ? size.toLocaleString('en') : `${size.toLocaleString('en')}, pair ${pair}`,
          `${product.seconds.toFixed(1)} s`,
          `${floor.seconds.toFixed(1)} s`,
          product.error ?? floor.error ?? ratio(product.seconds / floor.seconds, 1.5),
          `${Math.round(product.peakMb).toLocaleString('en')} MB`,
          `${Math.round(floor.peakMb).toLocaleString('en')} MB`,
          product.error ?? floor.error ?? ratio(product.peakMb / floor.peakMb, 1.1),
        ]),
        ...medianRows,
      ],
    ),
  );

  if (!options.lighthouse) {
    report.push('', '## Lighthouse', '', 'Skipped (--no-lighthouse).');
  } else if (!existsSync(chromiumPath)) {
    report.push('', '## Lighthouse', '', `Skipped: no Chromium at ${chromiumPath}.`);
  } else {
    const server = await startStaticServer(realOut);
    const results: LighthouseRow[] = [];
    try {
      for (const { type, language, largest } of rows) {
        // Lighthouse refuses to score a document served with status 404, so the 404 page is read at its own address.
        const path = addressOfBuiltFile(largest.page);
        log(`Lighthouse: ${path}`);
        const result = await lighthouse(`${server.url}${path}`, join(workDir, `lighthouse-${results.length}.json`));
        results.push({ type, language, path, ...result });
      }
    } finally {
      await server.close();
    }
    const score = (value: number | undefined) => (value === undefined ? '–' : String(value));
    report.push(
      '',
      '## Lighthouse mobile (Lighthouse 13, default mobile emulation and simulated throttling, served from 127.0.0.1)',
      '',
      table(
        ['page type', 'lang', 'page', 'performance', 'accessibility', 'best practices', 'SEO', 'audits below 100%'],
        results.map(({ type, language, path, scores, failing, error }) => [
          type,
          language,
          path,
          score(scores.performance),
          score(scores.accessibility),
          score(scores['best-practices']),
          score(scores.seo),
          error ?? (failing.join(', ') || '–'),
        ]),
      ),
    );
  }

  log('Scam detector…');
  report.push('', detectorReport());

  log('Browser editor…');
  report.push('', await editorReport());

  const text = `${report.join('\n')}\n`;
  mkdirSync(join(projectRoot, '.bench'), { recursive: true });
  writeFileSync(join(projectRoot, '.bench', 'report.md'), text);
  process.stdout.write(text);
  if (!options.keep) rmSync(workDir, { recursive: true, force: true });
  else log(`Kept the project copies in ${workDir}`);
}

await main();
