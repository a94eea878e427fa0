import type { AstroPrerenderer } from 'astro';
import { requestUrlOf } from '../paths/builtFiles.ts';

/*
 * Astro writes each page before it asks for the next: a `mkdir` and a `writeFile`, four trips to
 * Node's file-system threads, during which the build's thread has nothing to do. Measured at
 * 1,000 positions per language, those waits were a third of the time spent generating pages.
 * This wrapper renders the next few paths while Astro waits, so the thread has work meanwhile;
 * Astro still receives the pages one by one, in its own order, and writes each as before.
 *
 * A page rendered ahead is used only when Astro then asks for exactly it (the same address and
 * route); anything else is rendered as Astro asks, so a wrong guess costs time, never a page.
 * The address Astro will request each path at is builtAddresses.ts's rule.
 */

type PathWithRoute = Awaited<ReturnType<AstroPrerenderer['getStaticPaths']>>[number];
type RenderOptions = Parameters<AstroPrerenderer['render']>[1];
type Rendered = Awaited<ReturnType<AstroPrerenderer['render']>>;

/** How many pages may be rendered before Astro asks for them: enough to cover a page's writes. */
const pagesAhead = 2;

interface Ahead {
  index: number;
  route: RenderOptions['routeData'];
  rendered: Promise<Rendered>;
}

export interface RenderAheadCount {
  /** Pages Astro received from a render started ahead of its request. */
  ahead: number;
  /** Pages rendered when Astro asked, or again because the guess was wrong. */
  asked: number;
}

export function renderingAhead(astro: AstroPrerenderer, depth = pagesAhead): AstroPrerenderer & { count: () => RenderAheadCount } {
  let paths: readonly PathWithRoute[] = [];
  const indexOfUrl = new Map<string, number>();
  const ahead = new Map<string, Ahead>();
  let origin: string | undefined;
  /** The next path to render ahead, by its place in the list. */
  let next = 0;
  const count: RenderAheadCount = { ahead: 0, asked: 0 };

  const renderAhead = () => {
    if (origin === undefined) return;
    while (ahead.size < depth && next < paths.length) {
      const index = next;
      next += 1;
      const path = paths[index];
      // Fallback and redirect routes are Astro's to decide about; only plain pages and files are guessed.
      if (path === undefined || (path.route.type !== 'page' && path.route.type !== 'endpoint')) continue;
      const url = requestUrlOf(path.pathname, path.route.type, origin);
      if (indexOfUrl.get(url) !== index || ahead.has(url)) continue;
      const rendered = astro.render(new Request(url), { routeData: path.route });
      // Held until Astro asks for it; a failure then fails that page as it would have anyway.
      rendered.catch(() => undefined);
      ahead.set(url, { index, route: path.route, rendered });
    }
  };

  return {
    name: astro.name,
    ...(astro.setup === undefined ? {} : { setup: astro.setup.bind(astro) }),
    ...(astro.teardown === undefined ? {} : { teardown: astro.teardown.bind(astro) }),
    ...(astro.collectStaticImages === undefined ? {} : { collectStaticImages: astro.collectStaticImages.bind(astro) }),
    getStaticPaths: async () => {
      const listed = await astro.getStaticPaths();
      paths = listed;
      return listed;
    },
    render: async (request, options) => {
      // The origin Astro renders at is known from its first request.
      if (origin === undefined) {
        origin = new URL(request.url).origin;
        for (const [index, path] of paths.entries()) indexOfUrl.set(requestUrlOf(path.pathname, path.route.type, origin), index);
      }
      const index = indexOfUrl.get(request.url);
      const guessed = ahead.get(request.url);
      // Paths Astro passed over (a conflict, a skipped fallback) are dropped with their renders.
      if (index !== undefined) {
        for (const [url, { index: other }] of ahead) if (other < index) ahead.delete(url);
        next = Math.max(next, index + 1);
      }
      ahead.delete(request.url);
      const usable = guessed !== undefined && guessed.route === options.routeData && options.collectMetadata !== true;
      const rendered = usable ? guessed.rendered : astro.render(request, options);
      if (usable) count.ahead += 1;
      else count.asked += 1;
      if (options.collectMetadata !== true) renderAhead();
      return rendered;
    },
    count: () => ({ ...count }),
  };
}
