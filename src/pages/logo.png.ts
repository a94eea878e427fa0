import { Resvg } from '@resvg/resvg-js';
import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A raster copy of the favicon: search engines want a PNG logo for the hiring organisation. */
export const GET: APIRoute = () => {
  const svg = readFileSync(join(process.cwd(), 'public', 'favicon.svg'), 'utf8');
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: 512 } }).render().asPng();
  return new Response(Uint8Array.from(png), { headers: { 'Content-Type': 'image/png' } });
};
