import { defaultLocale } from '../../i18n/locales.ts';
import { displayPath } from '../content/files.ts';
import { type CollectionData, contentCollectionNames, type ContentCollectionName } from '../content/schemas.ts';
import { regionCovers } from '../recruitment/regions.ts';
import { findMissingTwins, findTwinDisagreements, sharedFields, sharedPartOf, splitEntryId, twinFilePath } from '../content/twins.ts';
import { editorText } from '../editorMessages.ts';
import { type ContentFile, type ContentProblem, fileField, type Report, translationField } from './problems.ts';

/*
 * What no single file shows: two files for one page, an entry without its translation or
 * disagreeing with it (the twin rule of src/lib/content/twins.ts, said in the check's messages),
 * and a position pointing at a campaign that does not exist or places people elsewhere.
 */

/** `portal.yaml` and `portal.yml` in one folder are one entry: Astro would keep one and drop the other. */
export function checkDuplicateSlugs(files: readonly ContentFile[], report: Report): void {
  const byId = Map.groupBy(files, (file) => `${file.collection}/${file.id}`);
  for (const group of byId.values()) {
    if (group.length < 2) continue;
    for (const file of group) {
      const others = group.filter((other) => other !== file).map((other) => other.path);
      report({ file: file.path, line: undefined, field: fileField, message: editorText('sameName', { others }) });
    }
  }
}

/** An entry of one collection as both the check and the site know it. */
export interface TwinEntry {
  id: string;
  /** Where the entry is, for messages: `content/positions/en/pelayanan.md`. */
  path: string;
  data: object | undefined;
  raw?: Record<string, unknown> | undefined;
  lineOf?: ((path: readonly PropertyKey[]) => number) | undefined;
}

/**
 * Every entry needs its translation, and twins must agree on the facts they share. One rule for
 * the content check and for the site's data layer (src/data/content.ts, through buildGuards.ts),
 * with the same messages.
 */
export function twinProblems(
  collection: ContentCollectionName,
  entries: readonly TwinEntry[],
  alreadyWrong: (path: string, field: string) => boolean = () => false,
): ContentProblem[] {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const problems: ContentProblem[] = findMissingTwins([...byId.keys()]).flatMap(({ present, missing }) => {
    const original = byId.get(present);
    if (original === undefined) return [];
    const { locale } = splitEntryId(missing);
    return [
      {
        file: twinFilePath(original.path, locale),
        line: undefined,
        field: translationField,
        message: editorText('twinMissing', { original: original.path, missingIsIndonesian: locale === defaultLocale }),
      },
    ];
  });
  const readable = entries.flatMap((entry) => (entry.data === undefined ? [] : [{ id: entry.id, data: entry.data }]));
  for (const { id, twin, field } of findTwinDisagreements(readable, sharedFields[collection])) {
    const entry = byId.get(id);
    const original = byId.get(twin);
    if (entry === undefined || original === undefined) continue;
    // When the original's value is itself wrong, copying it into the translation is not the fix.
    if (alreadyWrong(original.path, field)) continue;
    const value = original.raw?.[field] ?? (original.data as Record<string, unknown> | undefined)?.[field];
    // Show what must match (a stage's dates), not the parts a translation changes (its title).
    problems.push({
      file: entry.path,
      line: entry.lineOf?.([field]),
      field,
      message: editorText('twinDiffers', { original: original.path, value: shown(sharedPartOf(field, value)) }),
    });
  }
  return problems;
}

export function checkTwins(files: readonly ContentFile[], found: readonly ContentProblem[], report: Report): void {
  const alreadyWrong = (path: string, field: string) =>
    found.some((problem) => problem.file === path && fieldBelongsTo(problem.field, field));
  for (const collection of contentCollectionNames) {
    const inCollection = files.filter((file) => file.collection === collection);
    for (const problem of twinProblems(collection, inCollection, alreadyWrong)) report(problem);
  }
}

function fieldBelongsTo(name: string, field: string): boolean {
  return name === field || name.startsWith(`${field}[`) || name.startsWith(`${field}.`);
}

function shown(value: unknown): string {
  if (value === undefined) return 'tidak diisi / not set';
  const text = value instanceof Date ? value.toISOString() : typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** A position or announcement must name a campaign that exists in its language; a position, be placed only where that campaign places people. */
export function checkCampaignReferences(root: string, files: readonly ContentFile[], report: Report): void {
  const campaigns = new Map(files.filter((file) => file.collection === 'campaigns').map((file) => [file.id, file]));
  for (const position of files.filter((file) => file.collection === 'positions' || file.collection === 'announcements')) {
    // Read the field itself, so a bad campaign name is reported even when other fields have problems.
    const named = position.raw?.['campaign'];
    if (typeof named !== 'string' || named.trim() === '') continue;
    const campaign = campaigns.get(`${position.locale}/${named.trim()}`);
    if (campaign === undefined) {
      const known = [...campaigns.values()].filter((file) => file.locale === position.locale).map((file) => file.slug);
      const folder = `${displayPath(root, 'campaigns', position.locale)}/`;
      report({ file: position.path, line: position.lineOf(['campaign']), field: 'campaign', message: editorText('campaignUnknown', { name: named, folder, known }) });
      continue;
    }
    const placements = (position.data as CollectionData<'positions'> | undefined)?.placements;
    if (campaign.data === undefined || placements === undefined) continue;
    const regions = (campaign.data as CollectionData<'campaigns'>).regions;
    placements.forEach((region, index) => {
      // A campaign in an island group may place a position in one of its provinces.
      if (regions.some((campaignRegion) => regionCovers(campaignRegion, region))) return;
      report({
        file: position.path,
        line: position.lineOf(['placements', index]),
        field: `placements[${index}]`,
        message: editorText('placementOutsideCampaign', { region, campaign: campaign.path, regions }),
      });
    });
  }
}
