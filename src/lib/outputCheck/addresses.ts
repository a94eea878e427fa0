import { siteUrl } from '../../config/site.ts';
import { editorMessage, editorText, urlProblemText } from '../content/editorMessages.ts';
import { telNumberConfirmed } from '../contentCheck/scamText.ts';
import { linkProblem, officialUrlProblem } from '../links/officialUrl.ts';
import { isWhatsAppShareUrl } from '../recruitment/share.ts';
import { browserReading, isSitePath, schemeOf } from '../links/urlShape.ts';

/*
 * The address rules for what ships. Links in content are held to the same `linkProblem` rules as
 * in the content check; what a page loads must come from the site itself.
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
  return scheme === 'http'
    ? editorMessage(`memuat ${value} lewat http: yang tidak aman`, `loads ${value} over insecure http:`)
    : editorMessage(
        `memuat ${value} dari luar situs: halaman hanya boleh memuat berkas dari situs ini sendiri`,
        `loads ${value} from another origin: a page may load files from this site only`,
      );
}

/** What is wrong with an address a reader follows. `apply` for links that look like the way to apply. */
export function navigationProblem(value: string, { apply = false } = {}): string | undefined {
  if (isOnSite(value)) return undefined;
  if (!apply && isWhatsAppShareUrl(browserReading(value))) return undefined;
  if (schemeOf(value) === 'tel') return telNumberConfirmed(browserReading(value)) ? undefined : editorText('telLink', { url: value });
  const problem = apply ? officialUrlProblem(browserReading(value)) : linkProblem(value);
  if (problem === undefined) return undefined;
  const { id, en } = urlProblemText(problem);
  return apply
    ? editorMessage(`tautan pendaftaran ${value}: ${id}`, `apply link ${value}: ${en}`)
    : editorMessage(`tautan ${value}: ${id}`, `link ${value}: ${en}`);
}
