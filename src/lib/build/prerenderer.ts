import type { AstroPrerenderer } from 'astro';
import { isCheckedFile } from '../outputCheck/shippedFiles.ts';
import { writtenFileOf } from '../paths/builtFiles.ts';
import type { BuildWorker } from './client.ts';

/*
 * Astro's own prerenderer, with the build's worker beside it (client.ts): as soon as Astro has
 * written a page, feed or calendar, the worker reads it from the disk and checks it, while Astro
 * renders the next. Nothing of the page passes between the threads but its name, found from the
 * requested address by the one address ↔ built file rule (builtAddresses.ts).
 */

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
      // A wrong guess of the file costs only time: it is then checked at the end instead.
      const file = writtenFileOf(new URL(request.url).pathname, options.routeData.type);
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
