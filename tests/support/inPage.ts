/*
 * Checks that run inside the page, passed to Playwright's `page.evaluate`. Playwright sends each one
 * as source text, so each function must stand alone: no imports, no helpers outside its own body.
 */

/**
 * Visible links and controls smaller than 24×24 CSS px (WCAG 2.5.8), except links inside a sentence:
 * an inline link whose block also holds visible words of its own (the inline exception).
 */
export function undersizedTargets(): string[] {
  // The elements whose target size WCAG 2.5.8 governs.
  const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary';
  const name = (element: Element) =>
    `${element.tagName.toLowerCase()} "${(element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50)}"`;
  const isVisible = (element: Element) => {
    if (!element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return false;
    const rect = element.getBoundingClientRect();
    if (rect.right <= 0 || rect.bottom + window.scrollY <= 0) return false;
    for (let node: Element | null = element; node !== null; node = node.parentElement) {
      const style = getComputedStyle(node);
      const box = node.getBoundingClientRect();
      const clipped = style.clipPath !== 'none' || style.getPropertyValue('clip') !== 'auto';
      if (clipped && (box.width <= 1 || box.height <= 1)) return false;
    }
    return true;
  };
  const inSentence = (element: Element) => {
    if (getComputedStyle(element).display !== 'inline') return false;
    let block = element.parentElement;
    while (block !== null && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
    if (block === null) return false;
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text !== null; text = walker.nextNode()) {
      const parent = text.parentElement;
      if (parent === null || element.contains(text) || parent.closest(selector) !== null) continue;
      if (/[\p{L}\p{N}]/u.test(text.textContent ?? '') && isVisible(parent)) return true;
    }
    return false;
  };
  return [...document.querySelectorAll(selector)]
    .filter((element) => isVisible(element) && !inSentence(element))
    .map((element) => ({ element, rect: element.getBoundingClientRect() }))
    .filter(({ rect }) => rect.width < 23.99 || rect.height < 23.99)
    .map(({ element, rect }) => `${name(element)} is ${rect.width.toFixed(1)}×${rect.height.toFixed(1)} px`);
}

/**
 * How wide the page is against the screen, the first elements that stick out past its right edge,
 * and visible text that runs closer than `margin` px to either edge of the screen.
 */
export function overflowAt(margin: number): { scrollWidth: number; clientWidth: number; offenders: string[]; textAtEdges: string[] } {
  const { clientWidth } = document.documentElement;
  const scrollWidth = Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);
  const offenders = [...document.body.querySelectorAll('*')]
    .filter((element) => element.getBoundingClientRect().right > clientWidth + 0.5)
    .slice(0, 10)
    .map((element) => `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ').join('.')}` : ''}`);
  const textAtEdges: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text !== null; text = walker.nextNode()) {
    const parent = text.parentElement;
    if (!/\S/.test(text.textContent ?? '') || parent === null || !parent.checkVisibility({ checkVisibilityCSS: true })) continue;
    const range = document.createRange();
    range.selectNodeContents(text);
    // Off-screen text (a skip link waiting for focus) is not read at the edge.
    const lines = [...range.getClientRects()].filter((rect) => rect.width > 0 && rect.right > 0);
    if (lines.some((rect) => rect.left < margin || rect.right > clientWidth - margin)) {
      textAtEdges.push(`"${(text.textContent ?? '').trim().slice(0, 40)}" in ${parent.tagName.toLowerCase()}`);
    }
  }
  return { scrollWidth, clientWidth, offenders, textAtEdges };
}

/** How many elements a keyboard user should reach with Tab. */
export function tabbableCount(): number {
  const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]';
  return [...document.querySelectorAll<HTMLElement>(selector)].filter(
    (element) => element.tabIndex >= 0 && !element.matches(':disabled') && element.checkVisibility({ checkVisibilityCSS: true }),
  ).length;
}

export interface FocusIndicator {
  /** Unique within the page: tag, document position and text. */
  element: string;
  /** Visible style differences between the focused element and the same element unfocused. */
  changes: string[];
  /** Whether the focused element is inside the viewport (not hidden off screen or collapsed). */
  onScreen: boolean;
}

/**
 * Compares the focused element's outline, box shadow and background with its unfocused look, then
 * blurs it; Chromium's next Tab continues from where focus was. Undefined when nothing is focused.
 */
export function focusIndicator(): FocusIndicator | undefined {
  const element = document.activeElement;
  if (!(element instanceof HTMLElement) || element === document.body) return undefined;
  const look = () => {
    const style = getComputedStyle(element);
    return {
      outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
      outlineVisible: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && !/rgba\(.*,\s*0\)$|transparent/.test(style.outlineColor),
      boxShadow: style.boxShadow,
      background: style.backgroundColor,
    };
  };
  const focused = look();
  const rect = element.getBoundingClientRect();
  const onScreen = rect.width > 1 && rect.height > 1 && rect.bottom > 0 && rect.right > 0 && rect.top < window.innerHeight && rect.left < window.innerWidth;
  element.blur();
  const unfocused = look();
  const changes = [
    focused.outlineVisible && focused.outline !== unfocused.outline ? `outline ${focused.outline}` : '',
    focused.boxShadow !== 'none' && focused.boxShadow !== unfocused.boxShadow ? `box-shadow ${focused.boxShadow}` : '',
    focused.background !== unfocused.background ? `background ${focused.background}` : '',
  ].filter((change) => change !== '');
  const position = [...document.querySelectorAll('*')].indexOf(element);
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
  return { element: `${element.tagName.toLowerCase()}[${position}] "${text}"`, changes, onScreen };
}
