import type { LinkPolicy } from './officialUrl.ts';
import {
  detectSignals,
  overallVerdict,
  scamPolicy,
  signalReasons,
  signalVerdicts,
  type Overall,
  type OverallVerdict,
  type PublishedReference,
  type SignalKind,
  type SignalReason,
  type SignalVerdict,
} from './scamDetector/index.ts';

/*
 * "Check a message" (/cek-keaslian/): what the scam detector (src/lib/scamDetector/) finds in a
 * text a reader pasted, each finding once, and the message's overall verdict. Pure and free of DOM
 * and Node APIs: the page's script runs exactly this.
 */

export type { PublishedReference };
export { normalReference } from './scamDetector/index.ts';

export type FindingKind = SignalKind;
export type FindingVerdict = SignalVerdict;
export type FindingReason = SignalReason;

/** Every verdict and reason a finding may have; the page gives words for each (`check.verdict.*`, `check.reason.*`). */
export const findingVerdicts = signalVerdicts;
export const findingReasons = signalReasons;

export interface Finding {
  kind: FindingKind;
  /** As written in the message, without the markup and punctuation around it. */
  text: string;
  verdict: FindingVerdict;
  reason: FindingReason;
  /** For a published reference: its announcement's page. */
  path?: string;
}

export interface MessageCheck {
  findings: Finding[];
  overall: Overall;
}

/** Every finding in `message`, each once, in the order they appear, and the verdict on the whole message. */
export function checkWholeMessage(
  message: string,
  published: readonly PublishedReference[] = [],
  policy: LinkPolicy = scamPolicy.link,
): MessageCheck {
  const signals = detectSignals(message, { published, policy: { ...scamPolicy, link: policy } });
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const { kind, text, verdict, reason, path } of signals) {
    const key = `${kind} ${text.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push({ kind, text, verdict, reason, ...(path === undefined ? {} : { path }) });
  }
  return { findings, overall: overallVerdict(signals) };
}

/** The findings alone. */
export function checkMessage(message: string, published: readonly PublishedReference[] = [], policy?: LinkPolicy): Finding[] {
  return checkWholeMessage(message, published, policy).findings;
}

/** What the page hands its script in a JSON data block: the published references and its words for each verdict and reason. */
export interface MessageCheckPageData {
  references: readonly PublishedReference[];
  verdicts: Readonly<Record<FindingVerdict, string>>;
  reasons: Readonly<Record<FindingReason, string>>;
  /** `{count}` marks the number of findings; `overall` leads the summary when something is found. */
  summary: { none: string; some: string; overall: Readonly<Record<OverallVerdict, string>> };
  /** The label of the link to a found reference's announcement. */
  announcementLink: string;
}

/** The id of that data block. */
export const messageCheckDataId = 'message-check-data';
