import type { LinkPolicy } from '../links/officialUrl.ts';
import {
  detectSignals,
  overallVerdict,
  scamPolicy,
  signalReasons,
  signalVerdicts,
  type Overall,
  type OverallReason,
  type OverallVerdict,
  type PublishedReference,
  type SignalKind,
  type SignalReason,
  type SignalVerdict,
} from '../scamDetector/index.ts';

/*
 * "Check a message" (/cek-keaslian/): what the scam detector (src/lib/scamDetector/) finds in a
 * text a reader pasted, each finding once, and the message's overall verdict. Pure and free of DOM
 * and Node APIs: the page's script runs exactly this.
 */

export type { PublishedReference };
export { normalReference } from '../scamDetector/index.ts';

export type FindingKind = SignalKind;
export type FindingVerdict = SignalVerdict;
export type FindingReason = SignalReason;

/** Every verdict and reason a finding may have; the page gives words for each (`check.verdict.*`, `check.reason.*`). */
export const findingVerdicts = signalVerdicts;
export const findingReasons = signalReasons;

/**
 * What to do about a finding, one piece of advice each: `pay` is the agency's own warning (the
 * claim `fraud-warning`), the others are the page's (`check.advice.*`).
 */
export type Advice = 'pay' | 'code' | 'install' | 'promise' | 'lookalike' | 'address';
export const advices = ['pay', 'code', 'install', 'promise', 'lookalike', 'address'] as const satisfies readonly Advice[];

/** The longest text scanned: a paste beyond it is cut there, and the page says so. The detector is linear, so this bounds its time too. */
export const maxScanned = 100_000;

export interface Finding {
  kind: FindingKind;
  /** As written in the message, without the markup and punctuation around it. */
  text: string;
  verdict: FindingVerdict;
  reason: FindingReason;
  /** For a published reference: its announcement's page. */
  path?: string;
  advice?: Advice;
}

export interface MessageCheck {
  findings: Finding[];
  overall: Overall;
  /** Whether the message was longer than `maxScanned` and only its start was read. */
  truncated: boolean;
}

const adviceByKind: Partial<Record<FindingKind, Advice>> = { money: 'pay', payee: 'pay', code: 'code', install: 'install', promise: 'promise' };

/** The advice a finding needs; none for what is official, a number, a reference or a short link, whose reason says what to do. */
export function adviceFor(finding: Pick<Finding, 'kind' | 'verdict' | 'reason'>): Advice | undefined {
  if (finding.verdict === 'lookalike' || finding.reason === 'hidden-host') return 'lookalike';
  return finding.verdict === 'unofficial' ? 'address' : adviceByKind[finding.kind];
}

/** Every finding in `message`, each once, in the order they appear, and the verdict on the whole message. */
export function checkWholeMessage(
  message: string,
  published: readonly PublishedReference[] = [],
  policy: LinkPolicy = scamPolicy.link,
): MessageCheck {
  const truncated = message.length > maxScanned;
  const signals = detectSignals(truncated ? message.slice(0, maxScanned) : message, { published, policy: { ...scamPolicy, link: policy } });
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const { kind, text, verdict, reason, path } of signals) {
    const key = `${kind} ${text.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const advice = adviceFor({ kind, verdict, reason });
    findings.push({ kind, text, verdict, reason, ...(path === undefined ? {} : { path }), ...(advice === undefined ? {} : { advice }) });
  }
  return { findings, overall: overallVerdict(signals), truncated };
}

/** The findings alone. */
export function checkMessage(message: string, published: readonly PublishedReference[] = [], policy?: LinkPolicy): Finding[] {
  return checkWholeMessage(message, published, policy).findings;
}

/** The words of the overall verdict's headline, in the page's language. */
export interface HeadlineWords {
  /** The sentence for a message that is official or shows no known sign. */
  overall: Readonly<Record<OverallVerdict, string>>;
  /** "Penipuan", "Waspada": what a scam or a doubtful message is called, before its reasons. */
  label: Readonly<Record<'scam' | 'caution', string>>;
  /** "pesan ini {reasons}.": `{reasons}` marks the reasons, joined. */
  thisMessage: string;
  /** Each reason, as it follows "pesan ini": "meminta uang". */
  because: Readonly<Record<OverallReason, string>>;
  /** The word before the last of several reasons: "dan". */
  and: string;
}

/**
 * The headline a frightened reader sees first, in plain words: "Penipuan: pesan ini meminta uang
 * dan memuat tautan pendek." for a scam or a doubtful message (every reason, worst first); the
 * whole sentence for an official one or one without a known sign, which still sends the reader
 * to the portal.
 */
export function headline(overall: Overall, words: HeadlineWords): string {
  if (overall.verdict !== 'scam' && overall.verdict !== 'caution') return words.overall[overall.verdict];
  const reasons = overall.reasons.map((reason) => words.because[reason]);
  const last = reasons.pop();
  const joined = reasons.length === 0 ? (last ?? '') : `${reasons.join(', ')}${reasons.length > 1 ? ',' : ''} ${words.and} ${last ?? ''}`;
  return `${words.label[overall.verdict]}: ${words.thisMessage.replace('{reasons}', joined)}`;
}

/** What the page hands its script in a JSON data block: the published references and its words for each verdict and reason. */
export interface MessageCheckPageData {
  references: readonly PublishedReference[];
  verdicts: Readonly<Record<FindingVerdict, string>>;
  reasons: Readonly<Record<FindingReason, string>>;
  advice: Readonly<Record<Advice, string>>;
  headline: HeadlineWords;
  /** `{count}` marks the number of findings. */
  summary: { some: string; truncated: string };
  /** Where to report a scam: the page on fraud. */
  report: { text: string; href: string };
  /** The label of the link to a found reference's announcement. */
  announcementLink: string;
}

/** The id of that data block. */
export const messageCheckDataId = 'message-check-data';
