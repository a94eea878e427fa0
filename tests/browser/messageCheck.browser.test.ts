import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { claimText } from '../../src/config/claims.ts';
import { dictionaries } from '../../src/i18n/translate.ts';
import { messageCheckDataId, type MessageCheckPageData, type PublishedReference } from '../../src/lib/messageCheck/findings.ts';
import { parseHeadersFile } from '../../src/lib/security/headers.ts';
import { describeInChromium, siteUrl, useChromium, viewports } from '../support/browser.ts';
import { siteDir } from '../support/sites.ts';

/*
 * The message checker of the open build in the run's shared Chromium, under the
 * Content-Security-Policy the build ships (so the script runs only if the CSP's hash matches its
 * integrity), fed one input at a time as a reader would; and its page without JavaScript. Each test
 * opens the page in a context of its own: a second page of one context would come through the
 * service worker the first installed, past the route that adds the CSP.
 */
const root = siteDir('open');
const csp = new Map(parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8'))).get('Content-Security-Policy') ?? '';
const pageHtml = readFileSync(join(root, 'cek-keaslian', 'index.html'), 'utf8');
const dataBlock = new RegExp(`(<script type="application/json" id="${messageCheckDataId}">)(.*?)(</script>)`, 's');
const embedded = JSON.parse(dataBlock.exec(pageHtml)?.[2] ?? '{}') as MessageCheckPageData;

/**
 * A reference the page knows: the first it embeds, or, while no announcement is published, one put
 * into the page's own data block, so the lookup the page runs is tested either way.
 */
const knownReference: PublishedReference = embedded.references[0] ?? { reference: 'PENG/012/REK/2025', path: '/pengumuman/uji/' };
const withKnownReference = (html: string) =>
  embedded.references.length > 0
    ? html
    : html.replace(dataBlock, (_, open: string, json: string, close: string) =>
        `${open}${JSON.stringify({ ...(JSON.parse(json) as MessageCheckPageData), references: [knownReference] })}${close}`,
      );

const cases: [input: string, verdict: string][] = [
  ['https://bpjsketenagakerjaan.go.id', 'official'],
  ['https://rekrutmen.bpjsketenagakerjaan.go.id/lowongan', 'official'],
  ['rekrutmen@bpjsketenagakerjaan.go.id', 'official'],
  ['http://bpjsketenagakerjaan.go.id', 'insecure'],
  ['https://xn--bpjsketenagakerjan-g2m.go.id', 'lookalike'],
  ['bpjsketenagakerj\u0430an.go.id/daftar', 'lookalike'],
  ['bpjs-ketenagakerjaan.com', 'lookalike'],
  ['rekrutmen-bpjsketenagakerjaan.com/daftar', 'lookalike'],
  ['https://bpjsketenagakerjaan.co.id', 'lookalike'],
  ['bpjsketenagakerjaan.com', 'lookalike'],
  ['https://bpjsketenagakerjaan.go.id.verifikasi.xyz', 'lookalike'],
  ['bit.ly/lolos-bpjs', 'shortener'],
  ['https://s.id/loker2025', 'shortener'],
  ['tinyurl.com/bpjs-tk', 'shortener'],
  ['rekrutmen.bpjs@gmail.com', 'unofficial'],
  ['panitia.bpjstk@yahoo.com', 'unofficial'],
  ['wa.me/6281234567890', 'unofficial, unknown for 6281234567890'],
  ['0812-3456-7890', 'unknown'],
  ['https://lowongan-kerja.example.com', 'unofficial'],
  [knownReference.reference, 'reference-found'],
  ['PENG/999/REK/2099', 'reference-unknown'],
];

describeInChromium('the message checker in Chromium', () => {
  const browser = useChromium();

  /** Opens the checker page with the shipped CSP, collecting any CSP violation the console reports. */
  async function openChecker(path: string, violations: string[] = [], javaScript = true): Promise<Page> {
    const context = await browser().newContext({ viewport: viewports.phone, javaScriptEnabled: javaScript });
    const tab = await context.newPage();
    tab.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await tab.route(`**${path}`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: withKnownReference(await response.text()), headers: { ...response.headers(), 'content-security-policy': csp } });
    });
    await tab.goto(`${siteUrl('open')}${path}`);
    return tab;
  }

  /** How many times the page has shown a reading of the message: each one rewrites the summary once. */
  async function readsOf(tab: Page): Promise<number> {
    await tab.locator('[data-message-check]').waitFor({ state: 'visible' });
    return tab.evaluate(() => {
      const counted = window as unknown as { reads?: number };
      if (counted.reads === undefined) {
        counted.reads = 0;
        const summary = document.querySelector('[data-summary]');
        if (summary !== null) new MutationObserver(() => (counted.reads = (counted.reads ?? 0) + 1)).observe(summary, { childList: true, attributes: true });
      }
      return counted.reads;
    });
  }

  async function findingsFor(tab: Page, input: string): Promise<{ address: string; verdict: string; reason: string }[]> {
    const reads = await readsOf(tab);
    await tab.locator('#message-check-input').fill(input);
    // The page reads the message after a pause in typing: wait until it has read this input.
    await expect.poll(() => readsOf(tab)).toBe(reads + 1);
    return tab.locator('[data-results] li').evaluateAll((items) =>
      items.map((item) => ({
        address: item.getAttribute('data-address') ?? '',
        verdict: item.getAttribute('data-verdict') ?? '',
        reason: item.querySelector('p')?.textContent ?? '',
      })),
    );
  }

  test('runs under the shipped Content-Security-Policy and shows the checker', async () => {
    const violations: string[] = [];
    const tab = await openChecker('/cek-keaslian/', violations);
    await tab.locator('[data-message-check]').waitFor({ state: 'visible' });
    expect(violations).toEqual([]);
    await tab.context().close();
  });

  test(`gives each of ${cases.length} inputs its verdict, one at a time`, async () => {
    const tab = await openChecker('/cek-keaslian/');
    await tab.locator('[data-message-check]').waitFor({ state: 'visible' });
    const seen: [string, string][] = [];
    for (const [input] of cases) {
      const findings = await findingsFor(tab, input);
      seen.push([input, findings.map(({ address, verdict }) => (address === input ? verdict : `${verdict} for ${address}`)).join(', ')]);
    }
    expect(seen).toEqual(cases);
    await tab.context().close();
  });

  test('links a found reference to its announcement', async () => {
    const tab = await openChecker('/cek-keaslian/');
    await tab.locator('#message-check-input').fill(`Nomor: ${knownReference.reference}.`);
    expect(await tab.locator('[data-verdict="reference-found"] a').getAttribute('href')).toBe(knownReference.path);
    await tab.context().close();
  });

  test('finds nothing in plain text and says so', async () => {
    const tab = await openChecker('/cek-keaslian/');
    expect(await findingsFor(tab, 'Selamat, Anda lolos seleksi administrasi. Harap segera konfirmasi.')).toEqual([]);
    await expect.poll(() => tab.locator('[data-summary]').textContent(), { timeout: 10_000 }).toBe(dictionaries.id['check.summary.none']);
    await tab.context().close();
  });

  test('lists every finding of a scam message typed key by key, with reasons in English on the English page', async () => {
    const tab = await openChecker('/en/cek-keaslian/');
    await tab
      .locator('#message-check-input')
      .pressSequentially('Selamat, Anda lolos! Transfer biaya tiket, hubungi wa.me/6281234567890 atau klik bit.ly/bpjs-lolos');
    await expect.poll(() => tab.locator('[data-results] li').count()).toBe(6);
    const findings = await tab.locator('[data-results] li').evaluateAll((items) =>
      items.map((item) => [item.getAttribute('data-address'), item.getAttribute('data-verdict'), item.querySelector('p')?.textContent]),
    );
    expect(findings).toEqual([
      ['Transfer', 'request', dictionaries.en['check.reason.money-request']],
      ['biaya', 'request', dictionaries.en['check.reason.money-request']],
      ['tiket', 'request', dictionaries.en['check.reason.money-request']],
      ['wa.me/6281234567890', 'unofficial', dictionaries.en['check.reason.whatsapp']],
      ['6281234567890', 'unknown', dictionaries.en['check.reason.unknown-number']],
      ['bit.ly/bpjs-lolos', 'shortener', dictionaries.en['check.reason.shortener']],
    ]);
    await tab.context().close();
  });

  test('puts the verdict on the whole message first, in plain words, with what to do and where to report', async () => {
    const tab = await openChecker('/cek-keaslian/');
    await findingsFor(tab, 'Biaya pendaftaran Rp 300.000 wajib dibayar sebelum login di https://rekrutmen.bpjsketenagakerjaan.go.id');
    const summary = tab.locator('[data-summary]');
    expect(await summary.getAttribute('data-verdict')).toBe('scam');
    expect(await summary.locator('strong').textContent()).toBe('Penipuan: pesan ini meminta uang.');
    expect(await summary.locator('a').getAttribute('href')).toBe('/waspada-penipuan/');
    // Several money words, one piece of advice: under the first of them.
    expect(await tab.locator('[data-results] li').count()).toBeGreaterThan(2);
    expect(await tab.locator('[data-advice="pay"]').allTextContents()).toEqual([claimText('fraud-warning', 'id')]);
    expect(await tab.locator('[data-results] li').first().locator('[data-advice="pay"]').count()).toBe(1);
    await tab.context().close();
  });

  test('waits for a pause in typing before it reads the message', async () => {
    const tab = await openChecker('/cek-keaslian/');
    const reads = await readsOf(tab);
    await tab.locator('#message-check-input').pressSequentially('bit.ly/abc', { delay: 20 });
    // Typed faster than the pause, the message is read once, after the last key.
    await expect.poll(() => tab.locator('[data-results] li').count()).toBe(1);
    await tab.waitForTimeout(500);
    expect(await readsOf(tab)).toBe(reads + 1);
    await tab.context().close();
  });

  test('stays responsive with 100 KB pasted, and says only the start was read', async () => {
    const tab = await openChecker('/cek-keaslian/');
    const long = `Transfer Rp 300.000 ke BRI 1234567890. ${'a.a.a.a '.repeat(15_000)}`;
    await tab.locator('#message-check-input').fill(long);
    await expect.poll(() => tab.locator('[data-summary]').getAttribute('data-verdict')).toBe('scam');
    expect(await tab.locator('[data-summary]').textContent()).toContain(dictionaries.id['check.summary.truncated']);
    await tab.context().close();
  });

  test('shows an address as text, never as markup', async () => {
    const tab = await openChecker('/cek-keaslian/');
    const findings = await findingsFor(tab, 'https://evil.example/<img src=x>');
    expect(findings.map(({ verdict }) => verdict)).toEqual(['unofficial']);
    expect(await tab.locator('[data-results] img').count()).toBe(0);
    await tab.context().close();
  });

  describe('without JavaScript', () => {
    test('reads as the lists of official addresses and of the signs of fraud, without the checker', async () => {
      const tab = await openChecker('/cek-keaslian/', [], false);
      expect(await tab.locator('[data-message-check]').isVisible()).toBe(false);
      const text = (await tab.locator('main').textContent()) ?? '';
      expect(text).toContain(claimText('sign-payment', 'id'));
      expect(text).toContain('rekrutmen.bpjsketenagakerjaan.go.id');
      await tab.context().close();
    });
  });
});
