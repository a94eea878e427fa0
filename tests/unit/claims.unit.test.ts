import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { claimEntries, claimForUrl, claims, claimText, isSourcedClaim } from '../../src/config/claims.ts';
import { siteUrl } from '../../src/config/site.ts';
import { dictionaries } from '../../src/i18n/translate.ts';
import { siteContentFiles } from '../../src/lib/content/files.ts';
import { unconfirmedClaimWarnings } from '../../src/lib/contentCheck/claims.ts';

/*
 * The claims register (src/config/claims.ts) and what depends on it: no agency policy outside it,
 * every official channel in it, and the editor guide's list of what to confirm in step with it.
 */

const projectRoot = join(import.meta.dirname, '..', '..');
const contentRoots = ['content', 'tests/fixtures/site'].map((root) => join(projectRoot, root));

/** Every published content file under `root`, of one collection or of all, as the site reads them. */
function contentFiles(root: string, collection?: string): string[] {
  return siteContentFiles(root)
    .filter((file) => collection === undefined || file.collection === collection)
    .map((file) => file.absolutePath);
}

/** Words that state what the agency never does: only a claim, with its source, may say that. */
const neverWords = /\b(tidak pernah|never)\b/i;

describe('the claims register', () => {
  test('gives each claim its words in both languages', () => {
    for (const [id, claim] of claimEntries) {
      expect(claim.words.id.trim(), id).not.toBe('');
      expect(claim.words.en.trim(), id).not.toBe('');
      expect(claim.words.id, id).not.toBe(claim.words.en);
    }
  });

  test('cites a public statement by its address, its date and its words', () => {
    const statements = claimEntries.flatMap(([, claim]) => (claim.source?.kind === 'statement' ? [claim.source] : []));
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) {
      expect(new URL(statement.url).protocol).toBe('https:');
      expect(statement.date).toMatch(/\b(19|20)\d\d\b/);
      expect(statement.quote.trim()).not.toBe('');
    }
  });

  test('counts only the announcement as the agency\'s confirmation', () => {
    for (const [id, claim] of claimEntries) {
      if (claim.confirmed) expect(claim.source?.kind, id).toBe('announcement');
      else expect(claim.toConfirm, id).toBeDefined();
    }
  });

  test('fills in the address a claim names, in both languages', () => {
    expect(claimText('recruitment-portal', 'id')).toContain('rekrutmen.bpjsketenagakerjaan.go.id');
    expect(claimText('recruitment-portal', 'en')).toContain('rekrutmen.bpjsketenagakerjaan.go.id');
    expect(claimText('agency-website', 'en')).toContain('www.bpjsketenagakerjaan.go.id');
    for (const locale of ['id', 'en'] as const) for (const [id] of claimEntries) expect(claimText(id, locale)).not.toContain('{');
  });

  test('lets a page show a claim only when it is registered with a source', () => {
    expect(isSourcedClaim('free-of-charge')).toBe(true);
    expect(isSourcedClaim('this-site')).toBe(false);
    expect(isSourcedClaim('never-whatsapp')).toBe(false);
    expect(isSourcedClaim('toString')).toBe(false);
  });

  test('is where the site takes its own address from', () => {
    expect(siteUrl).toBe(claims['this-site'].url);
  });
});

describe('statements of agency policy', () => {
  test('say "tidak pernah" or "never" in no interface text: such a sentence belongs in the claims register', () => {
    const offending = Object.entries(dictionaries).flatMap(([locale, dictionary]) =>
      Object.entries(dictionary).flatMap(([key, text]) => (neverWords.test(text) ? [`${locale} ${key}: ${text}`] : [])),
    );
    expect(offending).toEqual([]);
  });

  test.each(contentRoots)('say "tidak pernah" or "never" in no content file under %s', (root) => {
    const offending = contentFiles(root).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, index) => (neverWords.test(line) ? [`${relative(projectRoot, file)}:${index + 1}: ${line}`] : [])),
    );
    expect(offending).toEqual([]);
  });

  test.each(contentRoots)('name as official channels under %s only addresses the register gives a source', (root) => {
    const channels = contentFiles(root, 'channels');
    expect(channels.length).toBeGreaterThan(0);
    for (const file of channels) {
      const { url } = parseYaml(readFileSync(file, 'utf8')) as { url: string };
      const claim = claimForUrl(url);
      expect(claim, file).toBeDefined();
      expect(isSourcedClaim(claim ?? ''), file).toBe(true);
    }
  });
});

describe('the editor guide\'s list of what to confirm', () => {
  const guide = readFileSync(join(projectRoot, 'content', 'README.md'), 'utf8');
  const section = guide.slice(guide.indexOf('## Yang harus dipastikan setiap kampanye'));
  const list = section.slice(0, section.indexOf('\n## ', 1));
  const items = list.split(/\n(?=\d+\. )/).filter((item) => /^\d+\. \*\*/.test(item));
  const claimItems = items.filter((item) => item.includes('src/config/claims.ts'));

  test('has an item, naming the register, for every claim not yet confirmed and for no other', () => {
    const titles = claimItems.map((item) => /^\d+\. \*\*(.+?)\*\*/.exec(item)?.[1]);
    const unconfirmed = new Set(claimEntries.flatMap(([, claim]) => (claim.confirmed ? [] : [claim.toConfirm])));
    expect(new Set(titles)).toEqual(unconfirmed);
  });

  test('names in each such item the claims it covers, by id', () => {
    for (const [id, claim] of claimEntries) {
      if (claim.confirmed) continue;
      const item = claimItems.find((candidate) => candidate.includes(`**${claim.toConfirm}**`)) ?? '';
      expect(item, id).toContain(`\`${id}\``);
    }
  });

  test('is what npm run check:content warns about, one warning per claim', () => {
    const warned = unconfirmedClaimWarnings().map(({ field }) => field);
    expect(warned).toEqual(claimEntries.filter(([, claim]) => !claim.confirmed).map(([id]) => id));
    for (const { message } of unconfirmedClaimWarnings()) expect(message).toContain('content/README.md');
  });
});
