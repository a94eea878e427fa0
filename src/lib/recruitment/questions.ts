import type { ElementContent, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/*
 * Questions and answers as an editor writes them: each `## question` heading followed by its
 * answer. Read from the page's own (sanitized) HTML, so the FAQPage structured data says exactly
 * what the page says.
 */

export interface QuestionAndAnswer {
  question: string;
  answer: string;
}

export function questionsIn(html: string): QuestionAndAnswer[] {
  const items: QuestionAndAnswer[] = [];
  for (const node of fromHtml(html, { fragment: true }).children) {
    if (node.type === 'element' && node.tagName === 'h2') {
      items.push({ question: textOf(node).trim(), answer: '' });
    } else if (items.length > 0) {
      const last = items[items.length - 1] as QuestionAndAnswer;
      last.answer = `${last.answer} ${textOf(node)}`.replace(/\s+/g, ' ').trim();
    }
  }
  return items.filter((item) => item.question !== '' && item.answer !== '');
}

function textOf(node: RootContent | ElementContent): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}
