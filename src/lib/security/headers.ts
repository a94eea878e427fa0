import { createHash } from 'node:crypto';
import { serviceWorkerPath } from '../offline/rules.ts';
import type { OwnInlineCode } from './ownInlineCode.ts';

/**
 * The site's HTTP security headers. The Content-Security-Policy allows the project's own inline
 * script and stylesheet, and its own script file, by hash (src/lib/security/ownInlineCode.ts), its service
 * worker from this site, and nothing else: CSP3 matches a hash-source against a `<script src>`
 * whose `integrity` carries the same hash. Rendered for Netlify/Cloudflare Pages (`_headers`) and
 * for nginx from the same list.
 */

/** A CSP hash source for an inline element's exact text. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

export function contentSecurityPolicy({ scripts, styles, scriptFiles }: OwnInlineCode): string {
  const sources = (texts: readonly string[]) => [...new Set(texts.map(hashSource))].sort().join(' ') || "'none'";
  return [
    "default-src 'none'",
    `script-src ${sources([...scripts, ...scriptFiles.map(({ code }) => code)])}`,
    `style-src ${sources(styles)}`,
    "img-src 'self'",
    // The service worker (/sw.js), registered by the site's own script: only a file of the site's.
    "worker-src 'self'",
    // The worker is held to the policy it is served with, and it fetches the pages it keeps: only
    // from this site. No page fetches anything itself.
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export type Header = readonly [name: string, value: string];

export function securityHeaders(csp: string): Header[] {
  return [
    ['Content-Security-Policy', csp],
    ['Strict-Transport-Security', 'max-age=31536000; includeSubDomains'],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    [
      'Permissions-Policy',
      'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()',
    ],
    ['X-Frame-Options', 'DENY'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
  ];
}

const immutableCacheControl = 'public, max-age=31536000, immutable';

/** Caching by path: `*` ends a folder's path. */
const cachingRules: readonly (readonly [path: string, cacheControl: string])[] = [
  // Files whose names change when their content does.
  ['/_astro/*', immutableCacheControl],
  ['/_checker/*', immutableCacheControl],
  // The worker's update check must reach the host: a cached worker would keep an old build's pages.
  [serviceWorkerPath, 'no-cache'],
];

/** The `_headers` file read by Netlify and Cloudflare Pages. */
export function headersFile(headers: readonly Header[]): string {
  const block = (path: string, lines: readonly Header[]) => [path, ...lines.map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return `${[
    block('/*', headers),
    ...cachingRules.map(([path, cacheControl]) => block(path, [['Cache-Control', cacheControl]])),
  ].join('\n')}\n`;
}

/** The same headers as nginx directives, for a `server { … }` block serving `dist/`. */
export function nginxSnippet(headers: readonly Header[]): string {
  const addHeaders = headers.map(([name, value]) => `add_header ${name} "${value}" always;`);
  return [
    ...addHeaders,
    'error_page 404 /404.html;',
    'location / {',
    '  try_files $uri $uri/ =404;',
    '}',
    '# Calendar files, which most mime.types lists do not name.',
    'location ~ \\.ics$ {',
    '  types { }',
    '  default_type "text/calendar; charset=utf-8";',
    '}',
    // nginx sends a location's add_header lines instead of the server's, so each repeats them.
    ...cachingRules.flatMap(([path, cacheControl]) => [
      path.endsWith('*') ? `location ${path.slice(0, -1)} {` : `location = ${path} {`,
      ...addHeaders.map((line) => `  ${line}`),
      `  add_header Cache-Control "${cacheControl}" always;`,
      '}',
    ]),
    '',
  ].join('\n');
}

/** Reads the headers back from a `_headers` file's `/*` block. */
export function parseHeadersFile(text: string): Header[] {
  const [, block = ''] = /^\/\*\n((?: {2}.+\n?)*)/m.exec(text) ?? [];
  return block
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [name = '', ...value] = line.trim().split(': ');
      return [name, value.join(': ')] as const;
    });
}
