import type { Locale } from '../../i18n/locales.ts';
import type { ContentCollectionName } from '../content/schemas.ts';
import { readFields } from './dataBlock.ts';
import type { ContentFile, ContentProblem } from './problems.ts';

/*
 * The check's front door for the browser editor (src/editor/): the data block of one file, checked
 * as `npm run check:content` checks it (unsafe YAML, scam text in fields, the collection's schema:
 * addresses and look-alike hosts, dates, lengths, hidden characters), with the same words, lines
 * and fields. It needs no other file and no Node API, so the hosted editor runs it in the page
 * before a save leaves the browser. What needs the whole content folder (twins, references between
 * entries) or the Markdown parser (page text) runs on the local editor's server and in CI.
 */

export { formatProblem } from './report.ts';

export interface EntryFile {
  collection: ContentCollectionName;
  locale: Locale;
  slug: string;
  /** As the check names it: `content/positions/id/petugas.md` */
  path: string;
  extension: string;
}

/** Every problem in the data block `yaml` of `file`, whose first line is line `lineOffset + 1` of the file. */
export function dataBlockProblems(file: EntryFile, yaml: string, lineOffset: number): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const checked: ContentFile = {
    ...file,
    id: `${file.locale}/${file.slug}`,
    absolutePath: file.path,
    raw: undefined,
    data: undefined,
    lineOf: () => 1,
  };
  readFields(checked, yaml, lineOffset, (problem) => problems.push(problem));
  return problems;
}
