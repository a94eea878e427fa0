import type { AstroPrerenderer } from 'astro';
import { isCheckedFile } from '../outputCheck/shippedFiles.ts';
import type { BuildWorker } from './client.ts';

/*
 * Astro's own prerenderer, with the build's worker beside it (client.ts): as soon as Astro has
 * written a page, feed or calendar, the worker reads it from the disk and checks it, while Astro
 * renders the next. Nothing of the page passes between the threads but its name.
 */

type PathWithRoute = Awaited<ReturnType<AstroPrerenderer['getStaticPaths']>>[number];
type RouteType = PathWithRoute['route']['type'];

/** Astro's status pages, written as `404.html` rather than `404/index.html`. */
const statusPages = new Set(['/404', '/500']);

/**
 * Where Astro writes the file for a request path, under the output folder, with `build.format:
 * 'directory'` (Astro's `getOutFile`). A wrong guess costs only time: the file is then checked
 * at the end instead.
 */
export function outputFileOf(pathname: string, routeType: RouteType): string {
  const path = decodeURI(pathname);
  if (routeType === 'endpoint') return path.replace(/^\//, '');
  const page = path.replace(/\/$/, '');
  if (statusPages.has(page)) return `${page.slice(1)}.html`;
  return page === '' ? 'index.html' : `${page.slice(1)}/index.html`;
}

export function prerendererWithWorker(astro: AstroPrerenderer, startWorker: () => Promise<BuildWorker>): AstroPrerenderer {
  let worker: BuildWorker | undefined;
  /** The file the last render produced: Astro renders one path at a time and writes it before asking for the next. */
  let written: string | undefined;
  const handOver = () => {
    if (written !== undefined) worker?.checkWritten(written);
    written = undefined;
  };
  return {
    name: astro.name,
    setup: async () => {
      await astro.setup?.();
      worker = await startWorker();
    },
    getStaticPaths: () => astro.getStaticPaths(),
    render: async (request, options) => {
      // The thread starts with the first page rather than in `setup`, once Astro has loaded the
      // site's code and content: both at once made the build's highest memory peak.
      worker?.begin();
      handOver();
      const rendered = await astro.render(request, options);
      const file = outputFileOf(new URL(request.url).pathname, options.routeData.type);
      if (isCheckedFile(file)) written = file;
      return rendered;
    },
    teardown: async () => {
      handOver();
      await astro.teardown?.();
    },
    ...(astro.collectStaticImages === undefined ? {} : { collectStaticImages: astro.collectStaticImages.bind(astro) }),
  };
}
