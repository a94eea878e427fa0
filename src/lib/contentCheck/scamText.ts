import { detectSignals, type ScamPolicy, scamPolicy, type Signal } from '../scamDetector/index.ts';
import { linkProblem } from '../links/officialUrl.ts';
import { editorText } from '../editorMessages.ts';

/*
 * What content may not say, read by the scam detector (src/lib/scamDetector/): one rule for the
 * editors' check (pageText.ts, fieldText.ts) and the output check (../shipped/), so whatever the
 * build refuses, the check has refused first with its file and line. No Node APIs: the output
 * check runs it on the build's worker.
 *
 * The detector reads a reader's message; the site's own text is different. It tells readers that
 * benefits are "dibayarkan" and warns them "Jangan mengirimkan uang atau kode sekali pakai (OTP)",
 * so a money word alone is no request here, and a negation anywhere before a request in its
 * sentence makes it a warning (the detector looks only three words back). A request is refused
 * when it points somewhere money can go: an account, a bank or e-wallet, an amount.
 */

/** What a refused signal is, for the editor's message. */
export type ScamFindingKind = 'address' | 'contact' | 'request' | 'promise';

export interface ScamFinding {
  kind: ScamFindingKind;
  signal: Signal;
}

/** Where money goes: an account word, a bank or an e-wallet, in the same sentence as a payment word. */
function destinationPattern(policy: ScamPolicy): RegExp {
  const words = [...policy.accountCues, ...policy.banks, ...policy.eWallets]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}

const destinations = new WeakMap<ScamPolicy, RegExp>();

function destinationIn(sentence: string, policy: ScamPolicy): boolean {
  let pattern = destinations.get(policy);
  if (pattern === undefined) {
    pattern = destinationPattern(policy);
    destinations.set(policy, pattern);
  }
  return pattern.test(sentence);
}

/** The sentence around `at`: from the last line break or `.`/`!`/`?` before a space, to the next. */
function sentenceAround(text: string, at: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && !isSentenceEnd(text, start - 1)) start -= 1;
  let end = at;
  while (end < text.length && !isSentenceEnd(text, end)) end += 1;
  return { start, end };
}

function isSentenceEnd(text: string, at: number): boolean {
  const character = text[at];
  return character === '\n' || (/[.!?]/.test(character ?? '') && /\s/.test(text[at + 1] ?? ' '));
}

function negatedInSentence(text: string, signal: Signal, policy: ScamPolicy): boolean {
  const { start } = sentenceAround(text, signal.start);
  const negations = new Set(policy.negations.map((word) => word.toLowerCase()));
  return text
    .slice(start, signal.start)
    .toLowerCase()
    .split(/[^\p{L}\p{N}']+/u)
    .some((word) => negations.has(word));
}

/** Whether an address the detector does not call official may still be written: a government host, which page text may link to. */
function isAllowedAddress(signal: Signal, policy: ScamPolicy): boolean {
  if (signal.verdict === 'official' || signal.verdict === 'confirmed') return true;
  return signal.kind === 'web' && signal.verdict === 'unofficial' && signal.reason === 'not-official' && linkProblem(`https://${signal.value}/`, policy.link) === undefined;
}

/** Whether a signal is refused in the site's own text, `text` being the whole text it was found in. */
function refusal(text: string, signal: Signal, policy: ScamPolicy): ScamFindingKind | undefined {
  switch (signal.kind) {
    case 'web':
    case 'email':
      return isAllowedAddress(signal, policy) ? undefined : 'address';
    case 'phone':
      return signal.verdict === 'confirmed' ? undefined : 'contact';
    case 'payee':
      return 'request';
    case 'promise':
      return 'promise';
    case 'install':
      return signal.reason === 'apk-file' || !negatedInSentence(text, signal, policy) ? 'request' : undefined;
    case 'code':
      return negatedInSentence(text, signal, policy) ? undefined : 'request';
    case 'money': {
      if (negatedInSentence(text, signal, policy)) return undefined;
      const sentence = sentenceAround(text, signal.start);
      // An amount, or a phrase only a request uses ("biaya pendaftaran", "uang jaminan").
      const asks = signal.value.startsWith('Rp') || signal.value.includes(' ');
      return asks || destinationIn(text.slice(sentence.start, sentence.end), policy) ? 'request' : undefined;
    }
    default:
      return undefined;
  }
}

/** Every signal in `text` that the site's own text may not carry, one per place. */
export function scamFindings(text: string, policy: ScamPolicy = scamPolicy): ScamFinding[] {
  const findings: ScamFinding[] = [];
  for (const signal of detectSignals(text, { policy })) {
    const kind = refusal(text, signal, policy);
    if (kind !== undefined) findings.push({ kind, signal });
  }
  return findings;
}

/** A `tel:` link calls a number: only one the policy confirms, as the detector reads it. */
export function telNumberConfirmed(url: string, policy: ScamPolicy = scamPolicy): boolean {
  const number = url.replace(/^\s*tel:/i, '');
  const phones = detectSignals(decodedNumber(number), { policy }).filter((signal) => signal.kind === 'phone');
  return phones.length > 0 && phones.every((signal) => signal.verdict === 'confirmed');
}

function decodedNumber(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Words that make a link the way to apply, in either language: it must go to the agency's own hosts. */
export const applyWords = /(?:^|[^\p{L}])(daftar(?:\s+ulang)?|mendaftar|pendaftaran|formulir|lamar|melamar|lamaran|apply|register|registration|form)(?![\p{L}])/iu;

/** The message key for a finding (messages.ts). */
export const findingMessage = {
  address: 'scamAddress',
  contact: 'scamContact',
  request: 'scamRequest',
  promise: 'scamPromise',
} as const satisfies Record<ScamFindingKind, string>;

/** What to tell an editor about a finding, in both languages. */
export function findingText(finding: ScamFinding): string {
  return editorText(findingMessage[finding.kind], { text: finding.signal.text.slice(0, 80) });
}

/** One finding per kind and place: a sentence with an account, a bank and a fee is one mistake to fix. */
export function distinctFindings(findings: readonly ScamFinding[], placeOf: (finding: ScamFinding) => unknown): ScamFinding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = `${String(placeOf(finding))} ${finding.kind}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
