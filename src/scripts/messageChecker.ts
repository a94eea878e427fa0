import { checkWholeMessage, messageCheckDataId, type Finding, type MessageCheckPageData } from '../lib/messageCheck.ts';

/*
 * The page's one script (/cek-keaslian/): shows the checker, which the page keeps hidden because
 * it needs JavaScript, and lists what src/lib/messageCheck.ts (the scam detector) finds in the text as the reader types.
 * Its words come from the page's data block, so it knows no language of its own. Text goes in by
 * `textContent` only: whatever a reader pastes is never read as HTML.
 */

const tool = document.querySelector<HTMLElement>('[data-message-check]');
const dataBlock = document.getElementById(messageCheckDataId);
if (tool !== null && dataBlock !== null) start(tool, JSON.parse(dataBlock.textContent ?? '') as MessageCheckPageData);

function start(tool: HTMLElement, data: MessageCheckPageData): void {
  const input = tool.querySelector('textarea');
  const results = tool.querySelector('[data-results]');
  const summary = tool.querySelector<HTMLElement>('[data-summary]');
  if (input === null || results === null || summary === null) return;
  let announce: ReturnType<typeof setTimeout> | undefined;
  const update = () => {
    const { findings, overall } = checkWholeMessage(input.value, data.references);
    results.replaceChildren(...findings.map((finding) => findingItem(finding, data)));
    // A screen reader hears the count once the reader pauses, not at every key.
    clearTimeout(announce);
    announce = setTimeout(() => {
      const counted = `${data.summary.overall[overall.verdict]} ${data.summary.some.replace('{count}', String(findings.length))}`;
      summary.dataset['verdict'] = overall.verdict;
      summary.textContent = input.value.trim() === '' ? '' : findings.length === 0 ? data.summary.none : counted;
    }, 600);
  };
  input.addEventListener('input', update);
  tool.hidden = false;
  update();
}

function findingItem(finding: Finding, data: MessageCheckPageData): HTMLLIElement {
  const item = element('li', '');
  item.className = 'finding';
  item.dataset['address'] = finding.text;
  item.dataset['verdict'] = finding.verdict;
  const address = element('code', finding.text);
  address.dir = 'ltr';
  item.append(element('strong', data.verdicts[finding.verdict]), ' ', address, element('p', data.reasons[finding.reason]));
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
