import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultLocale, type Locale, localeCodes } from '../src/i18n/locales.ts';
import { frontmatterFields } from '../src/lib/contentCheck/checkContent.ts';
import { siteContentFiles } from '../src/lib/content/files.ts';
import { contentCollections, contentRoot, type ContentCollectionName } from '../src/lib/content/schemas.ts';
import { editorText } from '../src/lib/editorMessages.ts';
import { kebabCaseSlug } from '../src/lib/content/twins.ts';
import { positionCampaign } from '../src/lib/content/positionCampaign.ts';
import { positionTemplate } from '../src/lib/content/positionTemplate.ts';

/*
 * `npm run new:position -- <slug> [--campaign=<campaign>]`: writes content/positions/{id,en}/<slug>.md
 * from the template, pointing at the named campaign, or else at the only one open or upcoming now
 * (src/lib/content/positionCampaign.ts; otherwise it lists the campaigns and writes nothing), and
 * ordered after the existing positions (of the files the site reads, src/lib/content/files.ts).
 * It never overwrites a file. `CONTENT_ROOT` writes under another folder (the tests use a temporary one).
 */

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const campaignOption = '--campaign';
let slug: string | undefined;
let requestedCampaign: string | undefined;
const args = process.argv.slice(2);
for (let index = 0; index < args.length; index += 1) {
  const arg = args[index] ?? '';
  if (arg === campaignOption || arg.startsWith(`${campaignOption}=`)) {
    const value = arg === campaignOption ? args[(index += 1)] : arg.slice(campaignOption.length + 1);
    if (value === undefined || value.trim() === '') fail(editorText('positionCampaignValueMissing'));
    requestedCampaign = value.trim();
  } else if (arg.startsWith('--')) {
    fail(editorText('positionOptionUnknown', { option: arg }));
  } else {
    slug ??= arg;
  }
}
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

const campaignsFolder = join(root, 'campaigns', defaultLocale);
const campaigns = entriesIn('campaigns', defaultLocale);
// The real time, as the content check's: a preview's SITE_NOW does not decide where positions go.
const choice = positionCampaign(campaigns, new Date(), requestedCampaign);
if (choice.kind === 'unknown') {
  fail(editorText('positionCampaignUnknown', { name: choice.requested, folder: campaignsFolder, known: choice.known }));
}
if (choice.kind === 'ask') {
  const [example] = choice.campaigns;
  if (example === undefined) fail(editorText('positionNoCampaigns', { folder: campaignsFolder }));
  fail(
    [
      choice.reason === 'several'
        ? editorText('positionCampaignSeveral', { count: choice.candidates, folder: campaignsFolder })
        : editorText('positionCampaignNone', { folder: campaignsFolder }),
      ...choice.campaigns.map(
        ({ slug, title, opens, closes, phase }) =>
          `  ${slug}  "${title}"  ${opens} – ${closes}  ${editorText('positionCampaignPhase', { phase: phase ?? 'unreadable' })}`,
      ),
      '',
      editorText('positionCampaignChoose', { slug, example: example.slug }),
    ].join('\n'),
  );
}
const { campaign } = choice;
const applyUrl = campaign.fields['applyUrl'];
const orders = entriesIn('positions', defaultLocale)
  .map((entry) => entry.fields['order'])
  .filter((order) => typeof order === 'number');
const scaffold = {
  campaign: campaign.slug,
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
    editorText('positionCreated', { campaign: campaign.slug }),
    ...written.map((path) => `  ${path}`),
    '',
    editorText('positionNextSteps'),
  ].join('\n'),
);
