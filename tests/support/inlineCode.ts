import { type DefaultTreeAdapterMap, parse } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];

/** `<script type>` values a browser runs; any other makes a data block (JSON-LD, the message checker's data). */
const scriptTypes = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/**
 * The inline code a browser would run or apply on a page, found by parse5 as a browser finds it:
 * `<script>` without `src` that is not a data block, and every `<style>`; and the script files it
 * loads, with their type and integrity.
 */
export function inlineCodeOf(html: string): { scripts: string[]; styles: string[]; scriptFiles: Record<string, string>[] } {
  const scripts: string[] = [];
  const styles: string[] = [];
  const scriptFiles: Record<string, string>[] = [];
  const visit = (node: Node): void => {
    if ('tagName' in node) {
      const attribute = (name: string) => node.attrs.find((candidate) => candidate.name === name)?.value;
      const text = node.childNodes.map((child) => ('value' in child ? child.value : '')).join('');
      if (node.tagName === 'style') styles.push(text);
      const runs = scriptTypes.has((attribute('type') ?? '').trim().toLowerCase());
      if (node.tagName === 'script' && runs && attribute('src') === undefined) scripts.push(text);
      if (node.tagName === 'script' && attribute('src') !== undefined) {
        scriptFiles.push(Object.fromEntries(node.attrs.map(({ name, value }) => [name, value])));
      }
    }
    if ('childNodes' in node) node.childNodes.forEach(visit);
  };
  visit(parse(html));
  return { scripts, styles, scriptFiles };
}
