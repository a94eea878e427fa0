import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { projectRoot } from '../support/sites.ts';

/** CODEOWNERS's rules as [pattern, owners], comments and blank lines left out. */
const rules = readFileSync(join(projectRoot, 'CODEOWNERS'), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '' && !line.startsWith('#'))
  .map((line) => line.split(/\s+/));

describe('CODEOWNERS', () => {
  test.each([
    ['src/config/link-policy.json', '/src/config/'],
    ['.ci/run', '/.ci/'],
    ['CODEOWNERS', '/CODEOWNERS'],
  ])('gives %s to the developers, as a path and as a regular expression', (file, path) => {
    const owners = (pattern: string | undefined) => rules.find(([rule]) => rule === pattern)?.slice(1);
    expect(owners(path)).toEqual(['@bpjstk-rekrutmen/developers']);
    // Gitea anchors each rule at both ends of the path.
    const regexpRules = rules.filter(([rule]) => !rule?.startsWith('/') && new RegExp(`^${rule}$`).test(file));
    expect(regexpRules.map((rule) => rule.slice(1))).toEqual([['@bpjstk-rekrutmen/developers']]);
  });

  test('leaves content/ to the editors', () => {
    expect(rules.filter(([rule]) => /content|^\*/.test(rule ?? ''))).toEqual([]);
  });
});
