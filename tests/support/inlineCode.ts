import { type DefaultTreeAdapterMap, parse } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];

/**
 * The inline code a browser would run or apply on a page, found by parse5 as a browser finds it:
 * `<script>` without `src` that is not a data block, and every `<style>`.
 */
export function inlineCodeOf(html: string): { scripts: string[]; styles: string[] } {
  const scripts: string[] = [];
  const styles: string[] = [];
  const visit = (node: Node): void => {
    if ('tagName' in node) {
      const attribute = (name: string) => node.attrs.find((candidate) => candidate.name === name)?.value;
      const text = node.childNodes.map((child) => ('value' in child ? child.value : '')).join('');
      if (node.tagName === 'style') styles.push(text);
      if (node.tagName === 'script' && attribute('src') === undefined && attribute('type') !== 'application/ld+json') scripts.push(text);
    }
    if ('childNodes' in node) node.childNodes.forEach(visit);
  };
  visit(parse(html));
  return { scripts, styles };
}
