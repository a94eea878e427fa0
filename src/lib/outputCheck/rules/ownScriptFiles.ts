import { editorText } from '../../editorMessages.ts';
import { noProblems, type Rule } from '../rule.ts';
import { attribute, scriptKind, textOf } from '../tree.ts';

/**
 * A `<script src>` must be one of the site's own script files, on one of its pages, with its exact
 * integrity (the CSP allows it by that hash) and deferred as a module, so it never holds up the page.
 */
export const ownScriptFiles: Rule<'element'> = {
  name: 'ownScriptFiles',
  reads: 'element',
  check(element, { own, path }) {
    if (scriptKind(element) !== 'file') return noProblems;
    const src = attribute(element, 'src') ?? '';
    const file = own.scriptFiles.find((candidate) => candidate.src === src);
    const fits =
      file !== undefined &&
      file.pages.includes(path) &&
      attribute(element, 'integrity') === file.integrity &&
      attribute(element, 'type') === 'module' &&
      attribute(element, 'async') === undefined &&
      textOf(element).trim() === '';
    return fits ? noProblems : [{ message: editorText('foreignScriptFile', { src }), evidence: src }];
  },
};
