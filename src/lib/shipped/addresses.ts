import { siteUrl } from '../../config/site.ts';
import { editorMessage, urlProblemText } from '../editorMessages.ts';
import { linkProblem, officialUrlProblem } from '../officialUrl.ts';
import { isWhatsAppShareUrl } from '../share.ts';
import { browserReading, isSitePath, schemeOf } from '../urlShape.ts';

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
  const problem = apply ? officialUrlProblem(browserReading(value)) : linkProblem(value);
  if (problem === undefined) return undefined;
  const { id, en } = urlProblemText(problem);
  return apply
    ? editorMessage(`tautan pendaftaran ${value}: ${id}`, `apply link ${value}: ${en}`)
    : editorMessage(`tautan ${value}: ${id}`, `link ${value}: ${en}`);
}
