import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultLocale, type Locale, localeCodes } from '../src/i18n/locales.ts';
import { frontmatterFields } from '../src/lib/contentCheck/checkContent.ts';
import { siteContentFiles } from '../src/lib/content/files.ts';
import { contentCollections, contentRoot, type ContentCollectionName } from '../src/lib/content/schemas.ts';
import { editorText } from '../src/lib/editorMessages.ts';
import { kebabCaseSlug } from '../src/lib/content/twins.ts';
import { positionTemplate } from '../src/lib/content/positionTemplate.ts';

/*
 * `npm run new:position -- <slug>`: writes content/positions/{id,en}/<slug>.md from the template,
 * pointing at the latest campaign and ordered after the existing positions (of the files the site
 * reads, src/lib/content/files.ts). It never overwrites a file. `CONTENT_ROOT` writes under another folder (the tests use a temporary one).
 */

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const slug = process.argv[2];
const root = contentRoot();

if (slug === undefined || slug.trim() === '') {
  fail(editorText('positionNameMissing'));
}
if (!kebabCaseSlug.test(slug)) {
  fail(editorText('positionNameUnusable', { slug }));
}

const positionsFolder = join(root, 'positions');
const extensions = contentCollections.positions.extensions;
const existing = localeCodes.flatMap((locale) =>
  extensions
    .map((extension) => join(positionsFolder, locale, `${slug}.${extension}`))
    .filter((path) => existsSync(path)),
);
if (existing.length > 0) {
  fail(editorText('positionExists', { slug, files: existing }));
}

/** The fields of every entry the site reads in one language of a collection. */
function entriesIn(collection: ContentCollectionName, locale: Locale): { slug: string; fields: Record<string, unknown> }[] {
  return siteContentFiles(root)
    .filter((file) => file.collection === collection && file.locale === locale)
    .map(({ slug, absolutePath }) => ({ slug, fields: frontmatterFields(readFileSync(absolutePath, 'utf8')) }));
}

function instantOf(value: unknown): number {
  const time = new Date(typeof value === 'string' || value instanceof Date ? value : Number.NaN).getTime();
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}

// New positions usually join the campaign that opens last.
const latestCampaign = entriesIn('campaigns', defaultLocale).sort(
  (a, b) => instantOf(b.fields['opens']) - instantOf(a.fields['opens']),
)[0];
const applyUrl = latestCampaign?.fields['applyUrl'];
const orders = entriesIn('positions', defaultLocale)
  .map((entry) => entry.fields['order'])
  .filter((order) => typeof order === 'number');
const scaffold = {
  campaign: latestCampaign?.slug ?? '',
  order: Math.max(0, ...orders) + 1,
  applyUrl: typeof applyUrl === 'string' ? applyUrl : undefined,
};

const written: string[] = [];
try {
  for (const locale of localeCodes) {
    const path = join(positionsFolder, locale, `${slug}.md`);
    mkdirSync(join(positionsFolder, locale), { recursive: true });
    // `wx` refuses to replace a file that appeared since the check above.
    writeFileSync(path, positionTemplate(locale, scaffold), { flag: 'wx' });
    written.push(path);
  }
} catch (error) {
  for (const path of written) rmSync(path);
  fail(editorText('positionNotWritten', { error: String(error) }));
}

console.log(
  [
    editorText('positionCreated'),
    ...written.map((path) => `  ${path}`),
    '',
    editorText('positionNextSteps'),
  ].join('\n'),
);
