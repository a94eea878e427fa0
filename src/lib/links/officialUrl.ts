import policyFile from '../../config/link-policy.json' with { type: 'json' };
import { imitatesAgency, isOnHosts, type AgencyNames, type LookalikeReason } from './lookalike.ts';
import { browserReading, leavesSite, schemeOf } from './urlShape.ts';

/*
 * Where links may point, one set of rules for three uses: apply links and official channels
 * (`officialUrlProblem`), links in page text and sources (`linkProblem`), and a verdict on an
 * address a reader found in a message (`classifyAddress`). The lists are in
 * src/config/link-policy.json. No Node APIs: the same rules run in the browser.
 */

/** src/config/link-policy.json without its comments. */
export interface LinkPolicy extends AgencyNames {
  /** Endings under which page text may link to any host (`go.id`). */
  governmentSuffixes: readonly string[];
  /**
   * Hosts the agency has confirmed page text may link to; each also allows its subdomains. Read from
   * the file's entries (`ConfirmedHost`) that `confirmedHostProblems` finds nothing wrong with.
   */
  confirmedHosts: readonly string[];
  /** Link shorteners; each also covers its subdomains. */
  shorteners: readonly string[];
}

/**
 * An entry of `confirmedHosts` in src/config/link-policy.json: a host the agency confirmed, with
 * where and when it did, so a reviewer can check the decision and no entry is anyone's guess.
 */
export interface ConfirmedHost {
  host: string;
  /** The https address of the agency's written confirmation or public statement. */
  source: string;
  /** The day of that confirmation, `YYYY-MM-DD`. */
  date: string;
  /** Why a host the look-alike rule flags is nevertheless the agency's; required for such a host. */
  lookalikeReason?: string;
}

/** What is wrong with one entry of the policy file, in both languages, and which entry it is. */
export interface PolicyProblem {
  /** `confirmedHosts[0] (jmo.example)`, to find the entry in the file. */
  entry: string;
  /** The entry's host when it has one, to find its line. */
  host: string | undefined;
  message: { id: string; en: string };
}

export const policyFileName = 'src/config/link-policy.json';

const agencyNames: AgencyNames = { officialHosts: policyFile.officialHosts.hosts, brandNames: policyFile.brandNames.names };
const confirmedHostEntries: readonly unknown[] = policyFile.confirmedHosts.hosts;

/**
 * The problems of the policy file's confirmed hosts: the one rule every guard applies (the content
 * check, the build, a unit test). A confirmed host outranks the look-alike rule in page text, so an
 * entry must say where the agency confirmed it and when, and a host that looks like the agency's
 * must say why it is the agency's all the same; otherwise one unreviewed line would let a
 * phishing host through every check.
 */
export function confirmedHostProblems(entries: readonly unknown[] = confirmedHostEntries, names: AgencyNames = agencyNames): PolicyProblem[] {
  return entries.flatMap((entry, index) => confirmedHostEntryProblems(entry, index, names));
}

const confirmedHostFields = new Set(['host', 'source', 'date', 'lookalikeReason']);

function confirmedHostEntryProblems(entry: unknown, index: number, names: AgencyNames): PolicyProblem[] {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
    return [
      {
        entry: `confirmedHosts[${index}]`,
        host: undefined,
        message: {
          id: 'harus berupa objek { "host", "source", "date" }, bukan nama host saja',
          en: 'must be an object { "host", "source", "date" }, not a bare host name',
        },
      },
    ];
  }
  const fields = entry as Record<string, unknown>;
  const host = typeof fields['host'] === 'string' ? fields['host'] : undefined;
  const problem = (id: string, en: string): PolicyProblem => ({
    entry: `confirmedHosts[${index}]${host === undefined ? '' : ` (${host})`}`,
    host,
    message: { id, en },
  });
  const problems: PolicyProblem[] = [];
  const unknown = Object.keys(fields).filter((key) => !confirmedHostFields.has(key));
  if (unknown.length > 0) {
    problems.push(problem(`kolom tidak dikenal: ${unknown.join(', ')}`, `unknown field: ${unknown.join(', ')}`));
  }
  if (host === undefined || !isBareHost(host)) {
    problems.push(
      problem(
        'host harus ditulis dalam huruf kecil, tanpa https:// atau jalur, misalnya "jmo.example"',
        'host must be written in lower case, without https:// or a path, e.g. "jmo.example"',
      ),
    );
  }
  if (!isHttpsAddress(fields['source'])) {
    problems.push(
      problem(
        'source harus berupa alamat https konfirmasi tertulis atau pernyataan publik BPJS Ketenagakerjaan',
        "source must be the https address of BPJS Ketenagakerjaan's written confirmation or public statement",
      ),
    );
  }
  if (!isCalendarDay(fields['date'])) {
    problems.push(
      problem('date harus berupa tanggal konfirmasi seperti "2026-11-25"', 'date must be the day of the confirmation, such as "2026-11-25"'),
    );
  }
  const reason = fields['lookalikeReason'];
  if (reason !== undefined && (typeof reason !== 'string' || reason.trim() === '')) {
    problems.push(problem('lookalikeReason harus berupa teks yang tidak kosong', 'lookalikeReason must be text that is not empty'));
  } else if (host !== undefined && reason === undefined) {
    const lookalike = imitatesAgency(host, names);
    if (lookalike !== undefined) {
      problems.push(
        problem(
          `aturan tiruan menilai host ini meniru nama BPJS Ketenagakerjaan (${lookalike}); tambahkan lookalikeReason yang menjelaskan mengapa host ini tetap milik BPJS Ketenagakerjaan, atau hapus entri ini`,
          `the look-alike rule finds that this host imitates BPJS Ketenagakerjaan's name (${lookalike}); add a lookalikeReason saying why it is the agency's all the same, or remove the entry`,
        ),
      );
    }
  }
  return problems;
}

function isBareHost(host: string): boolean {
  try {
    return host !== '' && new URL(`https://${host}`).hostname === host;
  } catch {
    return false;
  }
}

function isHttpsAddress(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const url = parsed(value);
  return url !== undefined && url.protocol === 'https:' && url.hostname !== '';
}

function isCalendarDay(value: unknown): boolean {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value);
}

/** Only entries without problems count: a guard that missed the refusal still does not trust them. */
function trustedConfirmedHosts(entries: readonly unknown[]): string[] {
  return entries.flatMap((entry, index) =>
    confirmedHostEntryProblems(entry, index, agencyNames).length === 0 ? [(entry as ConfirmedHost).host] : [],
  );
}

export const linkPolicy: LinkPolicy = {
  ...agencyNames,
  governmentSuffixes: policyFile.governmentSuffixes.suffixes,
  confirmedHosts: trustedConfirmedHosts(confirmedHostEntries),
  shorteners: policyFile.shorteners.hosts,
};

export const officialHosts: readonly string[] = linkPolicy.officialHosts;

/** Free e-mail services (gmail.com, yahoo.com …): the agency never recruits from an address on one. */
export const freeMailHosts: readonly string[] = policyFile.freeMailHosts.hosts;

/**
 * WhatsApp's hosts: `wa.me/<number>`, `api.whatsapp.com/send?phone=…`, `chat.whatsapp.com/<group>`.
 * The agency never recruits through WhatsApp, so a link there is a scammer's contact.
 */
const whatsAppHosts = ['wa.me', 'whatsapp.com'];

/** Where a refused host was linked from: the message for each names what is allowed there. */
export type LinkContext = 'official-channel' | 'page-text';

/** Why an address is not a safe link; the content check turns each into a message. */
export type UrlProblem =
  | { kind: 'not-a-url' }
  | { kind: 'script-url'; scheme: string }
  | { kind: 'not-https'; scheme: string }
  | { kind: 'scheme-not-allowed'; scheme: string }
  | { kind: 'protocol-relative' }
  | { kind: 'credentials' }
  | { kind: 'port' }
  | { kind: 'shortener'; host: string }
  | { kind: 'look-alike'; host: string; reason: LookalikeReason }
  | { kind: 'whatsapp'; host: string }
  | { kind: 'unofficial-email'; address: string }
  | { kind: 'not-official'; host: string; context: LinkContext };

/** How a reader should take an address found in a message. */
export type AddressVerdict = 'official' | 'lookalike' | 'shortener' | 'insecure' | 'unofficial';

export interface AddressClass {
  verdict: AddressVerdict;
  /** Why it is not official; absent for an official address. */
  problem?: UrlProblem;
}

/**
 * True for an https address on an official host or one of its subdomains. Look-alikes
 * (`rekrutmen-bpjsketenagakerjaan.com`, `bpjsketenagakerjaan.go.id.example.com`), addresses with a
 * user name (`https://bpjsketenagakerjaan.go.id@evil.example`) and shorteners are refused.
 */
export function isOfficialUrl(value: string, policy: LinkPolicy = linkPolicy): boolean {
  return officialUrlProblem(value, policy) === undefined;
}

/**
 * What is wrong with an address that must point to an official host (an apply link, an official
 * channel), or undefined if nothing: https only, no user name, no port, an official host. The host
 * is judged before the scheme, so `http://` on a look-alike is reported as the look-alike.
 */
export function officialUrlProblem(value: string, policy: LinkPolicy = linkPolicy): UrlProblem | undefined {
  const scheme = schemeOf(value);
  if (scheme === undefined) return { kind: 'not-a-url' };
  if (runsCode(scheme, value)) return { kind: 'script-url', scheme: `${scheme}:` };
  if (scheme !== 'https' && scheme !== 'http') return { kind: 'not-https', scheme: `${scheme}:` };
  const url = parsed(value);
  if (url === undefined) return { kind: 'not-a-url' };
  const problem = webAddressProblem(url, policy, 'official-channel');
  if (problem !== undefined) return problem;
  if (url.port !== '') return { kind: 'port' };
  return undefined;
}

/**
 * What is wrong with a link in an entry's text or sources, or undefined if nothing. A path or
 * fragment on this site is fine; otherwise https to an official host, a government site (`*.go.id`)
 * or a host the agency confirmed, `mailto:` to an official address, or `tel:`. Entity-decoding
 * (`&#106;avascript:`) is the caller's job: this reads the address as a browser receives it.
 */
export function linkProblem(value: string, policy: LinkPolicy = linkPolicy): UrlProblem | undefined {
  const scheme = schemeOf(value);
  if (scheme === undefined) return leavesSite(value) ? { kind: 'protocol-relative' } : undefined;
  if (runsCode(scheme, value)) return { kind: 'script-url', scheme: `${scheme}:` };
  if (scheme === 'tel') return undefined;
  if (scheme === 'mailto') return mailtoProblem(value, policy);
  if (scheme !== 'https' && scheme !== 'http') return { kind: 'scheme-not-allowed', scheme: `${scheme}:` };
  const url = parsed(value);
  if (url === undefined) return { kind: 'not-a-url' };
  return webAddressProblem(url, policy, 'page-text');
}

/**
 * A verdict on an address from a message (`https://…` or a bare host such as
 * `bpjs-tk.com/daftar`), by the rules for official links. The tricks come first: `lookalike` and
 * `shortener` whatever the scheme; `insecure` is `http:` to an official host; anything else that is
 * not official is `unofficial`.
 */
export function classifyAddress(value: string, policy: LinkPolicy = linkPolicy): AddressClass {
  const problem = officialUrlProblem(withScheme(value), policy);
  if (problem === undefined) return { verdict: 'official' };
  return { verdict: verdictOf(problem), problem };
}

function verdictOf(problem: UrlProblem): AddressVerdict {
  if (problem.kind === 'look-alike') return 'lookalike';
  if (problem.kind === 'shortener') return 'shortener';
  if (problem.kind === 'not-https' && problem.scheme === 'http:') return 'insecure';
  return 'unofficial';
}

/** A bare host from a message, read as a browser would complete it; `name.tld:443` is a host, not a scheme. */
function withScheme(value: string): string {
  const scheme = schemeOf(value);
  if (scheme !== undefined && !scheme.includes('.')) return value;
  return `https://${browserReading(value).replace(/^[\\/]+/, '')}`;
}

/**
 * The problem with an http(s) address, scheme aside until the host is judged: a user name first
 * (it hides the real host), then the host, then plain http.
 */
function webAddressProblem(url: URL, policy: LinkPolicy, context: LinkContext): UrlProblem | undefined {
  if (url.username !== '' || url.password !== '') return { kind: 'credentials' };
  const problem = hostProblem(url.hostname.replace(/\.$/, ''), policy, context);
  if (problem !== undefined) return problem;
  if (url.protocol !== 'https:') return { kind: 'not-https', scheme: url.protocol };
  return undefined;
}

/**
 * The problem with linking to `host` from `context`. Order matters: an official host, then a host
 * the agency confirmed (a reviewed decision outranks a guess), then look-alikes, which are refused
 * even under `.go.id`; then government sites, allowed in page text; then why the rest is refused.
 */
function hostProblem(host: string, policy: LinkPolicy, context: LinkContext): UrlProblem | undefined {
  if (isOnHosts(host, policy.officialHosts)) return undefined;
  if (context === 'page-text' && isOnHosts(host, policy.confirmedHosts)) return undefined;
  const reason = imitatesAgency(host, policy);
  if (reason !== undefined) return { kind: 'look-alike', host, reason };
  if (context === 'page-text' && isOnHosts(host, policy.governmentSuffixes)) return undefined;
  if (isOnHosts(host, policy.shorteners)) return { kind: 'shortener', host };
  if (isOnHosts(host, whatsAppHosts)) return { kind: 'whatsapp', host };
  return { kind: 'not-official', host, context };
}

/**
 * A `mailto:` link may write only to official addresses: in its path and in `to`, `cc` and `bcc`
 * fields (RFC 6068 allows both). A link with no address lets the reader choose, and is fine.
 */
function mailtoProblem(value: string, policy: LinkPolicy): UrlProblem | undefined {
  const url = parsed(value);
  if (url === undefined) return { kind: 'not-a-url' };
  const path = decoded(url.pathname);
  if (path === undefined) return { kind: 'not-a-url' };
  const fields = [...url.searchParams]
    .filter(([name]) => ['to', 'cc', 'bcc'].includes(name.toLowerCase()))
    .map(([, addresses]) => addresses);
  const addresses = [path, ...fields]
    .flatMap((list) => list.split(','))
    .map((address) => address.trim())
    .filter((address) => address !== '');
  for (const address of addresses) {
    const host = address.slice(address.lastIndexOf('@') + 1).toLowerCase();
    if (isOnHosts(host, policy.officialHosts)) continue;
    const reason = imitatesAgency(host, policy);
    return reason === undefined ? { kind: 'unofficial-email', address } : { kind: 'look-alike', host, reason };
  }
  return undefined;
}

/**
 * Schemes that run code when followed: `javascript:`, `vbscript:`, and `data:` documents (HTML,
 * SVG). A `data:` picture runs nothing, but is still not a link (`scheme-not-allowed`).
 */
function runsCode(scheme: string, value: string): boolean {
  if (scheme === 'javascript' || scheme === 'vbscript') return true;
  if (scheme !== 'data') return false;
  const compact = value.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
  return !/^data:image\/(?:png|jpeg|gif|webp|avif)[;,]/.test(compact);
}

function parsed(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

function decoded(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
