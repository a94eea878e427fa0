import { readFileSync, writeFileSync } from 'node:fs';
import { editorConfigFile, editorConfigFromProject } from './support/editorFiles.ts';

/*
 * `npm run editor:config`: writes the browser editor's configuration (src/editor/config.yml) from
 * the content schemas, the editor guide's field tables and src/config/editor.json. Run it after
 * changing any of them; `npm test` fails while the file is behind.
 */
const text = editorConfigFromProject(process.cwd());
const before = readFileSync(editorConfigFile(process.cwd()), { encoding: 'utf8', flag: 'a+' });
writeFileSync(editorConfigFile(process.cwd()), text);
console.log(before === text ? 'src/editor/config.yml sudah mutakhir / is up to date' : 'src/editor/config.yml ditulis ulang / rewritten');
