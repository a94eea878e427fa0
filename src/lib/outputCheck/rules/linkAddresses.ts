import { applyWords } from '../../contentCheck/scamText.ts';
import { noProblems, type Element, type Rule } from '../rule.ts';
import { navigationProblem } from '../addresses.ts';
import { attribute, isLoadedAddress, textOf } from '../tree.ts';

/** Attributes a reader follows. */
const navigationAttributes = new Set(['href', 'xlink:href', 'action', 'formaction', 'cite', 'longdesc']);

/** What a reader follows is held to the link policy; a link that looks like the way to apply, to the official hosts. */
export const linkAddresses: Rule<'attribute'> = {
  name: 'linkAddresses',
  reads: 'attribute',
  check(name, value, element) {
    if (!navigationAttributes.has(name) || isLoadedAddress(element, name)) return noProblems;
    const problem = navigationProblem(value, { apply: looksLikeApply(element) });
    return problem === undefined ? noProblems : [{ message: problem, evidence: value }];
  },
};

/** A link a reader would take for the way to apply: the site's apply button, anything styled as a button, or apply words in it or its sentence's block. */
function looksLikeApply(element: Element): boolean {
  if (element.tagName !== 'a') return false;
  const classes = (attribute(element, 'class') ?? '').toLowerCase();
  if (attribute(element, 'data-apply') !== undefined || classes.includes('button') || applyWords.test(textOf(element))) return true;
  const block = enclosingBlock(element);
  return block !== undefined && applyWords.test(textOf(block));
}

/** The paragraph, list item, table cell or heading a link stands in, as content's Markdown made it. */
function enclosingBlock(element: Element): Element | undefined {
  for (let node = element.parentNode; node !== null && 'tagName' in node; node = node.parentNode) {
    if (/^(p|li|td|th|dd|dt|h[1-6])$/.test(node.tagName)) return node;
  }
  return undefined;
}
