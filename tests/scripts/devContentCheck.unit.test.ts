import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { contentCheck } from '../../src/integrations/contentCheck.ts';
import { contentFixtures, contentSet, removeContentSets } from '../support/contentFixtures.ts';
import { testRepository } from '../support/gitRepository.ts';
import { npmRun } from '../support/npmRun.ts';

/*
 * The content check in `npm run dev` (src/integrations/contentCheck.ts), its server hook called with
 * a stand-in for Astro's dev server and logger. An editor's repository has a translation behind its
 * original and an announcement dated a season ahead: the check's two kinds of warning, which must
 * reach the dev server's terminal as `npm run check:content` prints them.
 */
const work = mkdtempSync(join(tmpdir(), 'dev-content-check-'));
const repo = testRepository(join(work, 'site'));
const root = join(repo.root, 'content');
const day = 24 * 3_600_000;

/** `2026-12-26T08:00:00+07:00`: an instant in WIB, as editors write them. */
function wib(instant: number): string {
  return `${new Date(instant + 7 * 3_600_000).toISOString().slice(0, 19)}+07:00`;
}

/** The fault set's announcement in both languages, published `days` from the real time (the check's clock). */
function dateAnnouncement(contentFolder: string, days: number): void {
  for (const locale of ['id', 'en']) {
    const text = readFileSync(join(contentFixtures, 'faults', 'announcement-years-ahead', 'announcements', locale, 'pengumuman-uji.md'), 'utf8');
    mkdirSync(join(contentFolder, 'announcements', locale), { recursive: true });
    writeFileSync(join(contentFolder, 'announcements', locale, 'pengumuman-uji.md'), text.replace(/^published: .*$/m, `published: "${wib(Date.now() + days * day)}"`));
  }
}

type ServerSetup = NonNullable<AstroIntegration['hooks']['astro:server:setup']>;

/** The dev server's start for the content folder `folder`: what it logged, sent to the browser, and its file watcher. */
async function startDevServer(folder: string) {
  vi.stubEnv('CONTENT_ROOT', folder);
  const logged: { level: 'info' | 'warn' | 'error'; message: string }[] = [];
  const log = (level: 'info' | 'warn' | 'error') => (message: string) => logged.push({ level, message });
  const sent: unknown[] = [];
  const watchers: ((event: string, path: string) => void)[] = [];
  const server = {
    hot: { send: (payload: unknown) => sent.push(payload) },
    watcher: { add: () => undefined, on: (_event: string, listener: (event: string, path: string) => void) => watchers.push(listener) },
    ws: { on: () => undefined },
  };
  const logger = { info: log('info'), warn: log('warn'), error: log('error'), debug: () => undefined };
  const setup = contentCheck().hooks['astro:server:setup'] as ServerSetup;
  await setup({ server, logger } as unknown as Parameters<ServerSetup>[0]);
  /** An editor saves `path`; the check runs once the editor's tool is done saving. */
  const save = (path: string) => {
    for (const watcher of watchers) watcher('change', path);
    vi.advanceTimersByTime(200);
  };
  return { logged, sent, save };
}

beforeAll(() => {
  cpSync(join(contentFixtures, 'valid'), root, { recursive: true });
  dateAnnouncement(root, 120);
  repo.commit('Content in both languages', '2026-03-01T10:00:00+07:00');
  const original = join(root, 'positions', 'id', 'posisi-uji.md');
  writeFileSync(original, `${readFileSync(original, 'utf8')}\nKalimat yang ditambahkan sebagai koreksi mendesak.\n`);
  repo.commit('Urgent correction of the Indonesian position', '2026-03-02T10:00:00+07:00');
});

afterEach(() => {
  vi.unstubAllEnvs();
  vi.useRealTimers();
});

afterAll(() => {
  removeContentSets();
  rmSync(work, { recursive: true, force: true });
});

describe('the content check in npm run dev', () => {
  test('prints the warnings when the server starts, as npm run check:content prints them', async () => {
    const { logged, sent } = await startDevServer(root);
    expect(logged.map(({ level }) => level)).toEqual(['warn']);
    const report = logged[0]?.message ?? '';
    expect(report).toMatch(/^.*\/positions\/en\/posisi-uji\.md {2}\(terjemahan\) {2}peringatan: terjemahan ini mungkin tertinggal.* \/ /m);
    for (const locale of ['id', 'en']) {
      expect(report).toMatch(new RegExp(`^.*/announcements/${locale}/pengumuman-uji\\.md:\\d+ {2}published {2}peringatan: .* / warning: `, 'm'));
    }
    expect(report).toContain('3 peringatan di atas tidak menghentikan pembangunan situs');
    // check:content prints the agency's unconfirmed claims first, then the same report.
    const check = npmRun('check:content', [], { CONTENT_ROOT: root });
    expect(check.status).toBe(0);
    expect(check.stdout.trimEnd().endsWith(report.trim())).toBe(true);
    expect(sent).toEqual([]);
  });

  test('prints nothing when the server starts on content without problems or warnings', async () => {
    const { logged, sent } = await startDevServer(contentSet());
    expect(logged).toEqual([]);
    expect(sent).toEqual([]);
  });

  test.each([
    ['a field of the wrong type', 'wrong-type', /programmes\/en\/jkk\.md:\d+ {2}order {2}harus berupa angka/],
    ['a data block that is not YAML', 'broken-yaml', /\.md:\d+ {2}\(berkas\) {2}/],
  ])('stops the server before Astro reads %s, with the check’s report and no stack trace', async (_name, fault, line) => {
    const error = await startDevServer(contentSet(fault)).then(() => undefined, (reason: unknown) => reason);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: 'ContentCheck', stack: '' });
    expect((error as Error).message).toMatch(line);
    expect((error as Error).message).toMatch(/Pratinjau tidak dapat dimulai.* \/ The preview cannot start/);
  });

  test('keeps the server for the overlay when Astro can read every file, printing the problems', async () => {
    const { logged } = await startDevServer(contentSet('unknown-campaign'));
    expect(logged.map(({ level }) => level)).toEqual(['error']);
    expect(logged[0]?.message).toMatch(/ {2}campaign {2}kampanye ".*" tidak ada di /);
  });

  test('prints the warnings again only when a save changes them', async () => {
    vi.useFakeTimers();
    const folder = contentSet();
    dateAnnouncement(folder, 120);
    const { logged, save } = await startDevServer(folder);
    expect(logged.map(({ level }) => level)).toEqual(['warn']);

    save(join(folder, 'positions', 'id', 'posisi-uji.md'));
    expect(logged).toHaveLength(1);

    dateAnnouncement(folder, 10);
    save(join(folder, 'announcements', 'id', 'pengumuman-uji.md'));
    expect(logged.map(({ level }) => level)).toEqual(['warn', 'info']);
    expect(logged[1]?.message).not.toContain('published');
  });
});
