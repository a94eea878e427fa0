import policyFile from '../../config/link-policy.json' with { type: 'json' };
import { imitatesAgency, isOnHosts } from '../links/lookalike.ts';
import { classifyAddress, freeMailHosts, linkPolicy, linkProblem, type AddressVerdict, type LinkPolicy, type UrlProblem } from '../links/officialUrl.ts';

/*
 * The scam detector (see README.md): every signal of a scam in a text, and one verdict for the
 * whole of it. Linear in the text's length: one pass splits it into tokens at whitespace, and each
 * pattern is anchored and bounded on a token (a token longer than `longestToken` is no address);
 * words and numbers are found by single regular-expression scans and a hand-written scanner.
 * The checker page's script is built for ES2020: no `toSorted`, no `.at()`.
 */

/** What a signal is. */
export type SignalKind = 'web' | 'email' | 'phone' | 'payee' | 'money' | 'code' | 'install' | 'promise' | 'reference';

/** How a reader should take a signal: an address's verdict, a number's, or a request. */
export type SignalVerdict = AddressVerdict | 'confirmed' | 'unknown' | 'request' | 'promise' | 'reference-found' | 'reference-unknown';

export const signalVerdicts = [
  'official',
  'lookalike',
  'shortener',
  'insecure',
  'unofficial',
  'confirmed',
  'unknown',
  'request',
  'promise',
  'reference-found',
  'reference-unknown',
] as const satisfies readonly SignalVerdict[];

/** Why a signal got its verdict; `words.ts` says each in both languages. */
export const signalReasons = [
  'official',
  'confirmed-channel',
  'insecure',
  'shortener',
  // Written out, so a bundle that never lists them leaves them out; `webReason` fails to compile if a look-alike reason is missing.
  'lookalike-punycode',
  'lookalike-confusable',
  'lookalike-extra-words',
  'lookalike-other-tld',
  'lookalike-embedded',
  'lookalike-near-miss',
  'whatsapp',
  'free-mail',
  'unofficial-email',
  'hidden-host',
  'unusual-port',
  'ip-address',
  'not-official',
  'unknown-number',
  'payee-bank',
  'payee-ewallet',
  'payee-account',
  'money-request',
  'code-request',
  'install-request',
  'apk-file',
  'promise',
  'reference-found',
  'reference-unknown',
] as const;

export type SignalReason = (typeof signalReasons)[number];

export interface Signal {
  kind: SignalKind;
  /** UTF-16 offsets in the input: `text` is `input.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
  /** Normalised: a host as a browser reads it, an e-mail address in lower case, a number in E.164 (+62…), a word in lower case. */
  value: string;
  verdict: SignalVerdict;
  reason: SignalReason;
  /** For a published reference: its announcement's page. */
  path?: string;
}

/** An announcement's reference number as published, and its page if it has one. */
export interface PublishedReference {
  reference: string;
  path?: string;
}

/** An account of the agency's on another service, with the public source that names it. */
export interface ConfirmedChannel {
  kind: string;
  handle: string;
  urls: readonly string[];
  source: string;
  date: string;
}

/** The detector's part of src/config/link-policy.json. */
export interface ScamPolicy {
  link: LinkPolicy;
  confirmedChannels: readonly ConfirmedChannel[];
  moneyStrong: readonly string[];
  moneyWeak: readonly string[];
  notMoney: readonly string[];
  incoming: readonly string[];
  codes: readonly string[];
  shareVerbs: readonly string[];
  installs: readonly string[];
  promises: readonly string[];
  negations: readonly string[];
  banks: readonly string[];
  eWallets: readonly string[];
  accountCues: readonly string[];
  capitalsOnly: readonly string[];
}

export const scamPolicy: ScamPolicy = {
  link: linkPolicy,
  confirmedChannels: policyFile.confirmedChannels.channels,
  moneyStrong: policyFile.scamWords.moneyStrong,
  moneyWeak: policyFile.scamWords.moneyWeak,
  notMoney: policyFile.scamWords.notMoney,
  incoming: policyFile.scamWords.incoming,
  codes: policyFile.scamWords.codes,
  shareVerbs: policyFile.scamWords.shareVerbs,
  installs: policyFile.scamWords.installs,
  promises: policyFile.scamWords.promises,
  negations: policyFile.scamWords.negations,
  banks: policyFile.payees.banks,
  eWallets: policyFile.payees.eWallets,
  accountCues: policyFile.payees.accountCues,
  capitalsOnly: policyFile.payees.capitalsOnly,
};

export interface DetectOptions {
  published?: readonly PublishedReference[];
  policy?: ScamPolicy;
}

/** A token longer than this is no address or reference: hosts have at most 253 letters, and paths of real links stay well below it. */
const longestToken = 2048;

/** Every signal in `text`, in the order they start. */
export function detectSignals(text: string, options: DetectOptions = {}): Signal[] {
  const policy = options.policy ?? scamPolicy;
  const published = options.published ?? [];
  const found = new Found(text);
  const tokens = [...text.matchAll(/\S+/g)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
  const leftOver: Span[] = [];
  // A long message repeats its addresses; judging one (edit distances to the agency's names) is the costly part.
  const judged = new Map<string, Judged | undefined>();
  for (const token of tokens) {
    if (token.end - token.start > longestToken) {
      leftOver.push(token);
      continue;
    }
    const span = trimmed(text, token);
    const address = addressIn(text, span, policy, judged);
    if (address === undefined) leftOver.push(token);
    else {
      found.add(address);
      const number = address.reason === 'whatsapp' ? whatsappNumber(text, address, policy) : undefined;
      if (number !== undefined) found.add(number, false);
    }
    const apk = apkIn(text, span);
    if (apk !== undefined) found.add(apk, false);
  }
  for (const group of referenceGroups(text, leftOver)) {
    const reference = referenceIn(text, group, published);
    if (reference !== undefined) found.add(reference);
  }
  payees(text, policy, found);
  requests(text, policy, found);
  phones(text, policy, found);
  return found.signals.sort((a, b) => a.start - b.start || a.end - b.end);
}

export type OverallVerdict = 'scam' | 'caution' | 'no-known-sign' | 'official';

/** Why a message got its overall verdict, worst first. */
export type OverallReason =
  | 'asks-money'
  | 'asks-code'
  | 'asks-install'
  | 'lookalike'
  | 'promise'
  | 'shortener'
  | 'unofficial-address'
  | 'insecure'
  | 'unknown-number'
  | 'unknown-reference';

export interface Overall {
  verdict: OverallVerdict;
  reasons: OverallReason[];
}

const scamReasons: ReadonlySet<OverallReason> = new Set(['asks-money', 'asks-code', 'asks-install', 'lookalike', 'promise']);

/**
 * One verdict for a whole message. `scam` when it asks for money, a code or an install, promises a
 * way in, or holds a look-alike, whatever else it holds (an official link beside a fee is still a
 * scam); `caution` for what cannot be confirmed; `official` when all it holds is the agency's own
 * addresses and confirmed channels; otherwise `no-known-sign`, which is not an all-clear.
 */
export function overallVerdict(signals: readonly Signal[]): Overall {
  const reasons = new Set<OverallReason>();
  for (const signal of signals) {
    const reason = overallReasonOf(signal);
    if (reason !== undefined) reasons.add(reason);
  }
  const ordered = overallReasons.filter((reason) => reasons.has(reason));
  if (ordered.some((reason) => scamReasons.has(reason))) return { verdict: 'scam', reasons: ordered };
  if (ordered.length > 0) return { verdict: 'caution', reasons: ordered };
  const allOfficial = signals.length > 0 && signals.every((signal) => signal.verdict === 'official' || signal.verdict === 'confirmed');
  return { verdict: allOfficial ? 'official' : 'no-known-sign', reasons: [] };
}

export const overallReasons = [
  'asks-money',
  'asks-code',
  'asks-install',
  'lookalike',
  'promise',
  'shortener',
  'unofficial-address',
  'insecure',
  'unknown-number',
  'unknown-reference',
] as const satisfies readonly OverallReason[];

function overallReasonOf(signal: Signal): OverallReason | undefined {
  switch (signal.kind) {
    case 'money':
    case 'payee':
      return 'asks-money';
    case 'code':
      return 'asks-code';
    case 'install':
      return 'asks-install';
    case 'promise':
      return 'promise';
    case 'reference':
      return signal.verdict === 'reference-unknown' ? 'unknown-reference' : undefined;
    case 'phone':
      return signal.verdict === 'unknown' ? 'unknown-number' : undefined;
    default:
      // The agency's name before an @ imitates its address as surely as a look-alike host does.
      return signal.reason === 'hidden-host' ? 'lookalike' : addressReasons[signal.verdict];
  }
}

const addressReasons: Partial<Record<SignalVerdict, OverallReason>> = {
  lookalike: 'lookalike',
  shortener: 'shortener',
  unofficial: 'unofficial-address',
  insecure: 'insecure',
};

// ─── Spans already taken ──────────────────────────────────────────────────────────────────────

interface Span {
  start: number;
  end: number;
}

/**
 * The signals so far, and which parts of the text addresses and payees took, so a number inside a
 * link or an account is not read again as a phone, nor a word in a path as a request. Taken spans
 * do not overlap and are kept in order, so a binary search answers "is this place taken".
 */
class Found {
  readonly signals: Signal[] = [];
  private readonly taken: Span[] = [];
  private readonly text: string;

  constructor(text: string) {
    this.text = text;
  }

  add(signal: Omit<Signal, 'text'>, takes = true): void {
    this.signals.push({ ...signal, text: this.text.slice(signal.start, signal.end) });
    if (takes) this.taken.splice(this.firstAfter(signal.start), 0, { start: signal.start, end: signal.end });
  }

  isTaken(at: number): boolean {
    const span = this.taken[this.firstAfter(at) - 1];
    return span !== undefined && at < span.end;
  }

  /** The index of the first taken span that starts after `at`. */
  private firstAfter(at: number): number {
    let low = 0;
    let high = this.taken.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.taken[middle] as Span).start <= at) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

// ─── Addresses ────────────────────────────────────────────────────────────────────────────────

const openingMarks = new Set([...'([{<"\'«“‘*_~`']);
const closingMarks = new Set([...'.,;:!?"\'…»”’*_~>`。．｡、，']);
const openerOf: Readonly<Record<string, string>> = { ')': '(', ']': '[', '}': '{' };

/** The token without the markup and punctuation around it: `*https://x*`, `(bit.ly/x).`; a closing bracket the token opened stays. */
function trimmed(text: string, token: Span): Span {
  let { start, end } = token;
  while (start < end && openingMarks.has(text[start] as string)) start += 1;
  while (end > start) {
    const last = text[end - 1] as string;
    const opener = openerOf[last];
    if (opener === undefined ? !closingMarks.has(last) : isBalanced(text, start, end, opener, last)) break;
    end -= 1;
  }
  return { start, end };
}

function isBalanced(text: string, start: number, end: number, opener: string, closer: string): boolean {
  let depth = 0;
  for (let at = start; at < end; at += 1) {
    if (text[at] === opener) depth += 1;
    else if (text[at] === closer) depth -= 1;
  }
  return depth >= 0;
}

const dotLike = /[.\u3002\uFF0E\uFF61]/;
const labelPattern = /^[\p{L}\p{N}\p{M}\p{Cf}%_-]{1,63}$/u;

/**
 * Endings a bare host may have: every two-letter ending (country codes), punycode, and the common
 * generic ones. A bare `Selamat.Anda` (a missing space) is not an address; an imitation of the
 * agency or a shortener under any ending still is.
 */
const commonTlds = new Set([
  'app', 'asia', 'biz', 'blog', 'click', 'cloud', 'club', 'com', 'dev', 'digital', 'email', 'fun', 'icu', 'info', 'link', 'live',
  'mobi', 'net', 'news', 'online', 'org', 'pro', 'shop', 'site', 'space', 'store', 'tech', 'today', 'top', 'vip',
  'web', 'website', 'work', 'world', 'xyz',
]);

/** A host as written and as a browser reads it (WHATWG URL: case, full-width forms, ideographic full stops, percent-encoding, IDNA). */
interface HostReading {
  written: string;
  hostname: string;
  isIp: boolean;
}

/** `written` read as a host, when it has the shape of one (labels joined by dots); undefined otherwise. */
function readHost(written: string): HostReading | undefined {
  if (written.length === 0 || written.length > 255) return undefined;
  const labels = written.split(dotLike);
  if (labels.length > 1 && labels[labels.length - 1] === '') labels.pop();
  if (labels.length < 2 || !labels.every((label) => labelPattern.test(label))) return undefined;
  const hostname = browserHost(written);
  if (hostname === undefined) return undefined;
  const isIp = /^[0-9]{1,3}(?:\.[0-9]{1,3}){3}$/.test(hostname) && labels.length === 4;
  return { written, hostname, isIp };
}

function browserHost(written: string): string | undefined {
  try {
    return new URL(`http://${written}`).hostname.replace(/\.$/, '');
  } catch {
    return undefined;
  }
}

/** Whether a bare host is meant as an address: an IP address, a known ending written in one case, or a host the policy names. */
function isPlausibleHost(host: HostReading, policy: LinkPolicy): boolean {
  if (host.isIp) return true;
  const labels = host.written.split(dotLike).filter((label) => label !== '');
  const writtenEnding = labels[labels.length - 1] ?? '';
  const ending = host.hostname.slice(host.hostname.lastIndexOf('.') + 1);
  const oneCase = writtenEnding === writtenEnding.toLowerCase() || writtenEnding === writtenEnding.toUpperCase();
  if (oneCase && /[a-z]/.test(ending) && (/^(?:[a-z]{2}|xn--[a-z0-9-]+)$/.test(ending) || commonTlds.has(ending))) return true;
  return (
    isOnHosts(host.hostname, policy.officialHosts) || isOnHosts(host.hostname, policy.shorteners) || imitatesAgency(host.hostname, policy) !== undefined
  );
}

/** A signal whose span counts from the start of the token's core. */
type Judged = Omit<Signal, 'text'>;

/** The web address or e-mail address a token is, if any; `judged` remembers the verdicts on addresses as written. */
function addressIn(text: string, span: Span, policy: ScamPolicy, judged: Map<string, Judged | undefined>): Omit<Signal, 'text'> | undefined {
  const core = text.slice(span.start, span.end);
  if (!judged.has(core)) judged.set(core, judgedAddress(core, policy));
  const found = judged.get(core);
  return found === undefined ? undefined : { ...found, start: span.start + found.start, end: span.start + found.end };
}

function judgedAddress(core: string, policy: ScamPolicy): Judged | undefined {
  if (core.startsWith('@')) return handleSignal(core, policy);
  const schemeAt = core.search(/https?:\/\//i);
  if (schemeAt !== -1) {
    const cut = core.slice(schemeAt).search(/[<>"'`]/);
    const end = cut === -1 ? core.length : schemeAt + cut;
    return webSignal(core.slice(schemeAt, end), schemeAt, end, policy);
  }
  const pathAt = core.search(/[/?#\\]/);
  const hostPart = pathAt === -1 ? core : core.slice(0, pathAt);
  const at = hostPart.lastIndexOf('@');
  if (at !== -1 && pathAt === -1) return emailSignal(core, at, { start: 0, end: core.length }, policy.link);
  return webSignal(core, 0, core.length, policy, at === -1 ? undefined : at);
}

/** A signal for a web address written with or without `http(s)://`; undefined if it is not one. */
function webSignal(written: string, start: number, end: number, policy: ScamPolicy, userAt?: number): Omit<Signal, 'text'> | undefined {
  const scheme = /^https?:\/\//i.exec(written)?.[0];
  const rest = scheme === undefined ? written : written.slice(scheme.length);
  const authorityEnd = rest.search(/[/?#\\]/);
  const authority = authorityEnd === -1 ? rest : rest.slice(0, authorityEnd);
  const userEnd = authority.lastIndexOf('@');
  const hostAndPort = authority.slice(userEnd + 1);
  const port = /:[0-9]{0,5}$/.exec(hostAndPort)?.[0] ?? '';
  const host = readHost(hostAndPort.slice(0, hostAndPort.length - port.length));
  if (host === undefined) return undefined;
  if (scheme === undefined && userAt === undefined && !isPlausibleHost(host, policy.link)) return undefined;
  const after = authorityEnd === -1 ? '' : rest.slice(authorityEnd);
  const base = { kind: 'web' as const, start, end, value: host.hostname };
  const channel = confirmedChannelOf(host.hostname, after, policy);
  if (channel !== undefined) return { ...base, verdict: 'official', reason: 'confirmed-channel' };
  const user = userEnd === -1 ? '' : `${authority.slice(0, userEnd + 1)}`;
  const address = `${scheme?.toLowerCase() ?? 'https://'}${user}${host.hostname}${port}${after}`;
  const { verdict, problem } = classifyAddress(address, policy.link);
  return { ...base, verdict, reason: webReason(asWritten(problem, host.written, policy.link), host) };
}

/**
 * An account name written as plain text (`@bpjstkinfo`, its value in lower case): official when a confirmed channel has
 * that handle, and otherwise nothing, since a name alone says not on which service it lives.
 */
function handleSignal(core: string, policy: ScamPolicy): Judged | undefined {
  const handle = core.toLowerCase();
  if (!policy.confirmedChannels.some((channel) => channel.handle.toLowerCase() === handle)) return undefined;
  return { kind: 'web', start: 0, end: core.length, value: handle, verdict: 'official', reason: 'confirmed-channel' };
}

/** The confirmed channel an address opens (`instagram.com/bpjs.ketenagakerjaan`), by host and first path part, without case. */
function confirmedChannelOf(hostname: string, after: string, policy: ScamPolicy): ConfirmedChannel | undefined {
  const host = hostname.replace(/^(?:www|m|mobile)\./, '');
  const first = (after.split(/[/?#]/)[1] ?? '').toLowerCase();
  if (first === '') return undefined;
  return policy.confirmedChannels.find((channel) =>
    channel.urls.some((url) => {
      const confirmed = new URL(url);
      return confirmed.hostname.replace(/^www\./, '') === host && confirmed.pathname.split('/')[1]?.toLowerCase() === first;
    }),
  );
}

/**
 * A URL turns a host written in Unicode into punycode before it is judged; the reader saw the
 * Unicode, so the trick to name is the one in what they saw (a Cyrillic `а`, say), not punycode.
 */
function asWritten(problem: UrlProblem | undefined, written: string, policy: LinkPolicy): UrlProblem | undefined {
  if (problem?.kind !== 'look-alike' || problem.reason !== 'punycode') return problem;
  if (/(?:^|[.\u3002\uFF0E\uFF61])xn--/i.test(written)) return problem;
  const seen = written.normalize('NFKC').replace(/[\u3002\uFF0E\uFF61]/g, '.');
  return { ...problem, reason: imitatesAgency(seen, policy) ?? 'confusable' };
}

function webReason(problem: UrlProblem | undefined, host: HostReading): SignalReason {
  switch (problem?.kind) {
    case undefined:
      return 'official';
    case 'look-alike':
      return `lookalike-${problem.reason}`;
    case 'shortener':
      return 'shortener';
    case 'whatsapp':
      return 'whatsapp';
    case 'credentials':
      return 'hidden-host';
    case 'port':
      return 'unusual-port';
    case 'not-https':
      if (problem.scheme === 'http:') return 'insecure';
      return host.isIp ? 'ip-address' : 'not-official';
    default:
      return host.isIp ? 'ip-address' : 'not-official';
  }
}

const localPartPattern = /^[\p{L}\p{N}._%+-]{1,64}$/u;

/** An e-mail address by the rule for `mailto:` links in content, then told apart: a free service, or another unofficial host. */
function emailSignal(core: string, at: number, span: Span, policy: LinkPolicy): Omit<Signal, 'text'> | undefined {
  const local = core.slice(0, at);
  const host = readHost(core.slice(at + 1));
  if (!localPartPattern.test(local) || host === undefined || host.isIp || !/\p{L}/u.test(host.hostname.slice(host.hostname.lastIndexOf('.')))) {
    return undefined;
  }
  const value = `${local.normalize('NFKC').toLowerCase()}@${host.hostname}`;
  const base = { kind: 'email' as const, start: span.start, end: span.end, value };
  const problem = linkProblem(`mailto:${value}`, policy);
  if (problem === undefined) return { ...base, verdict: 'official', reason: 'official' };
  if (problem.kind === 'look-alike') return { ...base, verdict: 'lookalike', reason: `lookalike-${problem.reason}` };
  return { ...base, verdict: 'unofficial', reason: isOnHosts(host.hostname, freeMailHosts) ? 'free-mail' : 'unofficial-email' };
}

/** An Android package named in a token (`Undangan.apk`, `bit.ly/x.apk?y`): installing one is how scams take over phones. */
function apkIn(text: string, span: Span): Omit<Signal, 'text'> | undefined {
  const core = text.slice(span.start, span.end);
  // Normalising every token is the costly part: only one that holds "apk" or full-width letters needs it.
  // A bare `.apk` names a kind of file ("kami tidak mengirim file .apk"), not a file to install.
  if (!/apk|[\uFF21-\uFF5A]/i.test(core) || !/[^./]\.apk(?:$|[?#/])/i.test(core.normalize('NFKC'))) return undefined;
  return { kind: 'install', ...span, value: core.normalize('NFKC').toLowerCase(), verdict: 'request', reason: 'apk-file' };
}

/** The number a WhatsApp link opens (`wa.me/6281…`, `api.whatsapp.com/send?phone=62…`: its first digits), inside the link's span. */
function whatsappNumber(text: string, link: Omit<Signal, 'text'>, policy: ScamPolicy): Omit<Signal, 'text'> | undefined {
  const digitsAt = text.slice(link.start, link.end).search(/[0-9\uFF10-\uFF19]/);
  const run = digitsAt === -1 ? undefined : digitRun(text, link.start + digitsAt);
  const e164 = run === undefined ? undefined : indonesianNumber(run);
  return run === undefined || e164 === undefined ? undefined : phoneSignal(run.start, Math.min(run.end, link.end), e164, policy);
}

// ─── Reference numbers ────────────────────────────────────────────────────────────────────────

/** Tokens a reference may be written across, `PENG / 013 / REK / 2025`: joined where a slash meets a single space. */
function* referenceGroups(text: string, tokens: readonly Span[]): Generator<Span> {
  let group: Span | undefined;
  for (const token of tokens) {
    const joins =
      group !== undefined &&
      token.start === group.end + 1 &&
      token.end - group.start <= 200 &&
      (text[group.end - 1] === '/' || text[token.start] === '/');
    if (joins && group !== undefined) group = { start: group.start, end: token.end };
    else {
      if (group !== undefined) yield group;
      group = token;
    }
  }
  if (group !== undefined) yield group;
}

const referencePattern = /^[a-z0-9][a-z0-9.-]{0,40}(?: ?\/ ?[a-z0-9.-]{1,40}){2,6}$/i;

/** A reference number has a year and letters among its parts (`PENG/012/REK/2025`, `000/PENG-SDM/IX/2025`; `8/9/2025` is a date); it is compared without case and spaces, as a reader may retype it. */
function referenceIn(text: string, group: Span, published: readonly PublishedReference[]): Omit<Signal, 'text'> | undefined {
  if (!text.slice(group.start, group.end).includes('/')) return undefined;
  const span = trimmed(text, group);
  const written = text.slice(span.start, span.end);
  if (!referencePattern.test(written)) return undefined;
  const value = normalReference(written);
  if (!/[A-Z]/.test(value) || !value.split('/').some((part) => /^(?:19|20)[0-9]{2}$/.test(part))) return undefined;
  const found = published.find((candidate) => normalReference(candidate.reference) === value);
  const base = { kind: 'reference' as const, ...span, value };
  if (found === undefined) return { ...base, verdict: 'reference-unknown', reason: 'reference-unknown' };
  return { ...base, verdict: 'reference-found', reason: 'reference-found', ...(found.path === undefined ? {} : { path: found.path }) };
}

export function normalReference(reference: string): string {
  return reference.replace(/\s+/g, '').toUpperCase();
}

// ─── Words ────────────────────────────────────────────────────────────────────────────────────

/** One pattern for a list of words and phrases: whole words, without case, a space matching any run of spaces. The group `word` is the phrase. */
function wordsPattern(words: readonly string[]): RegExp {
  const escaped = [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])(?<word>${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

interface WordMatch {
  start: number;
  end: number;
  written: string;
  word: string;
}

/**
 * The words of the text read last, in lower case. A list whose every entry begins with a word the
 * text lacks cannot match, and its pattern (a long alternation tried at every character) is not run:
 * on a page's text, most lists match nothing, and running them was most of the output check's time.
 */
let lastWords: { text: string; words: ReadonlySet<string> } | undefined;

function wordsOf(text: string): ReadonlySet<string> {
  if (lastWords?.text !== text) lastWords = { text, words: new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) };
  return lastWords.words;
}

/** The first word of each entry, as `wordsOf` splits text: "biaya pendaftaran" → "biaya", "a.n." → "a". */
function firstWordsOf(words: readonly string[]): string[] {
  return words.map((word) => word.toLowerCase().split(/[^\p{L}\p{N}]+/u).find((part) => part !== '') ?? '');
}

function mayMatch(text: string, words: readonly string[]): boolean {
  const present = wordsOf(text);
  return firstWordsOf(words).some((first) => first === '' || present.has(first));
}

/** Every whole-word match of `words` not inside a span already taken; names in `capitalsOnly` only when written in capitals. */
function* wordsIn(text: string, words: readonly string[], policy: ScamPolicy, found: Found): Generator<WordMatch> {
  if (!mayMatch(text, words)) return;
  const capitals = new Set(policy.capitalsOnly);
  const capitalsLower = new Set(policy.capitalsOnly.map((word) => word.toLowerCase()));
  for (const match of text.matchAll(wordsPattern(words))) {
    const written = match.groups?.['word'] ?? '';
    const start = match.index + match[0].length - written.length;
    const word = written.toLowerCase().replace(/\s+/g, ' ');
    if (capitalsLower.has(word) && !capitals.has(written)) continue;
    if (found.isTaken(start)) continue;
    yield { start, end: start + written.length, written, word };
  }
}

/** Where each sentence ends: a line break, or `.`, `!`, `?` before a space (`Rp.500.000` and `a.n.` stay inside their sentence). */
function sentenceEnds(text: string): number[] {
  return [...text.matchAll(/\n|[.!?](?=\s)/g)].map((match) => match.index);
}

/** The number of the sentence that holds `at`, for positions asked in increasing order. */
function sentenceCounter(text: string): (at: number) => number {
  const ends = sentenceEnds(text);
  let sentence = 0;
  return (at) => {
    while (sentence < ends.length && (ends[sentence] as number) < at) sentence += 1;
    return sentence;
  };
}

/** Whether one of `words` stands up to three words before `start` in the same sentence: a negation ("tidak dipungut biaya", "jangan membayar"), or what a payment is for. */
function isNegated(text: string, start: number, words: ReadonlySet<string>): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const sentences = before.split(/\n|[.!?](?=\s)/);
  const sentence = sentences[sentences.length - 1] ?? '';
  const sentenceWords = sentence.toLowerCase().split(/[^\p{L}\p{N}']+/u).filter((word) => word !== '');
  return sentenceWords.slice(-3).some((word) => words.has(word));
}

/** What may stand between the items of a list: "OTP, PIN, atau password", "Password (OTP)". */
const listGap = /^[\s,;/()]*(?:(?:atau|dan|maupun|serta|ataupun|or|and)[\s,()]*)?$/i;

/**
 * A reader of negations along a list: a word is negated when a negation stands just before it, or
 * when it follows a negated word with only a list's commas and "atau" between them ("tidak pernah
 * meminta kode OTP, PIN, atau password"). Asked in increasing order of position.
 */
function negationReader(text: string, negations: ReadonlySet<string>): (match: Span) => boolean {
  let last: (Span & { negated: boolean }) | undefined;
  return (match) => {
    const inList = last !== undefined && last.negated && match.start - last.end <= 16 && listGap.test(text.slice(last.end, match.start));
    const negated = inList || isNegated(text, match.start, negations);
    last = { start: match.start, end: match.end, negated };
    return negated;
  };
}

const amountPattern = /(?:^|[^\p{L}\p{N}])(?<word>rp\.?\s?[0-9\uFF10-\uFF19][0-9\uFF10-\uFF19.,]{0,20})/giu;

function moneyBit(match: { word: string; strong: boolean }): number {
  if (match.strong) return 4;
  return match.word === 'rp' ? 2 : 1;
}

/** The words of a policy list, in lower case. */
function lowerSet(words: readonly string[]): Set<string> {
  return new Set(words.map((word) => word.toLowerCase()));
}

/**
 * Requests for money, codes and installs, and promises. A strong money word, a code or an install
 * word asks on its own unless negated; a weak money word only in a sentence with a strong one or an
 * amount, and an amount only beside a money word (a salary is no request), neither negated.
 */
function requests(text: string, policy: ScamPolicy, found: Found): void {
  const negations = lowerSet(policy.negations);
  moneyRequests(text, policy, found, negations);
  codeRequests(text, policy, found, negations);
  const isNegatedInList = negationReader(text, negations);
  for (const match of wordsIn(text, policy.installs, policy, found)) {
    if (isNegatedInList(match)) continue;
    found.add({ kind: 'install', start: match.start, end: match.end, value: match.word, verdict: 'request', reason: 'install-request' }, false);
  }
  for (const match of wordsIn(text, policy.promises, policy, found)) {
    found.add({ kind: 'promise', start: match.start, end: match.end, value: match.word, verdict: 'promise', reason: 'promise' }, false);
  }
}

/**
 * Money asked for. A programme's name ("Jaminan Hari Tua") is no money word, and a payment made to
 * the reader ("agar bantuan segera ditransfer") is a promise, not a request.
 */
function moneyRequests(text: string, policy: ScamPolicy, found: Found, negations: ReadonlySet<string>): void {
  const strong = lowerSet(policy.moneyStrong);
  const notMoney = lowerSet(policy.notMoney);
  const incoming = lowerSet(policy.incoming);
  const sentenceOf = sentenceCounter(text);
  const isNegatedInList = negationReader(text, negations);
  const money: (WordMatch & { sentence: number; strong: boolean })[] = [];
  const amounts = [...text.matchAll(amountPattern)].map((match) => {
    const written = match.groups?.['word'] ?? '';
    const start = match.index + match[0].length - written.length;
    return { start, end: start + written.replace(/[.,]+$/, '').length, written, word: 'rp' };
  });
  const words = [...wordsIn(text, [...policy.moneyStrong, ...policy.moneyWeak, ...policy.notMoney], policy, found)].filter(
    (match) => !notMoney.has(match.word),
  );
  const all = [...words, ...amounts.filter((amount) => !found.isTaken(amount.start))].sort((a, b) => a.start - b.start);
  for (const match of all) {
    if (isNegatedInList(match)) continue;
    if (match.word.startsWith('di') && isNegated(text, match.start, incoming)) continue;
    money.push({ ...match, sentence: sentenceOf(match.start), strong: strong.has(match.word) });
  }
  // A sentence's money: 1 for a weak word, 2 for an amount, 4 for a strong word.
  const moneyIn = new Map<number, number>();
  for (const match of money) moneyIn.set(match.sentence, (moneyIn.get(match.sentence) ?? 0) | moneyBit(match));
  for (const match of money) {
    const others = moneyIn.get(match.sentence) ?? 0;
    const asks = match.strong || (match.word === 'rp' ? (others & 5) !== 0 : (others & 6) !== 0);
    if (!asks) continue;
    const value = match.word === 'rp' ? `Rp${match.written.replace(/^rp\.?\s?/i, '').normalize('NFKC')}` : match.word;
    found.add({ kind: 'money', start: match.start, end: match.end, value, verdict: 'request', reason: 'money-request' }, false);
  }
}

/** Up to three words, then the code itself: "Kode verifikasi JMO Anda 000000". */
const receivedCode = /^(?:\s+\p{L}+){0,3}\s*:?\s*[0-9\uFF10-\uFF19]{4,8}(?![\p{L}\p{N}])/u;
/** Up to three words, then "kode": "Sebutkan kode", "kirim kode", "beri tahu siapa pun kode". */
const codeAfterVerb = /^(?:\s+[\p{L}\p{N}-]+){0,3}?\s+(?:kode|code)(?![\p{L}\p{N}])/iu;

/**
 * Codes asked for: a code word ("OTP", "kata sandi"), or a share verb before "kode" ("Sebutkan
 * kode yang masuk"). A code word followed by its digits is a code the reader received, as in the
 * agency's own SMS; it asks only in a sentence with a share verb. A window of 60 characters
 * after each word keeps the reading linear.
 */
function codeRequests(text: string, policy: ScamPolicy, found: Found, negations: ReadonlySet<string>): void {
  const isVerbNegated = negationReader(text, negations);
  const shares = [...wordsIn(text, policy.shareVerbs, policy, found)].filter((match) => !isVerbNegated(match));
  const shareSentence = sentenceCounter(text);
  const sharingSentences = new Set(shares.map((match) => shareSentence(match.start)));
  const codeSentence = sentenceCounter(text);
  const isNegatedInList = negationReader(text, negations);
  const codeStarts = new Set<number>();
  for (const match of wordsIn(text, policy.codes, policy, found)) {
    codeStarts.add(match.start);
    const sentence = codeSentence(match.start);
    if (isNegatedInList(match)) continue;
    if (receivedCode.test(text.slice(match.end, match.end + 60)) && !sharingSentences.has(sentence)) continue;
    found.add({ kind: 'code', start: match.start, end: match.end, value: match.word, verdict: 'request', reason: 'code-request' }, false);
  }
  for (const verb of shares) {
    const code = codeAfterVerb.exec(text.slice(verb.end, verb.end + 60));
    if (code === null || codeStarts.has(verb.end + code[0].length - 4)) continue;
    const end = verb.end + code[0].length;
    const value = text.slice(verb.start, end).toLowerCase().replace(/\s+/g, ' ');
    found.add({ kind: 'code', start: verb.start, end, value, verdict: 'request', reason: 'code-request' }, false);
  }
}

// ─── Payees and phone numbers ─────────────────────────────────────────────────────────────────

/** Separators people write inside numbers, ASCII and full-width. */
const numberSeparators = new Set([...' .-()\u00A0\uFF0D\uFF0E\uFF08\uFF09']);

/** The ASCII digit a character stands for (`５` is 5), or undefined. */
function digitOf(character: string | undefined): string | undefined {
  if (character === undefined) return undefined;
  const code = character.charCodeAt(0);
  if (code >= 0x30 && code <= 0x39) return character;
  if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xff10 + 0x30);
  return undefined;
}

interface DigitRun {
  start: number;
  end: number;
  digits: string;
  plus: boolean;
}

/** The run of digits and single separators starting at `start` (at most 24 characters), or undefined. */
function digitRun(text: string, start: number): DigitRun | undefined {
  let at = start;
  const plus = text[at] === '+' || text[at] === '\uFF0B';
  if (plus) at += 1;
  let digits = '';
  let end = at;
  let separators = 0;
  while (at < text.length && at - start < 24) {
    const character = text[at] as string;
    const digit = digitOf(character);
    if (digit !== undefined) {
      digits += digit;
      end = at + 1;
      separators = 0;
    } else if (numberSeparators.has(character) && separators < 2) separators += 1;
    else break;
    at += 1;
  }
  return digits === '' ? undefined : { start, end, digits, plus };
}

/** Bank and e-wallet names and account words followed within a few words by an account number: where a scam asks the money to go. */
function payees(text: string, policy: ScamPolicy, found: Found): void {
  const banks = new Set(policy.banks.map((name) => name.toLowerCase()));
  const eWallets = new Set(policy.eWallets.map((name) => name.toLowerCase()));
  let after = 0;
  for (const cue of wordsIn(text, [...policy.banks, ...policy.eWallets, ...policy.accountCues], policy, found)) {
    if (cue.start < after) continue;
    const run = accountAfter(text, cue.end, found);
    if (run === undefined) continue;
    const reason = banks.has(cue.word) ? 'payee-bank' : eWallets.has(cue.word) ? 'payee-ewallet' : 'payee-account';
    found.add({ kind: 'payee', start: cue.start, end: run.end, value: `${cue.written} ${run.digits}`, verdict: 'request', reason });
    after = run.end;
  }
}

/** The first run of six digits or more within 40 characters after `from`, in the same clause and outside any address. */
function accountAfter(text: string, from: number, found: Found): DigitRun | undefined {
  for (let at = from; at < Math.min(text.length, from + 40); at += 1) {
    const character = text[at] as string;
    if (/[\n!?,;]/.test(character) || found.isTaken(at)) return undefined;
    if (digitOf(character) === undefined && character !== '+') continue;
    const run = digitRun(text, at);
    return run !== undefined && run.digits.length >= 6 ? run : undefined;
  }
  return undefined;
}

/**
 * Indonesian phone numbers: mobile (08…, 628…, +62 8…) and landline (0 or +62, then the area
 * code), with spaces, dots, hyphens or brackets, in ASCII or full-width digits. A number the
 * policy confirms is `confirmed`; any other is `unknown`, never accused.
 */
function phones(text: string, policy: ScamPolicy, found: Found): void {
  let at = 0;
  while (at < text.length) {
    const character = text[at] as string;
    const startsNumber = digitOf(character) !== undefined || character === '+' || character === '\uFF0B' || character === '(';
    if (!startsNumber || found.isTaken(at) || /[\p{L}\p{N}+]/u.test(text[at - 1] ?? ' ')) {
      at += 1;
      continue;
    }
    const run = digitRun(text, character === '(' ? at + 1 : at);
    if (run === undefined) {
      at += 1;
      continue;
    }
    const e164 = indonesianNumber(run);
    const endsClean = digitOf(text[run.end]) === undefined && !/[\p{L}]/u.test(text[run.end] ?? ' ');
    if (e164 !== undefined && endsClean) {
      found.add(phoneSignal(character === '(' ? at : run.start, run.end, e164, policy), false);
    }
    at = Math.max(at + 1, run.end);
  }
}

/** A phone number's signal: `confirmed` when the policy confirms it, otherwise `unknown`, never accused. */
function phoneSignal(start: number, end: number, e164: string, policy: ScamPolicy): Omit<Signal, 'text'> {
  const known = policy.confirmedChannels.some((channel) => channel.kind === 'phone' && channel.handle === e164);
  const verdict = known ? 'confirmed' : 'unknown';
  return { kind: 'phone', start, end, value: e164, verdict, reason: known ? 'confirmed-channel' : 'unknown-number' };
}

/** The number in E.164 (`+6281234567890`) if its digits make an Indonesian mobile or landline number. */
function indonesianNumber(run: DigitRun): string | undefined {
  let national: string;
  if (run.digits.startsWith('62')) national = run.digits.slice(2);
  else if (!run.plus && run.digits.startsWith('0')) national = run.digits.slice(1);
  else return undefined;
  const mobile = /^8[0-9]{8,11}$/.test(national);
  const landline = /^[2-79][0-9]{7,10}$/.test(national);
  return mobile || landline ? `+62${national}` : undefined;
}
