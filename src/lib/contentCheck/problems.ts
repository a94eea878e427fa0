import type { SiteContentFile } from '../content/files.ts';

/** One thing an editor must fix, where to find it, and what to do, in both languages. */
export interface ContentProblem {
  /** The file, as a path under the content root as given, with forward slashes. */
  file: string;
  /** 1-based; undefined when the file does not exist or the problem is the whole file. */
  line: number | undefined;
  /** A frontmatter field (`applyUrl`, `steps[1]`), or `(isi)` for the text, `(berkas)` for the whole file. */
  field: string;
  /** Plain Indonesian, then English. */
  message: string;
}

export type Report = (problem: ContentProblem) => void;

export const bodyField = '(isi)';
export const fileField = '(berkas)';
export const translationField = '(terjemahan)';

/** A content file as the check reads it: a file the site reads, and (once read) its fields. */
export interface ContentFile extends SiteContentFile {
  /** The frontmatter (or YAML file) as read, before the schema; undefined if unreadable. */
  raw: Record<string, unknown> | undefined;
  /** The schema's output; undefined if the file has schema problems. */
  data: Record<string, unknown> | undefined;
  lineOf: (path: readonly PropertyKey[]) => number;
}
