import { editorText } from '../src/lib/editorMessages.ts';
import { startAstro } from './runAstro.ts';
import { siteClockFromCommandLine } from './siteClock.ts';
import { startEditorServer } from './support/editorServer.ts';

/*
 * `npm run edit`: the browser editor and the site's preview together, on this computer. The
 * editor (http://localhost:4322/editor/) saves straight into content/, after the content check
 * has passed what it saves; the preview (`npm run dev`, http://localhost:4321/) shows the result a
 * moment later. Publishing is still a commit and a pull request (content/README.md). Ctrl+C stops both.
 * `--port=<n>` moves the editor; `--no-preview` starts the editor alone; `--as-of=<date>` previews
 * the site as of that day, as `npm run dev` does. The preview is Astro's own process, started here
 * and stopped with the editor, so that no preview outlives it.
 */
const { args, env } = siteClockFromCommandLine(process.argv.slice(2));
const port = Number(args.find((arg) => arg.startsWith('--port='))?.slice('--port='.length) ?? 4322);
const withPreview = !args.includes('--no-preview');

const editor = await startEditorServer({ projectRoot: process.cwd(), port }).catch((error: unknown) => {
  const busy = (error as { code?: string }).code === 'EADDRINUSE';
  console.error(busy ? editorText('editorPortBusy', { port }) : String(error));
  process.exit(1);
});
const preview = withPreview ? startAstro(['dev'], env) : undefined;
console.log(`\n${editorText('editorReady', { editor: editor.url })}\n`);

function stop(): void {
  preview?.kill('SIGINT');
  void editor.close().then(() => process.exit(0));
}
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
preview?.once('exit', (code) => {
  if (code !== 0 && code !== null) console.error(`astro dev: ${code}`);
});
