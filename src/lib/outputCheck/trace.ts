import { domainToUnicode } from 'node:url';

/*
 * From a problem in a built file back to the content file it came from, found by the problem's
 * evidence. Reads no built file and loads no parser; the content files are listed by
 * src/lib/content/files.ts, as the site reads them.
 */

/** The content files whose text contains the evidence: where an editor should look. */
export function traceToContent(evidence: string, contentFiles: ReadonlyMap<string, string>): string[] {
  const containing = (needle: string) =>
    needle.trim().length < 3 ? [] : [...contentFiles].filter(([, text]) => text.includes(needle)).map(([path]) => path);
  for (const needle of [evidence, decoded(evidence), hostOf(evidence), domainToUnicode(hostOf(evidence) ?? '')]) {
    const found = containing(needle ?? '');
    if (found.length > 0) return found;
  }
  return [];
}

/** A percent-encoded address as an editor typed it (`bpjsketenagakerj%D0%B0an` → `bpjsketenagakerjаan`). */
function decoded(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** The host of an address, to find a link that the content writes differently (entities, Markdown). */
function hostOf(value: string): string | undefined {
  try {
    return new URL(value.trim().replace(/^[\\/]{2}/, 'https://')).hostname || undefined;
  } catch {
    return undefined;
  }
}
