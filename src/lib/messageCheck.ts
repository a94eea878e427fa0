import { imitatesAgency, isOnHosts, type LookalikeReason } from './lookalike.ts';
import {
  classifyAddress,
  freeMailHosts,
  linkPolicy,
  linkProblem,
  type AddressVerdict,
  type LinkPolicy,
  type UrlProblem,
} from './officialUrl.ts';

/*
 * "Check a message" (/cek-keaslian/): finds every address in a text a reader pasted (a link, a bare
 * host such as `bit.ly/x`, an e-mail address, a WhatsApp number) and judges each by the link policy
 * the content check uses, and looks up announcement reference numbers. Pure and free of DOM and Node
 * APIs: the page's script runs exactly this. Written without look-behind, which older phones'
 * browsers cannot parse.
 */

/** What kind of thing was found in the message. */
export type FindingKind = 'web' | 'email' | 'phone' | 'reference';

export type FindingVerdict = AddressVerdict | 'reference-found' | 'reference-unknown';

const lookalikeReasons = ['punycode', 'confusable', 'extra-words', 'other-tld', 'embedded', 'near-miss'] as const satisfies readonly LookalikeReason[];

/** Why a finding got its verdict; the page says each in its language (`check.reason.*` in src/i18n/ui.ts). */
export const findingReasons = [
  'official',
  'insecure',
  'shortener',
  ...lookalikeReasons.map((reason) => `lookalike-${reason}` as const),
  'whatsapp',
  'whatsapp-number',
  'free-mail',
  'unofficial-email',
  'hidden-host',
  'unusual-port',
  'not-official',
  'reference-found',
  'reference-unknown',
] as const;

export type FindingReason = (typeof findingReasons)[number];

export interface Finding {
  kind: FindingKind;
  /** As written in the message, without trailing punctuation. */
  text: string;
  verdict: FindingVerdict;
  reason: FindingReason;
  /** For a published reference: its announcement's page. */
  path?: string;
}

/** An announcement's reference number as published, and its page if it has one. */
export interface PublishedReference {
  reference: string;
  path?: string;
}

const labelCharacter = '[\\p{L}\\p{N}\\p{M}]';
const label = `${labelCharacter}(?:[\\p{L}\\p{N}\\p{M}-]{0,61}${labelCharacter})?`;
const host = `(?:${label}\\.)+(?:xn--[a-z0-9-]{1,59}|[\\p{L}\\p{M}]{2,63})`;

/**
 * One scan, left to right; at any one place the first alternative that fits wins, so the host in
 * `x@gmail.com` is read as part of the e-mail address and a reference inside a link as the link.
 */
const tokenPattern = new RegExp(
  [
    `(?<email>[\\p{L}\\p{N}._%+-]+@${host})`,
    `(?<url>https?://[^\\s<>"'\`]+)`,
    // Indonesian mobile numbers, on which WhatsApp runs: 08…, 628… or +62 8…, with spaces, dots or hyphens.
    `(?<phone>(?:\\+62|62|0)[ .-]?8(?:[ .-]?[0-9]){8,11}(?![0-9]))`,
    `(?<host>${host}(?::[0-9]{1,5})?(?:[/?#][^\\s<>"'\`]*)?)`,
    `(?<reference>[a-z][a-z0-9.-]*(?: ?/ ?[a-z0-9.-]+){2,6})`,
  ].join('|'),
  'giu',
);

/**
 * Endings a bare host may have: every two-letter ending (country codes) and the common generic
 * ones. A bare `Selamat.Anda` (a missing space) is not an address; an imitation of the agency or a
 * shortener under any ending still is.
 */
const commonTlds = new Set([
  'app', 'asia', 'biz', 'blog', 'click', 'cloud', 'com', 'dev', 'digital', 'email', 'fun', 'icu', 'info', 'link', 'live',
  'mobi', 'net', 'news', 'online', 'org', 'pro', 'shop', 'site', 'space', 'store', 'tech', 'today', 'top', 'vip',
  'web', 'website', 'work', 'world', 'xyz',
]);

/** Every address and reference number in `message`, each once, in the order they appear, with a verdict. */
export function checkMessage(
  message: string,
  published: readonly PublishedReference[] = [],
  policy: LinkPolicy = linkPolicy,
): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const match of message.matchAll(tokenPattern)) {
    const finding = judged(match, message, published, policy);
    if (finding === undefined || seen.has(`${finding.kind} ${finding.text}`)) continue;
    seen.add(`${finding.kind} ${finding.text}`);
    findings.push(finding);
  }
  return findings;
}

function judged(
  match: RegExpMatchArray,
  message: string,
  published: readonly PublishedReference[],
  policy: LinkPolicy,
): Finding | undefined {
  const { email, url, phone, host, reference } = match.groups ?? {};
  if (email !== undefined) return { kind: 'email', text: email, ...emailVerdict(email, policy) };
  if (url !== undefined) return webFinding(withoutTrailingPunctuation(url), policy);
  if (phone !== undefined) {
    const before = message[(match.index ?? 0) - 1] ?? ' ';
    if (/[\p{L}\p{N}+]/u.test(before)) return undefined;
    return { kind: 'phone', text: phone, verdict: 'unofficial', reason: 'whatsapp-number' };
  }
  if (host !== undefined) {
    const text = withoutTrailingPunctuation(host);
    return isPlausibleHost(hostOf(text), policy) ? webFinding(text, policy) : undefined;
  }
  if (reference !== undefined) return referenceFinding(withoutTrailingPunctuation(reference), published);
  return undefined;
}

function webFinding(text: string, policy: LinkPolicy): Finding {
  const { verdict, problem } = classifyAddress(text, policy);
  return { kind: 'web', text, verdict, reason: webReason(asWritten(problem, text, policy)) };
}

/**
 * A URL turns a host written in Unicode into punycode before it is judged; the reader saw the
 * Unicode, so the trick to name is the one in what they saw (a Cyrillic `а`, say), not punycode.
 */
function asWritten(problem: UrlProblem | undefined, text: string, policy: LinkPolicy): UrlProblem | undefined {
  if (problem?.kind !== 'look-alike' || problem.reason !== 'punycode') return problem;
  const written = hostOf(text.replace(/^[a-z]+:\/\//i, '').replace(/^[^/?#]*@/, ''));
  if (/(?:^|\.)xn--/i.test(written)) return problem;
  return { ...problem, reason: imitatesAgency(written, policy) ?? 'confusable' };
}

function webReason(problem: UrlProblem | undefined): FindingReason {
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
      return problem.scheme === 'http:' ? 'insecure' : 'not-official';
    default:
      return 'not-official';
  }
}

/** An e-mail address by the rule for `mailto:` links in content, then told apart: a free service, or another unofficial host. */
function emailVerdict(address: string, policy: LinkPolicy): Pick<Finding, 'verdict' | 'reason'> {
  const problem = linkProblem(`mailto:${address}`, policy);
  if (problem === undefined) return { verdict: 'official', reason: 'official' };
  if (problem.kind === 'look-alike') return { verdict: 'lookalike', reason: `lookalike-${problem.reason}` };
  const domain = address.slice(address.lastIndexOf('@') + 1).toLowerCase();
  return { verdict: 'unofficial', reason: isOnHosts(domain, freeMailHosts) ? 'free-mail' : 'unofficial-email' };
}

/**
 * A reference number has a year among its parts (`PENG/012/REK/2025`); it is compared without
 * case and spaces, as a reader may retype it.
 */
function referenceFinding(text: string, published: readonly PublishedReference[]): Finding | undefined {
  const parts = normalReference(text).split('/');
  if (!parts.some((part) => /^(?:19|20)[0-9]{2}$/.test(part))) return undefined;
  const found = published.find((candidate) => normalReference(candidate.reference) === normalReference(text));
  if (found === undefined) return { kind: 'reference', text, verdict: 'reference-unknown', reason: 'reference-unknown' };
  return {
    kind: 'reference',
    text,
    verdict: 'reference-found',
    reason: 'reference-found',
    ...(found.path === undefined ? {} : { path: found.path }),
  };
}

export function normalReference(reference: string): string {
  return reference.replace(/\s+/g, '').toUpperCase();
}

/**
 * Whether a bare host is meant as an address: its ending written in one case (`Anda` is a word)
 * and known, or the host official, a shortener, or an imitation of the agency.
 */
function isPlausibleHost(hostName: string, policy: LinkPolicy): boolean {
  const ending = hostName.slice(hostName.lastIndexOf('.') + 1);
  if (ending !== ending.toLowerCase() && ending !== ending.toUpperCase()) return false;
  const lower = hostName.toLowerCase();
  const tld = ending.toLowerCase();
  if (/^(?:[a-z]{2}|xn--.*)$/.test(tld) || commonTlds.has(tld)) return true;
  return (
    isOnHosts(lower, policy.officialHosts) || isOnHosts(lower, policy.shorteners) || imitatesAgency(lower, policy) !== undefined
  );
}

function hostOf(bareAddress: string): string {
  return bareAddress.split(/[/?#:]/)[0] ?? '';
}

const openerOf: Readonly<Record<string, string>> = { ')': '(', ']': '[', '}': '{' };

/** Sentence punctuation after an address is not part of it; a closing bracket is, when the address opened it. */
function withoutTrailingPunctuation(text: string): string {
  let trimmed = text;
  for (;;) {
    const last = trimmed[trimmed.length - 1] ?? '';
    const opens = openerOf[last];
    const unbalanced = opens !== undefined && countOf(trimmed, opens) < countOf(trimmed, last);
    if (!/[.,;:!?'"…»”’]/.test(last) && !unbalanced) return trimmed;
    trimmed = trimmed.slice(0, -1);
  }
}

function countOf(text: string, character: string): number {
  return text.split(character).length - 1;
}

/** What the page hands its script in a JSON data block: the published references and its words for each verdict and reason. */
export interface MessageCheckPageData {
  references: readonly PublishedReference[];
  verdicts: Readonly<Record<FindingVerdict, string>>;
  reasons: Readonly<Record<FindingReason, string>>;
  /** `{count}` marks the number of findings. */
  summary: { none: string; some: string };
  /** The label of the link to a found reference's announcement. */
  announcementLink: string;
}

/** The id of that data block. */
export const messageCheckDataId = 'message-check-data';
