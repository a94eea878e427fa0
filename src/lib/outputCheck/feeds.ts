import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { editorMessage } from '../content/editorMessages.ts';
import { checkHtmlPage } from './html.ts';
import { checkStructuredStrings } from './structuredText.ts';
import type { OwnInlineCode } from '../security/ownInlineCode.ts';
import type { ReportShipped } from './problem.ts';

/**
 * A sitemap or feed: well-formed XML, every address held to the link policy, and any HTML a feed
 * carries (an item's description) held to the page rules.
 */
export function checkXmlFile(text: string, own: OwnInlineCode, report: ReportShipped): void {
  try {
    SyntaxValidator.validate(text);
  } catch (error) {
    const { message, line } = error as { message: string; line?: number };
    report(
      editorMessage(`berkas XML tidak sah: ${message}`, `the XML file is not well-formed: ${message}`),
      text.split('\n')[(line ?? 1) - 1]?.slice(0, 60) ?? '',
    );
    return;
  }
  const document: unknown = new XMLParser({ ignoreAttributes: false, processEntities: true, htmlEntities: true }).parse(text);
  const values = xmlValues(document);
  // HTML a feed carries is read as a page, its visible text with it.
  checkStructuredStrings(values.filter((value) => !isHtml(value)), report);
  for (const value of values.filter(isHtml)) checkHtmlPage(value, own, report);
}

function isHtml(value: string): boolean {
  return /<[a-z!/]/i.test(value);
}

/** Every text and attribute value, but namespace declarations: `xmlns` names a vocabulary, it is not a link. */
function xmlValues(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(xmlValues);
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([key, value]) => (/^@_xmlns(:|$)/.test(key) ? [] : xmlValues(value)));
}
