import { distinctFindings, findingText, scamFindings } from './scamText.ts';

/*
 * Every text field of an entry (titles, descriptions, references, stage titles, channel names and
 * descriptions, source titles) read by the scam detector, as page text is: each becomes a page's
 * heading, a feed item, a calendar summary or structured data, where calendar apps and search
 * engines turn a bare host into a link. Address fields are the schema's: it holds them to the link
 * policy, with the stricter rule for apply links.
 */

const addressFields = new Set(['url', 'applyUrl', 'documentUrl']);

/** Reports each finding with the path of its field (`stages[1].title`). */
export function checkFieldText(fields: Record<string, unknown>, report: (path: readonly PropertyKey[], message: string) => void): void {
  for (const { path, text } of textFields(fields, [])) {
    for (const finding of distinctFindings(scamFindings(text), () => '')) report(path, findingText(finding));
  }
}

function textFields(value: unknown, path: PropertyKey[]): { path: PropertyKey[]; text: string }[] {
  if (typeof value === 'string') return addressFields.has(String(path[path.length - 1])) ? [] : [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => textFields(item, [...path, index]));
  if (typeof value !== 'object' || value === null || value instanceof Date) return [];
  return Object.entries(value).flatMap(([key, item]) => textFields(item, [...path, key]));
}
