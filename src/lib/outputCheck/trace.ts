import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { domainToUnicode } from 'node:url';
import { filesUnder } from './shippedFiles.ts';

/*
 * From a problem in a built file back to the content file it came from, found by the problem's
 * evidence. Reads no built file and loads no parser.
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

/** Every Markdown and YAML file under the content root, by display path. */
export function readContentFiles(root: string): Map<string, string> {
  return new Map(
    filesUnder(root)
      .filter((path) => /\.(md|mdx|ya?ml)$/.test(path) && !/readme\.md$/i.test(path))
      .map((path) => [join(root.replace(/\/$/, ''), relative(root, path)).split(sep).join('/'), readFileSync(path, 'utf8')]),
  );
}
