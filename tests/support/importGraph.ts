import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/*
 * Which of the project's own modules each module of a folder loads when it runs, read by
 * TypeScript's parser: `import … from`, `export … from` and `import('…')`, but not `import type`
 * or `export type … from`, which TypeScript erases. An `.astro` file is read as its frontmatter
 * and its `<script>` elements.
 */

/** A module and the project files it loads, each as a path relative to the project with forward slashes. */
export interface ModuleImports {
  file: string;
  imports: string[];
}

/** The specifiers a module's code loads at run time: static and dynamic imports and re-exports, without type-only ones. */
export function runtimeSpecifiers(code: string): string[] {
  const source = ts.createSourceFile('module.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const specifiers: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && node.importClause?.phaseModifier !== ts.SyntaxKind.TypeKeyword && ts.isStringLiteral(node.moduleSpecifier)) {
      specifiers.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && !node.isTypeOnly && node.moduleSpecifier !== undefined && ts.isStringLiteral(node.moduleSpecifier)) {
      specifiers.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument !== undefined && ts.isStringLiteralLike(argument)) specifiers.push(argument.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return specifiers;
}

/** The code of an `.astro` file that runs: its frontmatter and its scripts. */
export function astroCode(text: string): string {
  const frontmatter = /^\s*---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
  return [frontmatter, ...scripts].join('\n');
}

/** The project file a relative specifier names, or undefined for a package or a file that is not a module (CSS, JSON). */
function resolvedModule(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const path = resolve(dirname(from), specifier.replace(/\?.*$/, ''));
  const candidates = [path, `${path}.ts`, join(path, 'index.ts')];
  return candidates.find((candidate) => /\.(ts|astro)$/.test(candidate) && existsSync(candidate) && statSync(candidate).isFile());
}

function modulesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((name) => join(folder, name))
    .filter((path) => /\.(ts|astro)$/.test(path) && !path.endsWith('.d.ts') && statSync(path).isFile())
    .sort();
}

/** Every module under `folder` with the project modules it loads, paths relative to `projectRoot`. */
export function importGraph(projectRoot: string, folder: string): ModuleImports[] {
  const shown = (path: string) => relative(projectRoot, path).split(sep).join('/');
  return modulesUnder(join(projectRoot, folder)).map((path) => {
    const text = readFileSync(path, 'utf8');
    const code = path.endsWith('.astro') ? astroCode(text) : text;
    const imports = runtimeSpecifiers(code).flatMap((specifier) => {
      const target = resolvedModule(path, specifier);
      return target === undefined ? [] : [shown(target)];
    });
    return { file: shown(path), imports: [...new Set(imports)] };
  });
}

/** Each import loop once, as the files around it, the first repeated at the end: `a.ts → b.ts → a.ts`. */
export function importLoops(graph: readonly ModuleImports[]): string[][] {
  const importsOf = new Map(graph.map(({ file, imports }) => [file, imports]));
  const done = new Set<string>();
  const loops: string[][] = [];
  const walk = (file: string, path: readonly string[]): void => {
    const open = path.indexOf(file);
    if (open >= 0) {
      loops.push([...path.slice(open), file]);
      return;
    }
    if (done.has(file)) return;
    for (const next of importsOf.get(file) ?? []) walk(next, [...path, file]);
    done.add(file);
  };
  for (const { file } of graph) walk(file, []);
  return loops;
}
