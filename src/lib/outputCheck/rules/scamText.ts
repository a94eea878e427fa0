import { findingText, scamFindings } from '../../contentCheck/scamText.ts';
import type { Problem, Rule } from '../rule.ts';
import { isOwnAddress } from '../addresses.ts';

/**
 * What a reader is shown is read by the scam detector with the content check's rule (scamText.ts):
 * a host, number, payee or request that reached a built file as plain text is refused here too. The
 * site's own address, in a feed or a calendar event's UID, is no finding.
 */
export const scamText: Rule<'shownText'> = {
  name: 'scamText',
  reads: 'shownText',
  check(text) {
    const problems: Problem[] = [];
    for (const finding of scamFindings(text)) {
      if ((finding.signal.kind === 'web' || finding.signal.kind === 'email') && isOwnAddress(finding.signal.value)) continue;
      problems.push({ message: findingText(finding), evidence: finding.signal.text });
    }
    return problems;
  },
};
