import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { editorText } from '../editorMessages.ts';
import { checkHtmlPage } from './html.ts';
import { checkStructuredStrings } from './structuredText.ts';
import type { OwnInlineCode } from '../security/ownInlineCode.ts';
import type { ReportShipped } from './problem.ts';

/**
 * A sitemap or feed: well-formed XML, each text and attribute value held to the rules for
 * structured output (structuredText.ts), and any HTML a feed carries (an item's description) read
 * as a page.
 */
export function checkXmlFile(text: string, own: OwnInlineCode, report: ReportShipped): void {
  try {
    SyntaxValidator.validate(text);
  } catch (error) {
    const { message, line } = error as { message: string; line?: number };
    report(editorText('xmlUnreadable', { reason: message }), text.split('\n')[(line ?? 1) - 1]?.slice(0, 60) ?? '');
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
