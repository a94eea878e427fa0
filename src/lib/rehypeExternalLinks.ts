import { isOfficialUrl } from './officialUrl.ts';

/**
 * Markdown links that leave the site: only https, and `rel="noopener noreferrer"` unless they go to
 * an official BPJS Ketenagakerjaan host (which may see where its visitors come from).
 * A plain-http link fails the build, naming the file.
 */
interface Element {
  type: 'element';
  tagName: string;
  properties: Record<string, unknown>;
  children: Node[];
}
type Node = Element | { type: string; children?: Node[] };

function visitLinks(node: Node, visit: (link: Element) => void): void {
  if (node.type === 'element' && (node as Element).tagName === 'a') visit(node as Element);
  for (const child of node.children ?? []) visitLinks(child, visit);
}

export function rehypeExternalLinks() {
  return (tree: Node, file: { path?: string }) => {
    visitLinks(tree, (link) => {
      const href = String(link.properties['href'] ?? '');
      if (/^http:\/\//i.test(href)) {
        throw new Error(`${file.path ?? 'content'}: link "${href}" must use https://`);
      }
      if (/^https:\/\//i.test(href) && !isOfficialUrl(href)) {
        link.properties['rel'] = ['noopener', 'noreferrer'];
      }
    });
  };
}
