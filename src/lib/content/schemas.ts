import { z } from 'astro/zod';
import { editorText } from '../editorMessages.ts';
import { linkProblem, officialUrlProblem } from '../links/officialUrl.ts';
import { islandGroupIds } from '../recruitment/provinces.ts';
import { placementRegionKeys } from '../recruitment/regions.ts';
import { codePointName, hiddenCharacter } from '../links/textSafety.ts';
import { dayMoment, type DayEdge, type Moment, timedMoment } from '../time/moments.ts';
import { defaultConcludedAfterDays } from '../recruitment/campaignPhase.ts';
import { isoWithOffsetPattern } from '../time/timeZones.ts';

/*
 * The content collections, their schemas and the rules shared by Astro (src/content.config.ts) and
 * the editors' content check (`npm run check:content`), so both say the same thing about a file.
 * Messages are written for the communications team, who read them in the terminal and in the dev
 * overlay: plain Indonesian first, then English, without the field name (both print it). Their words
 * live in the editors' message catalogue (./editorMessages.ts).
 * Which files of a collection are read is files.ts's rule; which fields twins share, twins.ts's.
 */

/** The collections' folder at the top of the project, where the editors' files live and the browser editor saves. */
export const contentFolder = 'content';

/** Where the collections live, relative to the project; `CONTENT_ROOT` points the site and the checks elsewhere. */
export function contentRoot(env: Record<string, string | undefined> = process.env): string {
  return env['CONTENT_ROOT']?.trim() || contentFolder;
}

/** "Required", with an example written the same in both languages. */
const missing = (example: string) => editorText('fieldRequiredExample', { example: { id: example, en: example } });

/**
 * How long each kind of text may be, in characters (code points, as a reader counts them). Each is
 * well above what the current content uses (in brackets) yet stops a pasted page or a runaway word:
 * titles show whole on the page and in a browser tab, cut at three lines on the share picture;
 * descriptions are the pages' meta descriptions and share text, which search engines and WhatsApp
 * cut near 160–200 characters.
 */
export const textLimits = {
  /** A page's title, its `<h1>` and the share picture's heading (33; 53 for an announcement). */
  title: 150,
  /** A page's one-line description (222). */
  description: 300,
  /** A selection stage, also the summary of its calendar event (32). */
  stageTitle: 100,
  /** An official channel's name, in the footer of every page (39). */
  channelName: 80,
  /** What an official channel is for (107). */
  channelDescription: 240,
  /** An announcement's number as printed on the document (16). */
  reference: 60,
  /** A source: a regulation's full name and number (293). */
  sourceTitle: 400,
  /** A programme's code (JKK, JHT …). */
  code: 10,
  /** A campaign's file name, pointed to by positions and announcements (28). */
  campaignName: 100,
  /** A heading in the page text; on the questions page, a question, also in its FAQPage data (69). */
  heading: 200,
  /**
   * The longest run of characters without a space in any title or heading (15): the page, the share
   * picture and the calendar wrap only at spaces, and a 3,000-letter word once exhausted the build.
   */
  titleWord: 40,
} as const;

/** Characters as a reader counts them: a letter beyond the first plane is one, not two. */
export function characterCount(text: string): number {
  return [...text].length;
}

/** The characters of the longest run without a space. */
export function longestWord(text: string): number {
  return text.split(/\s+/).reduce((longest, word) => Math.max(longest, characterCount(word)), 0);
}

/** Required one-line text of at most `maxLength` characters; `maxWordLength` bounds its longest word (titles). */
function requiredText(maxLength: number, maxWordLength?: number) {
  return requiredLine().check((payload) => {
    const refuse = (message: string) => payload.issues.push({ code: 'custom', input: payload.value, message });
    const length = characterCount(payload.value);
    if (length > maxLength) refuse(editorText('textTooLong', { limit: maxLength, length }));
    if (maxWordLength === undefined) return;
    const word = longestWord(payload.value);
    if (word > maxWordLength) refuse(editorText('titleWordTooLong', { limit: maxWordLength, length: word }));
  });
}

function requiredLine() {
  return z

    .string({
      error: (issue) => (issue.input === undefined ? editorText('fieldRequired') : editorText('notText')),
    })
    .trim()
    .min(1, { error: editorText('blankText') })
    .check(refuseHiddenCharacters);
}

/**
 * Line breaks and invisible characters change what a reader sees (a reversed address, an extra line
 * in a calendar file) without changing what an editor sees; no field needs them.
 */
function refuseHiddenCharacters(payload: z.core.ParsePayload<string>): void {
  if (/[\r\n]/.test(payload.value)) {
    payload.issues.push({
      code: 'custom',
      input: payload.value,
      message: editorText('lineBreak'),
    });
    return;
  }
  const hidden = hiddenCharacter(payload.value);
  if (hidden === undefined) return;
  payload.issues.push({
    code: 'custom',
    input: payload.value,
    message: editorText('invisibleCharacter', { codePoint: codePointName(hidden) }),
  });
}

function wholeNumber() {
  return z
    .number({
      error: (issue) => (issue.input === undefined ? missing('1') : editorText('notANumber', { example: 1 })),
    })
    .int({ error: editorText('notAWholeNumber', { example: 1 }) });
}

/** How an editor writes a moment: an example in each language, since some name both forms. */
interface Example {
  id: string;
  en: string;
}

const instantText = '"2025-09-14T23:59:59+07:00"';
const instantExample: Example = { id: instantText, en: instantText };
const momentExample: Example = {
  id: `"2025-09-14" (tanggal saja) atau ${instantText} (tanggal dan jam yang telah dikonfirmasi)`,
  en: `"2025-09-14" (a date only) or ${instantText} (a confirmed date and time)`,
};
const dateTimeWithoutOffset = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?$/;
const dateOnly = /^\d{4}-\d{2}-\d{2}$/;

/** True when every part of `2025-09-14T23:59:59+07:00` (or of `2025-09-14`) names a real calendar day and time. */
function isRealInstant(value: string): boolean {
  const parts = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/
    .exec(value)
    ?.slice(1)
    .map((part) => Number(part ?? 0));
  if (parts === undefined) return false;
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = parts;
  const probe = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  return (
    probe.getUTCFullYear() === year &&
    probe.getUTCMonth() === month - 1 &&
    probe.getUTCDate() === day &&
    probe.getUTCHours() === hour &&
    probe.getUTCMinutes() === minute &&
    probe.getUTCSeconds() === second &&
    !Number.isNaN(new Date(value).getTime())
  );
}

/**
 * What is wrong with a written moment, if anything. `example` is what the field accepts; a date
 * alone is accepted only where `allowsDate` (a window's edges), not where an exact instant is
 * needed (an announcement's publication).
 */
function instantProblem(value: string, allowsDate: boolean, example: Example): string | undefined {
  if (dateTimeWithoutOffset.test(value)) {
    return editorText('offsetMissing', { example: instantText });
  }
  if (dateOnly.test(value)) {
    if (!allowsDate) return editorText('timeAndOffsetMissing', { example: instantText });
    return isRealInstant(value) ? undefined : editorText('notARealDate', { value });
  }
  if (!isoWithOffsetPattern.test(value)) {
    return allowsDate ? editorText('notADateOrInstant', { example }) : editorText('notAnInstant', { example });
  }
  if (!isRealInstant(value)) return editorText('notARealInstant', { value });
  return undefined;
}

/**
 * How a field's text is written when it is not plain text, for the browser editor's pickers
 * (src/editor/config.ts): a date alone, a date or an instant, an instant with its offset.
 */
export interface WrittenAs {
  written: 'date' | 'moment' | 'instant';
}

/** A quoted moment, checked: YAML would turn an unquoted one into a UTC Date, losing its offset and whether a time was given. */
function writtenMoment(allowsDate: boolean, example: Example) {
  return z
    .string({
      error: (issue) => {
        if (issue.input === undefined) return editorText('fieldRequiredExample', { example });
        if (issue.input instanceof Date) return editorText('momentUnquoted', { example });
        return editorText('momentNotText', { example });
      },
    })
    .check((payload) => {
      const message = instantProblem(payload.value, allowsDate, example);
      if (message !== undefined) payload.issues.push({ code: 'custom', input: payload.value, message });
    });
}

/** An exact moment in time, quoted, with its UTC offset (an announcement's publication). */
function instant() {
  return writtenMoment(false, instantExample)
    .transform((value) => new Date(value))
    .meta({ written: 'instant' } satisfies WrittenAs);
}

/**
 * An edge of a window or stage as the announcement gives it: a date alone (that whole day in WIB;
 * `edge` says which end of it), or a date and time with its UTC offset once the agency confirms the hour.
 */
function moment(edge: DayEdge) {
  return writtenMoment(true, momentExample)
    .transform((value): Moment => (dateOnly.test(value) ? dayMoment(value, edge) : timedMoment(new Date(value))))
    .meta({ written: 'moment' } satisfies WrittenAs);
}

/** A calendar day such as `2026-11-25` (the day a source was last read). */
function calendarDate() {
  return z.coerce.date({ error: editorText('notACalendarDate') }).meta({ written: 'date' } satisfies WrittenAs);
}

function addressText() {
  return z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? missing('"https://rekrutmen.bpjsketenagakerjaan.go.id"')
          : editorText('notAnAddress'),
    })
    .check(refuseHiddenCharacters);
}

/** A link applicants follow to an official service: https on an allowlisted host only. */
function officialUrl() {
  return addressText().check((payload) => {
    const problem = officialUrlProblem(payload.value);
    if (problem !== undefined)
      payload.issues.push({ code: 'custom', input: payload.value, message: editorText('addressProblem', { problem }) });
  });
}

/** A link to a source (a regulation on another government site may be off the allowlist). */
function sourceUrl() {
  return addressText().check((payload) => {
    const problem = linkProblem(payload.value);
    if (problem !== undefined)
      payload.issues.push({ code: 'custom', input: payload.value, message: editorText('addressProblem', { problem }) });
  });
}

/** Entries refuse fields they do not know: a misspelt optional field would otherwise be dropped in silence. */
function entry<Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? editorText('unknownFields', { fields: issue.keys }) : editorText('notAnEntry'),
  });
}

function list<Item extends z.ZodType>(item: Item, what: { id: string; en: string }) {
  return z
    .array(item, {
      error: (issue) => (issue.input === undefined ? editorText('listMissing', { item: what }) : editorText('notAList')),
    })
    .min(1, { error: editorText('listEmpty', { item: what }) });
}

/** A value for a message, short and safe to print whatever it is (a list nested a billion times over). */
function quotedInput(input: unknown): string {
  return typeof input === 'string' ? `"${input.slice(0, 60)}"` : `(${Array.isArray(input) ? 'daftar / list' : typeof input})`;
}

// Listing all 45 ids would bury the message; the guide's table has every province.
const placementRegion = z.enum(placementRegionKeys, {
  error: (issue) => editorText('unknownRegion', { region: quotedInput(issue.input), islandGroups: islandGroupIds }),
});

export const disabilityAccessValues = ['open', 'not-open', 'to-confirm'] as const;

const sources = z
  .array(entry({ title: requiredText(textLimits.sourceTitle), url: sourceUrl().optional(), reviewed: calendarDate() }), {
    error: editorText('notASourceList'),
  })
  .default([]);

/** What every page entry has: its title (the page's `<h1>`) and a one-line description (meta, share text). */
function pageEntry<Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  return entry({
    title: requiredText(textLimits.title, textLimits.titleWord),
    description: requiredText(textLimits.description),
    ...shape,
  });
}

export const agencySchema = pageEntry({
  /** Any figure in the text must name the regulation it comes from. */
  sources,
});

export const programmeSchema = pageEntry({
  code: requiredText(textLimits.code),
  order: wholeNumber(),
  /** Any figure in the text (a rate, an amount, an age) must name the regulation it comes from. */
  sources,
});

/** A stage of the selection; its dates are left out until the agency announces them. */
const stage = entry({ title: requiredText(textLimits.stageTitle, textLimits.titleWord), starts: moment('start').optional(), ends: moment('end').optional() })
  .superRefine((stage, payload) => {
    if ((stage.starts === undefined) === (stage.ends === undefined)) return;
    const missingField = stage.starts === undefined ? 'starts' : 'ends';
    payload.addIssue({
      code: 'custom',
      path: [missingField],
      message: editorText('stageDateAlone', { missingField }),
    });
  })
  .refine((stage) => stage.starts === undefined || stage.ends === undefined || stage.ends.instant.getTime() > stage.starts.instant.getTime(), {
    error: editorText('stageEndsBeforeStarts'),
    path: ['ends'],
    when: (payload) => !payload.issues.some((issue) => issue.path?.[0] === 'starts' || issue.path?.[0] === 'ends'),
  });

const stages = list(stage, { id: 'tahap seleksi', en: 'selection stage' }).superRefine((list, payload) => {
  // Stages are read in order: a dated stage may not start before an earlier dated one.
  let latest: { index: number; starts: Moment } | undefined;
  list.forEach((item, index) => {
    if (item.starts === undefined) return;
    if (latest !== undefined && item.starts.instant.getTime() < latest.starts.instant.getTime()) {
      payload.addIssue({
        code: 'custom',
        path: [index, 'starts'],
        message: editorText('stageOutOfOrder', { earlier: latest.index }),
      });
      return;
    }
    latest = { index, starts: item.starts };
  });
});

export const campaignSchema = pageEntry({
  opens: moment('start'),
  closes: moment('end'),
  applyUrl: officialUrl(),
  regions: list(placementRegion, { id: 'wilayah penempatan', en: 'placement region' }),
  stages,
  /** Days after registration closes before the campaign reads as past, when no stage after registration is dated. */
  concludedAfterDays: z
    .number({ error: editorText('notADayCount', { example: defaultConcludedAfterDays }) })
    .int({ error: editorText('notAWholeNumber', { example: defaultConcludedAfterDays }) })
    .min(1, { error: editorText('tooFewDays') })
    .max(730, { error: editorText('tooManyDays') })
    .default(defaultConcludedAfterDays),
}).refine((campaign) => campaign.closes.instant.getTime() > campaign.opens.instant.getTime(), {
  error: editorText('closesBeforeOpens'),
  path: ['closes'],
  // Compare the two moments whenever both are readable, even if other fields have problems.
  when: (payload) => !payload.issues.some((issue) => issue.path?.[0] === 'opens' || issue.path?.[0] === 'closes'),
});

export const positionSchema = pageEntry({
  /** The file name of a campaign in content/campaigns/<lang>/, without its extension. */
  campaign: requiredText(textLimits.campaignName),
  order: wholeNumber(),
  /** Leave out to place the position in every region of its campaign. */
  placements: list(placementRegion, { id: 'wilayah penempatan', en: 'placement region' }).optional(),
  /** The announcement says "several positions" are open to candidates with physical disabilities without naming them. */
  disabilityAccess: z.enum(disabilityAccessValues, {
    error: (issue) =>
      issue.input === undefined ? missing('"to-confirm"') : editorText('notADisabilityAccess'),
  }),
});

export const pageSchema = pageEntry({});

/** A numbered announcement (pengumuman) of a campaign: its own page, in the index, the feed and the checker. */
export const announcementSchema = pageEntry({
  /** The file name of a campaign in content/campaigns/<lang>/, without its extension. */
  campaign: requiredText(textLimits.campaignName),
  published: instant(),
  /** The number printed on the official announcement, e.g. "PENG/012/REK/2025". */
  reference: requiredText(textLimits.reference),
  /** The announcement's document (PDF) on an official host, when there is one. */
  documentUrl: officialUrl().optional(),
});

export const channelSchema = entry({
  name: requiredText(textLimits.channelName, textLimits.titleWord),
  description: requiredText(textLimits.channelDescription),
  url: officialUrl(),
  order: wholeNumber(),
});

/**
 * Markdown only. MDX would run the code between braces while the site is built, and no component is
 * offered to editors yet; a `.mdx` file is reported and never read.
 */
const markdown = ['md'] as const;
const data = ['yaml', 'yml'] as const;

/** Every collection: its folder under the content root, the file types it reads, its schema. */
export const contentCollections = {
  agency: { extensions: markdown, schema: agencySchema },
  programmes: { extensions: markdown, schema: programmeSchema },
  campaigns: { extensions: markdown, schema: campaignSchema },
  positions: { extensions: markdown, schema: positionSchema },
  pages: { extensions: markdown, schema: pageSchema },
  announcements: { extensions: markdown, schema: announcementSchema },
  channels: { extensions: data, schema: channelSchema },
} as const;

export type ContentCollectionName = keyof typeof contentCollections;

export const contentCollectionNames = Object.keys(contentCollections) as ContentCollectionName[];

export type CollectionData<K extends ContentCollectionName> = z.output<(typeof contentCollections)[K]['schema']>;
