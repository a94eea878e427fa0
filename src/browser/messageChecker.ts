import { checkWholeMessage, headline, messageCheckDataId, type Finding, type MessageCheck, type MessageCheckPageData } from '../lib/messageCheck/findings.ts';

/*
 * The page's one script (/cek-keaslian/): shows the checker, which the page keeps hidden because
 * it needs JavaScript, and reads the whole message once the reader pauses typing: the verdict on
 * the message first, then each finding with what to do. Its words come from the page's data
 * block, so it knows no language of its own. Text goes in by `textContent` only: whatever a
 * reader pastes is never read as HTML.
 */

/** How long typing must pause before the message is read: each key does not re-read a long paste. */
const pause = 300;

const tool = document.querySelector<HTMLElement>('[data-message-check]');
const dataBlock = document.getElementById(messageCheckDataId);
if (tool !== null && dataBlock !== null) start(tool, JSON.parse(dataBlock.textContent ?? '') as MessageCheckPageData);

function start(tool: HTMLElement, data: MessageCheckPageData): void {
  const input = tool.querySelector('textarea');
  const results = tool.querySelector('[data-results]');
  const summary = tool.querySelector<HTMLElement>('[data-summary]');
  if (input === null || results === null || summary === null) return;
  let waiting: ReturnType<typeof setTimeout> | undefined;
  const update = () => {
    if (input.value.trim() === '') {
      delete summary.dataset['verdict'];
      summary.replaceChildren();
      results.replaceChildren();
      return;
    }
    const check = checkWholeMessage(input.value, data.references);
    summary.dataset['verdict'] = check.overall.verdict;
    summary.replaceChildren(...summaryParts(check, data));
    // Each piece of advice once, under the first finding that needs it: five money words in one
    // message are one thing to do, and repeating it buries the findings.
    const advised = new Set<string>();
    results.replaceChildren(...check.findings.map((finding) => findingItem(finding, data, advised)));
  };
  input.addEventListener('input', () => {
    clearTimeout(waiting);
    waiting = setTimeout(update, pause);
  });
  tool.hidden = false;
  update();
}

/** The verdict in plain words, the count, a note if the message was cut, and where to report a scam or a doubt. */
function summaryParts({ overall, findings, truncated }: MessageCheck, data: MessageCheckPageData): (HTMLElement | string)[] {
  const parts: (HTMLElement | string)[] = [element('strong', headline(overall, data.headline))];
  if (findings.length > 0) parts.push(` ${data.summary.some.replace('{count}', String(findings.length))}`);
  if (truncated) parts.push(` ${data.summary.truncated}`);
  if (overall.verdict === 'scam' || overall.verdict === 'caution') {
    const link = element('a', data.report.text);
    link.href = data.report.href;
    parts.push(' ', link);
  }
  return parts;
}

function findingItem(finding: Finding, data: MessageCheckPageData, advised: Set<string>): HTMLLIElement {
  const item = element('li', '');
  item.className = 'finding';
  item.dataset['address'] = finding.text;
  item.dataset['verdict'] = finding.verdict;
  const address = element('code', finding.text);
  address.dir = 'ltr';
  item.append(element('strong', data.verdicts[finding.verdict]), ' ', address, element('p', data.reasons[finding.reason]));
  if (finding.advice !== undefined && !advised.has(finding.advice)) {
    advised.add(finding.advice);
    const advice = element('p', data.advice[finding.advice]);
    advice.className = 'advice';
    advice.dataset['advice'] = finding.advice;
    item.append(advice);
  }
  if (finding.path !== undefined) {
    const link = element('a', data.announcementLink);
    link.href = finding.path;
    item.append(link);
  }
  return item;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text: string): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  created.textContent = text;
  return created;
}
