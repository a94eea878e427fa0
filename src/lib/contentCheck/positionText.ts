import { markdownToMdast } from 'satteri';
import { isLocale } from '../../i18n/locales.ts';
import { factsRefusedInPositionText, factsStatedIn } from '../recruitment/positionFacts.ts';
import { editorText } from '../editorMessages.ts';
import type { ReportAt } from './pageText.ts';

/*
 * A position's own text says what the role is; the position page template states the
 * announcement's terms once each. A restatement in the text would make the page say a term twice,
 * in words that may drift from the announcement's, so the check names the sentence.
 */

interface MarkdownNode {
  type: string;
  position?: { start: { line: number } };
  children?: MarkdownNode[];
  value?: string;
}

/** The text of each paragraph, heading, table cell or list item line, with the line it starts on. */
function textBlocks(node: MarkdownNode): { text: string; line: number | undefined }[] {
  if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
    return [{ text: plainText(node), line: node.position?.start.line }];
  }
  return (node.children ?? []).flatMap(textBlocks);
}

function plainText(node: MarkdownNode): string {
  return node.value ?? (node.children ?? []).map(plainText).join('');
}

/** `text` is the file with its data block blanked out, so lines count from the file's top. */
export function checkPositionText(text: string, locale: string, at: ReportAt): void {
  if (!isLocale(locale)) return;
  const tree = markdownToMdast(text, { features: { gfm: true, smartPunctuation: true } }) as MarkdownNode;
  for (const block of textBlocks(tree)) {
    for (const fact of factsStatedIn(block.text, locale, factsRefusedInPositionText)) at(block.line, editorText('positionRepeatsTerm', { fact }));
  }
}
