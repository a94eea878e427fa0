import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { parse, stringify } from 'yaml';
import { editorConfigText, type EditorBackend } from '../../src/editor/config.ts';
import { readGuideHelp } from '../../src/editor/fieldHelp.ts';
import { contentFolder } from '../../src/lib/content/schemas.ts';

/*
 * The browser editor's files: its configuration (made by `npm run editor:config`, kept in
 * src/editor/config.yml), and the folder a browser loads (index.html, our editor.js bundled from
 * src/editor/main.ts, Decap CMS's own files copied from node_modules, config.yml), for `npm run
 * edit`, the editor's test and a hosted deployment.
 */

const require = createRequire(import.meta.url);

/** This project: the editor's code and configuration are its own, whichever folder of content it edits. */
const codeRoot = fileURLToPath(new URL('../../', import.meta.url));

export function editorConfigFile(projectRoot: string): string {
  return join(projectRoot, 'src', 'editor', 'config.yml');
}

/** src/config/editor.json: where the hosted editor saves. */
export function readEditorSettings(projectRoot: string): { backend: EditorBackend } {
  return JSON.parse(readFileSync(join(projectRoot, 'src', 'config', 'editor.json'), 'utf8')) as { backend: EditorBackend };
}

/** The configuration as the project's schemas, guide and editor settings make it today. */
export function editorConfigFromProject(projectRoot: string): string {
  const guide = readGuideHelp(readFileSync(join(projectRoot, contentFolder, 'README.md'), 'utf8'));
  return editorConfigText(guide, readEditorSettings(projectRoot).backend);
}

/** Decap's folder in node_modules: decap-cms.js and the parts it loads when it needs them. */
function decapDistFolder(): string {
  return join(dirname(require.resolve('decap-cms/package.json')), 'dist');
}

const indexHtml = `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Penyunting Konten · Rekrutmen BPJS Ketenagakerjaan</title>
</head>
<body>
<script src="editor.js"></script>
<script src="decap-cms.js"></script>
</body>
</html>
`;

export interface EditorFolderOptions {
  /**
   * The local server's API (`http://localhost:4322/api/v1`): Decap then saves through it to the
   * files on this computer, straight away (a pull request is the review), instead of to GitHub.
   */
  localApi?: string;
}

/** Writes the folder a browser loads as the editor into `outDir`; returns the bytes of each file. */
export async function writeEditorFolder(outDir: string, options: EditorFolderOptions = {}): Promise<Record<string, number>> {
  mkdirSync(outDir, { recursive: true });
  const config = parse(readFileSync(editorConfigFile(codeRoot), 'utf8')) as Record<string, unknown>;
  if (options.localApi !== undefined) {
    config['local_backend'] = { url: options.localApi };
    config['publish_mode'] = 'simple';
  }
  writeFileSync(join(outDir, 'config.yml'), stringify(config, { lineWidth: 0, aliasDuplicateObjects: false }));
  writeFileSync(join(outDir, 'index.html'), indexHtml);
  await build({
    entryPoints: [join(codeRoot, 'src', 'editor', 'main.ts')],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2020',
    outfile: join(outDir, 'editor.js'),
    logLevel: 'silent',
  });
  const decap = decapDistFolder();
  for (const name of readdirSync(decap)) {
    if (/^(\d+\.)?decap-cms\.js$|\.wasm$/.test(name)) copyFileSync(join(decap, name), join(outDir, name));
  }
  return Object.fromEntries(readdirSync(outDir).map((name) => [name, readFileSync(join(outDir, name)).length]));
}
