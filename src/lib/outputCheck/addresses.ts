import { siteUrl } from '../../config/site.ts';
import { editorText, urlProblemText } from '../editorMessages.ts';
import { telNumberConfirmed } from '../contentCheck/scamText.ts';
import { linkProblem, officialUrlProblem } from '../links/officialUrl.ts';
import { isWhatsAppShareUrl } from '../recruitment/share.ts';
import { browserReading, isSitePath, schemeOf } from '../links/urlShape.ts';

/*
 * The address policy for what ships, which the rules (rules/) share. Links in content are held to
 * the same `linkProblem` rules as in the content check; what a page loads must come from the site itself.
 */

const siteHost = new URL(siteUrl).host;

function isOnSite(value: string): boolean {
  if (isSitePath(value)) return true;
  try {
    const url = new URL(browserReading(value));
    return url.protocol === 'https:' && url.host === siteHost && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/** Whether a host or e-mail address the detector found in text is the site's own (its address in a feed, a calendar event's UID). */
export function isOwnAddress(value: string): boolean {
  const host = value.slice(value.lastIndexOf('@') + 1);
  return host === new URL(siteUrl).hostname;
}

/** What is wrong with an address a browser fetches on its own (an image, a stylesheet, an icon): anything off the site. */
export function resourceProblem(value: string): string | undefined {
  if (isOnSite(value)) return undefined;
  const scheme = schemeOf(value);
  return editorText(scheme === 'http' ? 'loadsInsecurely' : 'loadsOffSite', { url: value });
}

/** What is wrong with an address a reader follows. `apply` for links that look like the way to apply. */
export function navigationProblem(value: string, { apply = false } = {}): string | undefined {
  if (isOnSite(value)) return undefined;
  if (!apply && isWhatsAppShareUrl(browserReading(value))) return undefined;
  if (schemeOf(value) === 'tel') return telNumberConfirmed(browserReading(value)) ? undefined : editorText('telLink', { url: value });
  const problem = apply ? officialUrlProblem(browserReading(value)) : linkProblem(value);
  if (problem === undefined) return undefined;
  return editorText(apply ? 'applyLinkRefused' : 'badLink', { url: value, problem: urlProblemText(problem) });
}

/** A full address or one that leaves the site, as opposed to text that happens to contain a colon. */
export function looksLikeAddress(value: string): boolean {
  return /^\s*([a-z][a-z0-9+.-]*:\/\/|[\\/]{2}|(javascript|vbscript|data|mailto|tel):)/i.test(value);
}
