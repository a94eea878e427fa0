import { extractFrontmatter } from 'astro/markdown';
import { parseDocument } from 'yaml';
import { asFields, unsafeYamlFound, yamlOptions } from './dataBlock.ts';

/*
 * Where a Markdown file's data block is, found the way Astro finds it (its own `extractFrontmatter`),
 * so that the check reads exactly the YAML the site will read.
 */

/** A Markdown file's data block: its YAML, the line it starts after, and the text with the block blanked out. */
export interface Frontmatter {
  yaml: string;
  /** Lines before the YAML's first line. */
  lineOffset: number;
  delimiter: '---' | '+++';
  /** The file with the data block replaced by empty lines, so the text keeps its line numbers. */
  body: string;
}

export function splitFrontmatter(text: string): Frontmatter | undefined {
  const yaml = extractFrontmatter(text);
  if (yaml === undefined) return undefined;
  const start = text.indexOf(yaml);
  const delimiter = text.slice(start - 3, start) === '+++' ? '+++' : '---';
  const block = `${delimiter}${yaml}${delimiter}`;
  return {
    yaml,
    lineOffset: text.slice(0, start).split('\n').length - 1,
    delimiter,
    body: text.replace(block, yaml.replace(/[^\r\n]/g, '')),
  };
}

/** The fields of a Markdown file's data block, read as Astro reads them; {} when it has none or they cannot be read. */
export function frontmatterFields(text: string): Record<string, unknown> {
  const frontmatter = splitFrontmatter(text);
  if (frontmatter?.delimiter !== '---') return {};
  const document = parseDocument(frontmatter.yaml, yamlOptions);
  if (document.errors.length > 0 || unsafeYamlFound(document)) return {};
  return asFields(document.toJS());
}

