import officialHostsFile from '../config/official-hosts.json' with { type: 'json' };

export const officialHosts: readonly string[] = officialHostsFile.hosts;

export const officialHostsText = officialHosts.map((host) => `${host} or *.${host}`).join(', ');

/**
 * Link shorteners hide where a link goes. They are refused anyway (they are not official hosts);
 * knowing them lets the content check say why.
 */
export const linkShorteners: readonly string[] = [
  'bit.ly',
  'cutt.ly',
  'goo.gl',
  'is.gd',
  'lnkd.in',
  'ow.ly',
  'rb.gy',
  'rebrand.ly',
  's.id',
  'shorturl.at',
  't.co',
  't.ly',
  'tiny.cc',
  'tinyurl.com',
];

/** Why an address is not a safe official link; the content check turns each into a message. */
export type UrlProblem =
  | { kind: 'not-a-url' }
  | { kind: 'script-url'; scheme: string }
  | { kind: 'not-https'; scheme: string }
  | { kind: 'credentials' }
  | { kind: 'port' }
  | { kind: 'shortener'; host: string }
  | { kind: 'look-alike'; host: string }
  | { kind: 'not-official'; host: string };

/** Schemes that run code or carry a whole document when a reader follows the link. */
const scriptSchemes = ['javascript:', 'vbscript:', 'data:'];

/**
 * True for an https address on an official host or one of its subdomains. Look-alikes
 * (`rekrutmen-bpjsketenagakerjaan.com`, `bpjsketenagakerjaan.go.id.example.com`), addresses with a
 * user name (`https://bpjsketenagakerjaan.go.id@evil.example`) and shorteners are refused.
 */
export function isOfficialUrl(value: string, hosts: readonly string[] = officialHosts): boolean {
  return officialUrlProblem(value, hosts) === undefined;
}

/** What is wrong with an address that must point to an official host, or undefined if nothing. */
export function officialUrlProblem(value: string, hosts: readonly string[] = officialHosts): UrlProblem | undefined {
  const url = readAddress(value);
  if (!(url instanceof URL)) return url;
  if (url.protocol !== 'https:') return { kind: 'not-https', scheme: url.protocol };
  if (url.username !== '' || url.password !== '') return { kind: 'credentials' };
  if (url.port !== '') return { kind: 'port' };
  const host = url.hostname.toLowerCase();
  if (isOnHosts(host, hosts)) return undefined;
  return foreignHostProblem(host, hosts);
}

/**
 * What is wrong with a link in an entry's text or sources, which may leave the official hosts (a
 * regulation on another government site) but must not run code, use plain http, hide its target
 * behind a shortener or imitate an official host.
 */
export function linkProblem(value: string, hosts: readonly string[] = officialHosts): UrlProblem | undefined {
  const url = readAddress(value);
  // A path or fragment on this site (`/lowongan/`, `#persyaratan`) is not a full address, and is fine.
  if (!(url instanceof URL)) return url.kind === 'not-a-url' ? undefined : url;
  // `data:` here is an image (scriptScheme refused every other kind).
  if (url.protocol === 'mailto:' || url.protocol === 'tel:' || url.protocol === 'data:') return undefined;
  if (url.protocol !== 'https:') return { kind: 'not-https', scheme: url.protocol };
  if (url.username !== '' || url.password !== '') return { kind: 'credentials' };
  const host = url.hostname.toLowerCase();
  if (isOnHosts(host, hosts)) return undefined;
  const problem = foreignHostProblem(host, hosts);
  return problem.kind === 'not-official' ? undefined : problem;
}

/** The address as a URL, or why it is not one: it runs code, or it is not a full address. */
function readAddress(value: string): URL | UrlProblem {
  const scheme = scriptScheme(value);
  if (scheme !== undefined) return { kind: 'script-url', scheme };
  try {
    return new URL(value);
  } catch {
    return { kind: 'not-a-url' };
  }
}

function isOnHosts(host: string, hosts: readonly string[]): boolean {
  return hosts.some((official) => host === official || host.endsWith(`.${official}`));
}

function foreignHostProblem(host: string, hosts: readonly string[]): UrlProblem {
  if (linkShorteners.includes(host) || linkShorteners.some((shortener) => host.endsWith(`.${shortener}`))) {
    return { kind: 'shortener', host };
  }
  // `rekrutmen-bpjsketenagakerjaan.com` borrows the official name without being the official host.
  const officialNames = hosts.map((official) => longestLabel(official));
  if (officialNames.some((name) => host.includes(name))) return { kind: 'look-alike', host };
  return { kind: 'not-official', host };
}

function longestLabel(host: string): string {
  return host.split('.').reduce((longest, label) => (label.length > longest.length ? label : longest), '');
}

/**
 * The scheme of a `javascript:`-like address, read the way browsers do: ignoring case, spaces and
 * control characters inside the scheme. Images may use `data:image/…`.
 */
function scriptScheme(value: string): string | undefined {
  const compact = value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
  const scheme = scriptSchemes.find((candidate) => compact.startsWith(candidate));
  if (scheme === 'data:' && compact.startsWith('data:image/') && !compact.startsWith('data:image/svg'))
    return undefined;
  return scheme;
}
