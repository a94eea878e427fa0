import { editorText } from '../editorMessages.ts';
import type { ReportShipped } from './problem.ts';
import { checkStructuredStrings } from './structuredText.ts';

/**
 * A JSON-LD block: it must be JSON, and every string in it is held to the rules for structured
 * output (structuredText.ts), as its addresses are links search engines show to job seekers.
 */
export function checkJsonLd(text: string, report: ReportShipped): void {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    report(editorText('jsonLdUnreadable'), text.slice(0, 60));
    return;
  }
  checkStructuredStrings(stringsIn(data), report);
}

/** Every string in a JSON-LD value, but `@context`: it names the vocabulary, it is not a link. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, item]) => (key === '@context' ? [] : stringsIn(item)));
}
