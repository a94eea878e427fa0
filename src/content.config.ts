import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { localeCodes } from './i18n/locales.ts';
import { entryIdFromPath } from './lib/entryId.ts';
import { isOfficialUrl, officialHostsText } from './lib/officialUrl.ts';
import { placementRegionKeys } from './lib/regions.ts';
import { isoWithOffsetPattern } from './lib/timeZones.ts';
import { z } from 'astro/zod';

/*
 * Every collection keeps one file per language, paired by file name: `id/x.md` and `en/x.md`.
 * Messages are written for the editors who will read them in the terminal or the dev overlay.
 */
const languageFolders = `{${localeCodes.join(',')}}`;

function localized(collection: string, extensions: string) {
  return glob({
    base: `./content/${collection}`,
    pattern: `${languageFolders}/*.${extensions}`,
    generateId: ({ entry }) => entryIdFromPath(entry),
  });
}

const text = (what: string) =>
  z
    .string({ error: `${what} is required and must be text` })
    .trim()
    .min(1, { error: `${what} must not be empty` });

const instant = (what: string) =>
  z
    .string({
      error: `${what} must be a date-time in quotes with its UTC offset, e.g. "2025-09-14T23:59:59+07:00"`,
    })
    .regex(isoWithOffsetPattern, {
      error: `${what} must be written like "2025-09-14T23:59:59+07:00": date, time and UTC offset`,
    })
    .refine((value) => !Number.isNaN(new Date(value).getTime()), { error: `${what} is not a real date` })
    .transform((value) => new Date(value));

const officialUrl = (what: string) =>
  z.url({ error: `${what} must be a full web address starting with https://` }).refine(isOfficialUrl, {
    error: `${what} must use https on an official host (${officialHostsText})`,
  });

const calendarDate = (what: string) =>
  z.coerce.date({ error: `${what} must be a date such as 2025-09-01` });

const agency = defineCollection({
  loader: localized('agency', '{md,mdx}'),
  schema: z.object({
    title: text('title'),
    description: text('description'),
    sources: z
      .array(z.object({ title: text('sources.title'), url: z.url().optional(), reviewed: calendarDate('sources.reviewed') }))
      .default([]),
  }),
});

const programmes = defineCollection({
  loader: localized('programmes', '{md,mdx}'),
  schema: z.object({
    code: text('code'),
    title: text('title'),
    description: text('description'),
    order: z.number({ error: 'order must be a number (1 shows first)' }).int(),
    /** Any figure in the text (a rate, an amount, an age) must name the regulation it comes from. */
    sources: z
      .array(z.object({ title: text('sources.title'), url: z.url().optional(), reviewed: calendarDate('sources.reviewed') }))
      .default([]),
  }),
});

const campaigns = defineCollection({
  loader: localized('campaigns', '{md,mdx}'),
  schema: z
    .object({
      title: text('title'),
      description: text('description'),
      opens: instant('opens'),
      closes: instant('closes'),
      applyUrl: officialUrl('applyUrl'),
      regions: z
        .array(z.enum(placementRegionKeys, { error: `each region must be one of: ${placementRegionKeys.join(', ')}` }))
        .min(1, { error: 'regions must list at least one placement region' }),
      steps: z.array(text('each step')).min(1, { error: 'steps must list at least one step' }),
    })
    .refine((campaign) => campaign.closes.getTime() > campaign.opens.getTime(), {
      error: 'closes must be after opens: the registration window closes before it opens',
      path: ['closes'],
    }),
});

const positions = defineCollection({
  loader: localized('positions', '{md,mdx}'),
  schema: z.object({
    title: text('title'),
    description: text('description'),
    campaign: text('campaign'),
    order: z.number({ error: 'order must be a number (1 shows first)' }).int(),
    /** Leave out to place the position in every region of its campaign. */
    placements: z.array(z.enum(placementRegionKeys)).min(1).optional(),
    /** The announcement says "several positions" are open to candidates with physical disabilities without naming them. */
    disabilityAccess: z.enum(['open', 'not-open', 'to-confirm'], {
      error: 'disabilityAccess must be open, not-open or to-confirm',
    }),
  }),
});

const pages = defineCollection({
  loader: localized('pages', '{md,mdx}'),
  schema: z.object({ title: text('title'), description: text('description') }),
});

const channels = defineCollection({
  loader: localized('channels', '{yaml,yml}'),
  schema: z.object({
    name: text('name'),
    description: text('description'),
    url: officialUrl('url'),
    order: z.number().int(),
  }),
});

export const collections = { agency, programmes, campaigns, positions, pages, channels };
