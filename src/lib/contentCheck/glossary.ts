import { frontmatterFields } from './frontmatter.ts';

/*
 * The glossary at the end of the editors' guide (content/README.md, "Glosarium istilah") says, per
 * meaning, which words Indonesian text does not use ("Bukan"). The rule is read from there, so that
 * the guide editors read is the only place it is written.
 */

export interface GlossaryEntry {
  /** The Indonesian term, e.g. "surel". */
  id: string;
  en: string;
  /** The words not used for this meaning, e.g. ["e-mail", "email"]. */
  avoid: string[];
}

const glossaryHeading = /^## Glosarium istilah\s*$/m;

/** The glossary's rows, read from the table under its heading in the guide. */
export function glossaryEntries(guide: string): GlossaryEntry[] {
  const start = guide.search(glossaryHeading);
  if (start < 0) return [];
  const section = guide.slice(start).split(/\n## /)[0] ?? '';
  const rows = section.split('\n').filter((line) => line.startsWith('|'));
  // The first two rows are the header and its separator.
  return rows.slice(2).map((row) => {
    const [id = '', en = '', , avoid = ''] = row.split('|').slice(1, -1).map((cell) => cell.trim());
    return { id, en, avoid: avoid === '' ? [] : avoid.split(/\s*[,/]\s*/).filter((word) => word !== '') };
  });
}

/**
 * The words Indonesian text must not use: every row's "Bukan", less the words whose use depends on
 * the sentence (written with a note in brackets, e.g. "klaim (klaim adalah pengajuannya)") and the
 * words that are another row's own term ("peserta" is not used for candidates, but is the term for
 * members).
 */
export function avoidedWords(entries: readonly GlossaryEntry[]): string[] {
  const terms = entries.map((entry) => entry.id.toLowerCase());
  const isTerm = (word: string) => terms.some((term) => wordPattern(word).test(term));
  const words = entries.flatMap((entry) => entry.avoid).filter((word) => !/[()]/.test(word) && !isTerm(word));
  return [...new Set(words.map((word) => word.toLowerCase()))];
}

function wordPattern(word: string): RegExp {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}-])${escaped}(?![\\p{L}\\p{N}-])`, 'iu');
}

/** The avoided words `text` uses, as whole words in any case, in the order of `words`. */
export function avoidedWordsIn(text: string, words: readonly string[]): string[] {
  return words.filter((word) => wordPattern(word).test(text));
}

/**
 * What a reader reads of a content file: its title, its description and its text, without link
 * addresses (an address may hold any word) or code.
 */
export function readerText(file: string): string {
  const fields = frontmatterFields(file);
  const body = file.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
  const shown = [fields['title'], fields['description']].filter((value): value is string => typeof value === 'string');
  const prose = body
    .replace(/```[\s\S]*?```/g, '')
    .replace(/`[^`]*`/g, '')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/<[a-z]+:[^>]*>/gi, '');
  return [...shown, prose].join('\n');
}
