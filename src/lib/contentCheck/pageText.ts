import { markdownToMdast } from 'satteri';
import { characterCount, longestWord, textLimits } from '../contentSchemas.ts';
import { urlProblemText } from '../editorMessages.ts';
import { linkProblem } from '../officialUrl.ts';
import { scaffoldPlaceholderStart } from '../positionTemplate.ts';
import { codePointName, hiddenCharacter } from '../textSafety.ts';
import { isSitePath } from '../urlShape.ts';
import { checkMessage } from './messages.ts';

/*
 * The page text of a Markdown entry, read by the parser that renders it (Sätteri, Astro 7's
 * Markdown processor, with Astro's features), so the check sees exactly the tree the page is made
 * from: no parser disagreement to slip through. The sanitizer (../contentHtml.ts) and the output
 * check (../shipped/) enforce the same rules later; this gives the editor a line number first.
 */

export type ReportAt = (line: number | undefined, message: string) => void;

/** The features Astro's Sätteri processor turns on by default (`markdown.gfm`, `markdown.smartypants`). */
const astroFeatures = { gfm: true, smartPunctuation: true };

interface MarkdownNode {
  type: string;
  position?: { start: { line: number } };
  children?: MarkdownNode[];
  value?: string;
  url?: string;
}

/** A phone number written as a WhatsApp contact: "WA 0812-3456-7890", "WhatsApp: +62 812 …". */
const whatsAppNumber = /\b(whats\s?app|wa)\b[^\d+\n]{0,30}(\+?62|0)[\d\s.-]{8,16}\d/i;

/** `text` is the whole file with its data block blanked out (dataBlock.ts), so lines count from the file's top. */
export function checkPageText(text: string, at: ReportAt): void {
  const tree = markdownToMdast(text, { features: astroFeatures }) as MarkdownNode;
  const content = (tree.children ?? []).filter((node) => node.type !== 'yaml' && node.type !== 'toml');
  if (content.length === 0) {
    at(undefined, checkMessage('textEmpty'));
  }
  for (const node of content) walk(node, (child) => checkNode(child, at));
}

function walk(node: MarkdownNode, visit: (node: MarkdownNode) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

function checkNode(node: MarkdownNode, at: ReportAt): void {
  const line = node.position?.start.line;
  switch (node.type) {
    case 'html':
      at(line, checkMessage('htmlInText', { html: shortened(node.value ?? '') }));
      return;
    case 'link':
    case 'definition':
      checkLink(node.url ?? '', line, at);
      return;
    case 'image':
      checkImage(node.url ?? '', line, at);
      return;
    case 'heading':
      checkHeading(plainText(node), line, at);
      return;
    case 'text':
    case 'inlineCode':
    case 'code':
      checkText(node.value ?? '', line, at);
      return;
    default:
  }
}

function checkLink(url: string, line: number | undefined, at: ReportAt): void {
  const problem = linkProblem(url);
  if (problem === undefined) return;
  at(line, checkMessage('badLink', { url, problem: urlProblemText(problem) }));
}

/** An image from anywhere but the site is a request to another origin, and shows what its owner likes. */
function checkImage(url: string, line: number | undefined, at: ReportAt): void {
  if (isSitePath(url)) return;
  at(line, checkMessage('imageOffSite', { url }));
}

function checkText(text: string, line: number | undefined, at: ReportAt): void {
  const hidden = hiddenCharacter(text);
  if (hidden !== undefined) at(line, checkMessage('hiddenCharacter', { codePoint: codePointName(hidden) }));
  if (whatsAppNumber.test(text)) at(line, checkMessage('whatsAppContact'));
  if (text.includes(scaffoldPlaceholderStart)) at(line, checkMessage('scaffoldText', { mark: scaffoldPlaceholderStart }));
}

/** A heading is a question on the questions page, and its FAQPage data: bounded as titles are. */
function checkHeading(text: string, line: number | undefined, at: ReportAt): void {
  const length = characterCount(text);
  if (length > textLimits.heading) at(line, checkMessage('headingTooLong', { limit: textLimits.heading, length }));
  const word = longestWord(text);
  if (word > textLimits.titleWord) at(line, checkMessage('headingWordTooLong', { limit: textLimits.titleWord, length: word }));
}

function plainText(node: MarkdownNode): string {
  return node.value ?? (node.children ?? []).map(plainText).join('');
}

function shortened(html: string): string {
  const line = html.trim().split('\n')[0] ?? '';
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
}
