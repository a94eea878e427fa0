import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { parse } from 'node-html-parser';
import { startEditorServer, type EditorServer } from '../../scripts/support/editorServer.ts';
import { projectCheckout, removeCheckouts } from '../support/checkout.ts';
import { contentFixtures } from '../support/contentFixtures.ts';
import { describeInChromium, useChromium } from '../support/browser.ts';
import { npmRun } from '../support/npmRun.ts';
import { startStaticServer } from '../../scripts/support/staticServer.ts';

/*
 * An editor's afternoon in the browser editor (`npm run edit`), in its local mode, on a copy of
 * the valid content set: a new position in both languages with its campaign and two provinces, a
 * campaign's registration extended, an announcement into folders that do not exist yet, and a
 * WhatsApp link the content check refuses. Then the files are read as a person would have written
 * them, `npm run check:content` passes, and a build shows the edits. The editor runs in a time zone
 * far from Indonesia's, so a date it writes can only carry the offset the editor chose.
 */

const project = mkdtempSync(join(tmpdir(), 'editor-browser-'));
const content = join(project, 'content');
cpSync(join(contentFixtures, 'valid'), content, { recursive: true });
const read = (path: string) => readFileSync(join(content, path), 'utf8');

let server: EditorServer;
let context: BrowserContext;
let page: Page;
let visits = 0;
/** What the editor's page reports against its Content-Security-Policy while the suite runs. */
const policyViolations: string[] = [];

/** Opens a screen of the editor in a fresh page load: Decap reuses stale field ids across in-app navigation. */
async function openScreen(hash: string): Promise<void> {
  visits += 1;
  await page.goto(`${server.url}?${visits}${hash}`);
  await page.getByText('Bahasa EN').waitFor();
}

/** Picks the option named `name` in a select or relation field, as a person types and clicks it. */
async function pick(label: string, name: string): Promise<void> {
  await page.getByLabel(label).first().click();
  await page.keyboard.type(name);
  await page.getByRole('option', { name }).click();
}

/** Types into a language's page text: 0 is Indonesian (left), 1 English (right). */
async function typeText(pane: 0 | 1, text: string): Promise<void> {
  await page.locator('[data-slate-editor]').nth(pane).click();
  await page.keyboard.press('End');
  await page.keyboard.type(text);
}

async function publish(): Promise<void> {
  await page.getByRole('button', { name: 'Terbitkan', exact: true }).click();
  await page.getByText('Terbitkan sekarang').click();
}

async function publishAndWaitForSave(): Promise<void> {
  await publish();
  await page.getByText('Tersimpan', { exact: true }).waitFor();
}

afterAll(() => {
  rmSync(project, { recursive: true, force: true });
  removeCheckouts();
});

describeInChromium('the browser editor in its local mode', () => {
  const browser = useChromium();

  beforeAll(async () => {
    server = await startEditorServer({ projectRoot: project, port: 0 });
    context = await browser().newContext({ timezoneId: 'America/Los_Angeles', viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) policyViolations.push(message.text());
    });
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByText('Posisi').first().waitFor();
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  test('creates a position in both languages, with its campaign and two provinces, written as a person would write it', async () => {
    await openScreen('#/collections/positions/new');
    await page.getByLabel('Judul').nth(0).fill('Petugas Uji Penyunting');
    await page.getByLabel('Ringkasan').nth(0).fill('Posisi uji yang dibuat melalui penyunting di peramban.');
    await pick('Kampanye', 'Rekrutmen Uji');
    await page.getByLabel('Urutan').first().fill('5');
    await pick('Wilayah penempatan posisi ini', 'Sulawesi Utara · sulawesi-utara');
    await pick('Wilayah penempatan posisi ini', 'Papua Barat Daya · papua-barat-daya');
    await pick('Penyandang disabilitas fisik', 'belum dipastikan · to-confirm');
    await typeText(0, 'Tugas dan persyaratan lengkap posisi ini tercantum di portal rekrutmen resmi.');
    await page.getByLabel('Judul').nth(1).fill('Petugas Uji Penyunting');
    await page.getByLabel('Ringkasan').nth(1).fill('A test position made in the browser editor.');
    await typeText(1, 'The full duties and requirements are on the official recruitment portal.');
    await publishAndWaitForSave();

    const shared = [
      'campaign: "kampanye-uji"',
      'order: 5',
      'disabilityAccess: "to-confirm"',
      'placements:',
      '  - sulawesi-utara',
      '  - papua-barat-daya',
    ].join('\n');
    expect(read('positions/id/petugas-uji-penyunting.md')).toBe(
      [
        '---',
        'title: "Petugas Uji Penyunting"',
        'description: "Posisi uji yang dibuat melalui penyunting di peramban."',
        shared,
        '---',
        '',
        'Tugas dan persyaratan lengkap posisi ini tercantum di portal rekrutmen resmi.',
        '',
      ].join('\n'),
    );
    expect(read('positions/en/petugas-uji-penyunting.md')).toBe(
      [
        '---',
        'title: "Petugas Uji Penyunting"',
        'description: "A test position made in the browser editor."',
        shared,
        '---',
        '',
        'The full duties and requirements are on the official recruitment portal.',
        '',
      ].join('\n'),
    );
  });

  test('changes a campaign’s closing date in both languages at once, keeping its confirmed hour and offset', async () => {
    const closes = /^closes: .*$/m;
    expect(read('campaigns/id/kampanye-uji.md')).toMatch(/^closes: "2025-09-14T23:59:59\+07:00"$/m);
    const untouched = (locale: string) => read(`campaigns/${locale}/kampanye-uji.md`).replace(closes, '');
    const before = { id: untouched('id'), en: untouched('en') };
    await openScreen('#/collections/campaigns/entries/kampanye-uji');
    await page.getByLabel('Pendaftaran ditutup').first().fill('2025-09-21');
    await publishAndWaitForSave();
    for (const locale of ['id', 'en'] as const) {
      expect(read(`campaigns/${locale}/kampanye-uji.md`)).toMatch(/^closes: "2025-09-21T23:59:59\+07:00"$/m);
      // Nothing else in either file moved: not the other fields, not the page text.
      expect(untouched(locale)).toBe(before[locale]);
    }
  });

  test('saves an announcement, creating the folders the guide names', async () => {
    expect(existsSync(join(content, 'announcements', 'id'))).toBe(false);
    await openScreen('#/collections/announcements/new');
    await page.getByLabel('Judul').nth(0).fill('Pengumuman Uji Penyunting');
    await page.getByLabel('Ringkasan').nth(0).fill('Pengumuman uji yang dibuat melalui penyunting.');
    await pick('Kampanye', 'Rekrutmen Uji');
    await page.getByLabel('Waktu terbit').first().fill('2025-09-20');
    await page.getByLabel('Waktu terbit: jam').first().fill('09:00');
    await page.getByLabel('Waktu terbit: zona waktu').first().selectOption({ label: 'WITA (UTC+8)' });
    await page.getByLabel('Nomor pengumuman').first().fill('PENG/001/UJI/2025');
    await typeText(0, 'Pengumuman ini dibuat untuk menguji penyunting.');
    await page.getByLabel('Judul').nth(1).fill('Editor Test Announcement');
    await page.getByLabel('Ringkasan').nth(1).fill('A test announcement made in the editor.');
    await typeText(1, 'This announcement tests the editor.');
    await publishAndWaitForSave();
    for (const locale of ['id', 'en']) {
      const text = read(`announcements/${locale}/pengumuman-uji-penyunting.md`);
      expect(text).toContain('\ncampaign: "kampanye-uji"\npublished: "2025-09-20T09:00:00+08:00"\nreference: "PENG/001/UJI/2025"\n---\n');
    }
  });

  test('refuses a WhatsApp link typed into a position’s text, naming the file and the field, and writes nothing', async () => {
    const before = read('positions/id/petugas-uji-penyunting.md');
    await openScreen('#/collections/positions/entries/petugas-uji-penyunting');
    await typeText(0, ' Hubungi https://wa.me/6281234567890 untuk mendaftar.');
    await publish();
    const refusal = page.getByText('Gagal menyimpan');
    await refusal.waitFor();
    const message = await refusal.innerText();
    expect(message).toContain('Belum disimpan');
    expect(message).toContain('Not saved');
    expect(message).toMatch(/content\/positions\/id\/petugas-uji-penyunting\.md:\d+ +\(isi\) /);
    expect(message).toContain('wa.me');
    expect(read('positions/id/petugas-uji-penyunting.md')).toBe(before);
  });

  test('refuses a look-alike apply address in the page itself, before anything is sent to be saved', async () => {
    const before = read('campaigns/id/kampanye-uji.md');
    const saves: string[] = [];
    const listen = (request: { method(): string; postData(): string | null; url(): string }) => {
      if (request.method() === 'POST' && (request.postData() ?? '').includes('"persistEntry"')) saves.push(request.url());
    };
    page.on('request', listen);
    try {
      await openScreen('#/collections/campaigns/entries/kampanye-uji');
      await page.getByLabel('Alamat pendaftaran').first().fill('https://rekrutmen-bpjsketenagakerjaan.com');
      await publish();
      const refusal = page.getByText('Gagal menyimpan');
      await refusal.waitFor();
      expect(await refusal.innerText()).toMatch(/content\/campaigns\/id\/kampanye-uji\.md:\d+ +applyUrl +.*rekrutmen-bpjsketenagakerjaan\.com/);
      expect(saves).toEqual([]);
    } finally {
      page.off('request', listen);
    }
    expect(read('campaigns/id/kampanye-uji.md')).toBe(before);
  });

  test('runs within its own Content-Security-Policy, loading nothing from another host', () => {
    expect(policyViolations).toEqual([]);
  });

  test('leaves content that passes npm run check:content and builds into pages showing every edit', { timeout: 180_000 }, () => {
    const env = { CONTENT_ROOT: content, SITE_NOW: '2025-09-25T12:00:00+07:00' };
    const check = npmRun('check:content', [], env);
    expect(check.status, check.stdout + check.stderr).toBe(0);
    const outDir = join(project, 'dist');
    const build = npmRun('build', ['--outDir', outDir], env, projectCheckout());
    expect(build.status, build.stderr).toBe(0);
    const page = (path: string) => parse(readFileSync(join(outDir, path, 'index.html'), 'utf8'));
    expect(page('lowongan/petugas-uji-penyunting').querySelector('h1')?.text).toContain('Petugas Uji Penyunting');
    expect(page('en/lowongan/petugas-uji-penyunting').querySelector('h1')?.text).toContain('Petugas Uji Penyunting');
    expect(page('pengumuman/pengumuman-uji-penyunting').querySelector('h1')?.text).toContain('Pengumuman Uji Penyunting');
    expect(page('en/pengumuman/pengumuman-uji-penyunting').querySelector('h1')?.text).toContain('Editor Test Announcement');
    // The editor is not part of the public site.
    expect(existsSync(join(outDir, 'editor'))).toBe(false);
    const closing = page('lowongan/petugas-uji-penyunting').querySelector('[data-closes]')?.getAttribute('data-closes');
    expect(closing).toBe(new Date('2025-09-21T23:59:59+07:00').toISOString());
  });
});

describeInChromium('the hosted editor as npm run build:editor writes it', () => {
  const browser = useChromium();

  test('opens at /editor/ under its own headers, asking editors to sign in with GitHub, with no configuration error or policy violation', { timeout: 120_000 }, async () => {
    const outDir = join(project, 'dist-editor');
    const built = npmRun('build:editor', [`--outDir=${outDir}`]);
    expect(built.status, built.stderr).toBe(0);
    // The headers file as a _headers host reads it: a path, then its headers indented below.
    const headers = readFileSync(join(outDir, '_headers'), 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('  '))
      .map((line) => line.trim().split(/: (.*)/s).slice(0, 2) as [string, string]);
    expect(headers.map(([name]) => name)).toContain('Content-Security-Policy');
    const server = await startStaticServer(outDir, { headers });
    const hosted = await browser().newContext();
    try {
      const tab = await hosted.newPage();
      const violations: string[] = [];
      tab.on('console', (message) => {
        if (/Content Security Policy|Config Errors/i.test(message.text())) violations.push(message.text());
      });
      const response = await tab.goto(`${server.url}/editor/`);
      expect(response?.headers()['content-security-policy']).toContain("connect-src 'self' https://api.github.com");
      await tab.getByRole('button', { name: 'Masuk dengan GitHub' }).waitFor();
      expect(await tab.getByText('Kesalahan pengaturan').count()).toBe(0);
      expect(violations).toEqual([]);
    } finally {
      await hosted.close();
      await server.close();
    }
  });
});
