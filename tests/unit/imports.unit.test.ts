import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { astroCode, importGraph, importLoops, runtimeSpecifiers } from '../support/importGraph.ts';
import { projectRoot } from '../support/sites.ts';

/*
 * How src/'s modules load one another: no module needs itself, through others, to load, and a
 * feature folder with a front door is entered only by it.
 */

/** The content check's front doors, each with whom it is for; its other files are its own. */
const contentCheckFrontDoors: Record<string, string> = {
  'src/lib/contentCheck/checkContent.ts': 'the editors’ whole check and its report: the scripts, `npm run dev`, the tests',
  'src/lib/contentCheck/buildGuards.ts': 'what the site’s build refuses with the check’s messages: the data layer, the build’s start',
  'src/lib/contentCheck/scamText.ts': 'what content may not say, which the output check also reads built pages for',
  'src/lib/contentCheck/entryCheck.ts': 'one file’s data block, checked in the browser editor’s page before a save (src/editor/)',
};

describe('reading a module’s imports', () => {
  test('finds static imports, re-exports and dynamic imports, and skips those TypeScript erases', () => {
    const code = [
      "import { a } from './a.ts';",
      "import b from './b.ts';",
      "import './c.ts';",
      "import { type D, e } from './e.ts';",
      "import type { F } from './f.ts';",
      "export { g } from './g.ts';",
      "export * from './h.ts';",
      "export type { I } from './i.ts';",
      "const j = await import('./j.ts');",
      "const text = 'import { k } from \"./k.ts\"';",
    ].join('\n');
    expect(runtimeSpecifiers(code)).toEqual(['./a.ts', './b.ts', './c.ts', './e.ts', './g.ts', './h.ts', './j.ts']);
  });

  test('reads an Astro component’s frontmatter and scripts, not its markup', () => {
    const component = "---\nimport A from './A.astro';\n---\n<p>import x from './x.ts'</p>\n<script>\nimport { b } from './b.ts';\n</script>\n";
    expect(runtimeSpecifiers(astroCode(component))).toEqual(['./A.astro', './b.ts']);
  });

  test('names each loop by its files, the first repeated at the end', () => {
    const graph = [
      { file: 'a.ts', imports: ['b.ts'] },
      { file: 'b.ts', imports: ['c.ts'] },
      { file: 'c.ts', imports: ['a.ts', 'd.ts'] },
      { file: 'd.ts', imports: [] },
    ];
    expect(importLoops(graph)).toEqual([['a.ts', 'b.ts', 'c.ts', 'a.ts']]);
  });
});

const graph = importGraph(projectRoot, 'src');

describe('the modules under src/', () => {
  test('are all read, with the project modules they import', () => {
    expect(graph.find(({ file }) => file === 'src/lib/links/lookalike.ts')?.imports).toContain('src/lib/links/confusables.ts');
    expect(graph.some(({ file }) => file.endsWith('.astro'))).toBe(true);
  });

  test('form no import loop', () => {
    const loops = importLoops(graph).map((loop) => loop.join(' → '));
    expect(loops, `import loops:\n${loops.join('\n')}`).toEqual([]);
  });
});

/** The feature a module of src/lib belongs to: its folder, or the file itself at the top. */
function featureOf(file: string): string | undefined {
  const [, feature] = /^src\/lib\/([^/]+)/.exec(file) ?? [];
  return feature;
}

describe('the feature folders of src/lib/', () => {
  test('depend on one another without a loop, so each can be read from the bottom up', () => {
    const features = new Map<string, Set<string>>();
    for (const { file, imports } of graph) {
      const from = featureOf(file);
      if (from === undefined) continue;
      const targets = features.get(from) ?? new Set<string>();
      for (const target of imports.map(featureOf)) if (target !== undefined && target !== from) targets.add(target);
      features.set(from, targets);
    }
    const loops = importLoops([...features].map(([file, targets]) => ({ file, imports: [...targets] }))).map((loop) => loop.join(' → '));
    expect(loops, `folder loops:\n${loops.join('\n')}`).toEqual([]);
  });

  test('are at most 15 entries, each a feature', () => {
    expect(readdirSync(join(projectRoot, 'src', 'lib')).length).toBeLessThanOrEqual(15);
  });

  test('each say in a README what they are for and what they may import', () => {
    const folders = readdirSync(join(projectRoot, 'src', 'lib'), { withFileTypes: true }).filter((entry) => entry.isDirectory());
    const silent = folders.filter(({ name }) => !/may import|imports nothing/i.test(readme(join('src', 'lib', name))));
    expect(silent.map(({ name }) => name)).toEqual([]);
  });
});

function readme(folder: string): string {
  const path = join(projectRoot, folder, 'README.md');
  return existsSync(path) ? readFileSync(path, 'utf8') : '';
}

describe('the content check', () => {
  test('is entered from src/ and scripts/ only by its front doors', () => {
    const outside = [...graph, ...importGraph(projectRoot, 'scripts')].filter(
      ({ file }) => !file.startsWith('src/lib/contentCheck/'),
    );
    const intrusions = outside.flatMap(({ file, imports }) =>
      imports
        .filter((target) => target.startsWith('src/lib/contentCheck/') && contentCheckFrontDoors[target] === undefined)
        .map((target) => `${file} → ${target}`),
    );
    expect(intrusions, `front doors: ${Object.keys(contentCheckFrontDoors).join(', ')}`).toEqual([]);
  });
});

describe('the npm commands under scripts/', () => {
  // The tests may use what the commands use (scripts/support/), never the other way round: a
  // command that loads the tests' helpers breaks when a test changes them, and ships test code.
  test('never load a module of the tests', () => {
    const intoTests = importGraph(projectRoot, 'scripts').flatMap(({ file, imports }) =>
      imports.filter((target) => target.startsWith('tests/')).map((target) => `${file} → ${target}`),
    );
    expect(importGraph(projectRoot, 'scripts').map(({ file }) => file)).toContain('scripts/bench.ts');
    expect(intoTests).toEqual([]);
  });
});
