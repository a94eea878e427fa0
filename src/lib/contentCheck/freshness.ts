import { defaultLocale } from '../../i18n/locales.ts';
import { type HistorySource, historyPath, translationLag } from '../content/freshness.ts';
import { editorText } from '../editorMessages.ts';
import { twinId } from '../content/twins.ts';
import { type ContentFile, type ContentProblem, translationField } from './problems.ts';

/*
 * Translations whose original changed after them. Warnings, not problems: an urgent correction of
 * the Indonesian text must be publishable before its translation is ready, so they never fail the
 * check or the build. A translation's original is its twin in the default language (src/lib/content/twins.ts).
 */

export interface FreshnessReport {
  /** One per translation behind its original, on the translation's file. */
  warnings: ContentProblem[];
  /** Said once when the history cannot be read, so that no warning is not mistaken for none behind. */
  notes: string[];
}

export function checkTranslationFreshness(files: readonly ContentFile[], source: HistorySource): FreshnessReport {
  if (!source.available) return { warnings: [], notes: [editorText('historyGap', source.gap)] };
  const originals = new Map(files.filter((file) => file.locale === defaultLocale).map((file) => [`${file.collection}/${file.id}`, file]));
  const warnings = files.flatMap((translation) => {
    const original = translation.locale === defaultLocale ? undefined : originals.get(`${translation.collection}/${twinId(translation.id, defaultLocale)}`);
    if (original === undefined) return [];
    const lag = translationLag(source.history, inContentFolder(original), inContentFolder(translation));
    if (lag === undefined) return [];
    return [{ file: translation.path, line: undefined, field: translationField, message: editorText('translationBehind', { original: original.path, ...lag }) }];
  });
  return { warnings, notes: [] };
}

function inContentFolder(file: ContentFile): string {
  return historyPath(file.collection, file.locale, file.absolutePath);
}
