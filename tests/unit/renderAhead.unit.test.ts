import type { AstroPrerenderer } from 'astro';
import { setImmediate as tick } from 'node:timers/promises';
import { describe, expect, test } from 'vitest';
import { requestUrlOf } from '../../src/lib/paths/builtFiles.ts';
import { renderingAhead } from '../../src/lib/build/renderAhead.ts';

type PathWithRoute = Awaited<ReturnType<AstroPrerenderer['getStaticPaths']>>[number];
type Route = PathWithRoute['route'];

const origin = 'http://localhost:4321';
const route = (type: Route['type']) => ({ type }) as Route;
const pageRoute = route('page');
const feedRoute = route('endpoint');

/** Astro's own prerenderer, reduced to what the wrapper sees: each render answers with its address. */
function fakeAstro(paths: PathWithRoute[], fails: (url: string) => boolean = () => false) {
  const started: string[] = [];
  const astro: AstroPrerenderer = {
    name: 'astro',
    getStaticPaths: async () => paths,
    render: async (request) => {
      started.push(request.url);
      await tick();
      if (fails(request.url)) throw new Error(`cannot render ${request.url}`);
      return new Response(request.url);
    },
  };
  return { astro, started };
}

/** Astro's loop: one path at a time, the body read and "written" (a turn of the event loop) before the next. */
async function generate(prerenderer: AstroPrerenderer, order?: number[], collectMetadata?: boolean) {
  const paths = await prerenderer.getStaticPaths();
  const bodies: string[] = [];
  for (const index of order ?? paths.keys()) {
    const path = paths[index] as PathWithRoute;
    const response = await prerenderer.render(new Request(requestUrlOf(path.pathname, path.route.type, origin)), { routeData: path.route, ...(collectMetadata === undefined ? {} : { collectMetadata }) });
    bodies.push(await (response as Response).text());
    await tick();
    await tick();
  }
  return bodies;
}

const sitePaths: PathWithRoute[] = [
  { pathname: '/', route: pageRoute },
  { pathname: '/lowongan/pelayanan/', route: pageRoute },
  { pathname: '/lowongan/rss.xml', route: feedRoute },
  { pathname: '/en/lowongan/pelayanan/', route: pageRoute },
  { pathname: '/404', route: pageRoute },
];
const urls = sitePaths.map(({ pathname, route: { type } }) => requestUrlOf(pathname, type, origin));

describe('rendering ahead of Astro', () => {
  test('Astro receives every page in its own order, each rendered once, all but the first ahead of its request', async () => {
    const { astro, started } = fakeAstro(sitePaths);
    const ahead = renderingAhead(astro, 2);
    expect(await generate(ahead)).toEqual(urls);
    expect(started.toSorted()).toEqual(urls.toSorted());
    expect(ahead.count()).toEqual({ ahead: sitePaths.length - 1, asked: 1 });
  });

  test('the next pages are being rendered while Astro is still writing the one before', async () => {
    const { astro, started } = fakeAstro(sitePaths);
    const ahead = renderingAhead(astro, 2);
    await ahead.getStaticPaths();
    await ahead.render(new Request(urls[0] as string), { routeData: pageRoute });
    expect(started).toEqual(urls.slice(0, 3));
  });

  test('a path Astro passes over is dropped, and the pages after it are still the right ones', async () => {
    const { astro } = fakeAstro(sitePaths);
    const ahead = renderingAhead(astro, 2);
    expect(await generate(ahead, [0, 2, 3, 4])).toEqual([urls[0], urls[2], urls[3], urls[4]]);
  });

  test('a page asked for under another route than the one guessed is rendered again, not served from the guess', async () => {
    const { astro, started } = fakeAstro(sitePaths);
    const ahead = renderingAhead(astro, 2);
    await ahead.getStaticPaths();
    await ahead.render(new Request(urls[0] as string), { routeData: pageRoute });
    const other = route('page');
    const response = (await ahead.render(new Request(urls[1] as string), { routeData: other })) as Response;
    expect(await response.text()).toBe(urls[1]);
    expect(started.filter((url) => url === urls[1])).toHaveLength(2);
    expect(ahead.count().asked).toBe(2);
  });

  test('a page that fails while rendered ahead fails when Astro asks for it, with its own error', async () => {
    const { astro } = fakeAstro(sitePaths, (url) => url === urls[1]);
    const ahead = renderingAhead(astro, 2);
    await expect(generate(ahead)).rejects.toThrow(`cannot render ${urls[1]}`);
  });

  test('a failure in a page Astro never asks for fails nothing', async () => {
    const { astro } = fakeAstro(sitePaths, (url) => url === urls[1]);
    const ahead = renderingAhead(astro, 2);
    expect(await generate(ahead, [0, 2])).toEqual([urls[0], urls[2]]);
    await tick();
  });

  test('with the incremental build cache on, nothing is rendered ahead: Astro collects what each page used', async () => {
    const { astro, started } = fakeAstro(sitePaths);
    const ahead = renderingAhead(astro, 2);
    expect(await generate(ahead, undefined, true)).toEqual(urls);
    expect(started).toEqual(urls);
    expect(ahead.count()).toEqual({ ahead: 0, asked: sitePaths.length });
  });
});
