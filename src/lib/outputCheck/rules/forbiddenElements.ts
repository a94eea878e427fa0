import { editorText } from '../../editorMessages.ts';
import { noProblems, type Rule } from '../rule.ts';

const svgNamespace = 'http://www.w3.org/2000/svg';

/** Elements no page of this site contains; any of them means something reached the page that should not have. */
const forbidden = new Set([
  // Inside inline SVG (the site draws icons with it): elements that run code, animate an address
  // into a link, or embed other documents.
  'script', 'foreignobject', 'animate', 'set', 'animatemotion', 'animatetransform', 'use', 'image', 'a',
].map((tag) => `svg:${tag}`).concat([
  'base', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal', 'form', 'noscript',
  'template', 'math', 'xmp', 'noembed', 'noframes', 'plaintext',
]));

/** No element that runs code, frames or embeds another document, redirects, or sends a form. */
export const forbiddenElements: Rule<'element'> = {
  name: 'forbiddenElements',
  reads: 'element',
  check(element) {
    const tag = element.tagName;
    const inSvg = element.namespaceURI === svgNamespace && tag !== 'svg';
    if (!forbidden.has(inSvg ? `svg:${tag.toLowerCase()}` : tag)) return noProblems;
    return [{ message: editorText('forbiddenElement', { tag }), evidence: `<${tag}` }];
  },
};
