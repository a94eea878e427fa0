import { markdownToMdast } from 'satteri';
import { characterCount, longestWord, textLimits } from '../content/schemas.ts';
import { linkProblem, officialUrlProblem } from '../links/officialUrl.ts';
import { scaffoldPlaceholderStart } from '../content/positionTemplate.ts';
import { codePointName, hiddenCharacter } from '../links/textSafety.ts';
import { isSitePath } from '../links/urlShape.ts';
import { editorText, urlProblemText } from '../editorMessages.ts';
import { applyWords, distinctFindings, findingText, type ScamFinding, scamFindings, telNumberConfirmed } from './scamText.ts';

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
  identifier?: string;
}

/** Nodes whose text is read whole by the scam detector: inline formatting splits "**BRI** 1234…" into several text nodes. */
const textBlocks = new Set(['paragraph', 'heading', 'tableCell', 'code']);

/** `text` is the whole file with its data block blanked out (dataBlock.ts), so lines count from the file's top. */
export function checkPageText(text: string, at: ReportAt): void {
  const tree = markdownToMdast(text, { features: astroFeatures }) as MarkdownNode;
  const content = (tree.children ?? []).filter((node) => node.type !== 'yaml' && node.type !== 'toml');
  if (content.length === 0) {
    at(undefined, editorText('textEmpty'));
  }
  const definitions = new Map<string, string>();
  for (const node of content) walk(node, undefined, (child) => {
    if (child.type === 'definition' && child.identifier !== undefined) definitions.set(child.identifier, child.url ?? '');
  });
  for (const node of content) walk(node, undefined, (child, block) => checkNode(child, block, definitions, at));
}

function walk(node: MarkdownNode, block: MarkdownNode | undefined, visit: (node: MarkdownNode, block: MarkdownNode | undefined) => void): void {
  const inBlock = textBlocks.has(node.type) ? node : block;
  visit(node, inBlock);
  for (const child of node.children ?? []) walk(child, inBlock, visit);
}

function checkNode(node: MarkdownNode, block: MarkdownNode | undefined, definitions: ReadonlyMap<string, string>, at: ReportAt): void {
  const line = node.position?.start.line;
  if (textBlocks.has(node.type)) checkBlockText(plainText(node), refusedLinks(node), line, at);
  switch (node.type) {
    case 'html':
      at(line, editorText('htmlInText', { html: shortened(node.value ?? '') }));
      return;
    case 'link':
      checkLink(node.url ?? '', line, at, isApplyLike(node, block));
      return;
    case 'linkReference': {
      const url = definitions.get(node.identifier ?? '');
      if (url !== undefined && isApplyLike(node, block)) checkLink(url, line, at, true);
      return;
    }
    case 'definition':
      checkLink(node.url ?? '', line, at, false);
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

/**
 * A link is held to the link policy; one that calls a number, to the numbers the policy confirms;
 * one whose words or sentence invite readers to apply, to the agency's own hosts (another
 * government host is fine for a regulation, not for a form).
 */
function checkLink(url: string, line: number | undefined, at: ReportAt, apply: boolean): void {
  const problem = linkProblem(url);
  if (problem !== undefined) {
    at(line, editorText('badLink', { url, problem: urlProblemText(problem) }));
    return;
  }
  if (/^\s*tel:/i.test(url)) {
    if (!telNumberConfirmed(url)) at(line, editorText('telLink', { url }));
    return;
  }
  if (!apply || isSitePath(url) || /^\s*(?:#|mailto:)/i.test(url)) return;
  const official = officialUrlProblem(url);
  if (official !== undefined) at(line, editorText('applyLink', { url, problem: urlProblemText(official) }));
}

/** The addresses of the links in a block that the link policy refuses. */
function refusedLinks(block: MarkdownNode): string[] {
  const urls: string[] = [];
  walk(block, block, (node) => {
    if (node.type === 'link' && node.url !== undefined && linkProblem(node.url) !== undefined) urls.push(node.url);
  });
  return urls;
}

function isApplyLike(link: MarkdownNode, block: MarkdownNode | undefined): boolean {
  return applyWords.test(plainText(link)) || (block !== undefined && applyWords.test(plainText(block)));
}

/**
 * The detector's findings in a block's text, each on the line it is written on. An address that is
 * a link's own text (`<https://x>`) and that link's address already refused is one mistake, said once.
 */
function checkBlockText(text: string, linksRefused: readonly string[], line: number | undefined, at: ReportAt): void {
  const lineOf = (offset: number) => (line === undefined ? undefined : line + (text.slice(0, offset).match(/\n/g)?.length ?? 0));
  const saidAlready = (finding: ScamFinding) => finding.kind === 'address' && linksRefused.some((url) => url.includes(finding.signal.text));
  const findings = scamFindings(text).filter((finding) => !saidAlready(finding));
  for (const finding of distinctFindings(findings, (candidate) => lineOf(candidate.signal.start))) {
    at(lineOf(finding.signal.start), findingText(finding));
  }
}

/** An image from anywhere but the site is a request to another origin, and shows what its owner likes. */
function checkImage(url: string, line: number | undefined, at: ReportAt): void {
  if (isSitePath(url)) return;
  at(line, editorText('imageOffSite', { url }));
}

function checkText(text: string, line: number | undefined, at: ReportAt): void {
  const hidden = hiddenCharacter(text);
  if (hidden !== undefined) at(line, editorText('hiddenCharacter', { codePoint: codePointName(hidden) }));
  if (text.includes(scaffoldPlaceholderStart)) at(line, editorText('scaffoldText', { mark: scaffoldPlaceholderStart }));
}

/** A heading is a question on the questions page, and its FAQPage data: bounded as titles are. */
function checkHeading(text: string, line: number | undefined, at: ReportAt): void {
  const length = characterCount(text);
  if (length > textLimits.heading) at(line, editorText('headingTooLong', { limit: textLimits.heading, length }));
  const word = longestWord(text);
  if (word > textLimits.titleWord) at(line, editorText('headingWordTooLong', { limit: textLimits.titleWord, length: word }));
}

function plainText(node: MarkdownNode): string {
  return node.value ?? (node.children ?? []).map(plainText).join('');
}

function shortened(html: string): string {
  const line = html.trim().split('\n')[0] ?? '';
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
}
