import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { editorContentSecurityPolicy, editorHeaders, hostedConnectSources } from '../src/editor/policy.ts';
import { editorPath } from '../src/lib/offline/rules.ts';
import { readEditorSettings, writeEditorFolder } from './support/editorFiles.ts';

/*
 * `npm run build:editor`: the hosted browser editor, outside the public site's build, in
 * dist-editor/ (or `--outDir=<folder>`): the editor under editor/, its own headers for
 * Netlify or Cloudflare Pages (`_headers`) and for nginx (`nginx-editor.conf`). It is deployed as
 * a site of its own (content/README.md, "Menyiapkan penyuntingan di peramban"): the public site's
 * pages and their policy are not touched, and no reader's phone ever loads it.
 */
const outDir = process.argv.find((arg) => arg.startsWith('--outDir='))?.slice('--outDir='.length) ?? 'dist-editor';
rmSync(outDir, { recursive: true, force: true });
const files = await writeEditorFolder(join(outDir, editorPath));
const { backend } = readEditorSettings(process.cwd());
const headers = { 'Content-Security-Policy': editorContentSecurityPolicy(hostedConnectSources(backend)), ...editorHeaders };
writeFileSync(join(outDir, '_headers'), `${editorPath}*\n${Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`).join('\n')}\n`);
writeFileSync(
  join(outDir, 'nginx-editor.conf'),
  `location ${editorPath} {\n${Object.entries(headers).map(([name, value]) => `  add_header ${name} "${value}" always;`).join('\n')}\n}\n`,
);
const bytes = Object.values(files).reduce((sum, size) => sum + size, 0);
console.log(`${outDir}/${editorPath.slice(1)}: ${Object.keys(files).length} berkas / files, ${(bytes / 1e6).toFixed(1)} MB`);
