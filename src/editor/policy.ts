/*
 * The browser editor's own Content-Security-Policy, apart from the public site's
 * (src/lib/security/headers.ts), which stays as strict as it is. Decap CMS needs more than a page
 * for readers: it compiles its configuration's schema with `new Function` ('unsafe-eval'), styles
 * its screens with inline <style> (emotion), and shows pictures from blob: and data: addresses.
 * It loads nothing from another host: its code comes from node_modules and is served beside it.
 * `connect` names where it saves: the local server's own origin, or the Git host's API once hosted.
 */
export function editorContentSecurityPolicy(connect: readonly string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self' ${connect.join(' ')}`.trim(),
    "frame-src 'self' blob:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * The other headers the editor is served with: never framed, never indexed, and always checked
 * with the host before a cached copy is used (`no-cache`), so an editor never works with an old
 * configuration while Decap's 5 MB of code is not downloaded again when it has not changed.
 */
export const editorHeaders: Readonly<Record<string, string>> = {
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-cache',
  'X-Robots-Tag': 'noindex, nofollow',
};

/** Where the hosted editor talks to its Git host: GitHub's API, and the sign-in service when one is set. */
export function hostedConnectSources(backend: { name: string; base_url?: string; api_root?: string }): string[] {
  const sources = backend.name === 'github' ? [backend.api_root ?? 'https://api.github.com'] : backend.api_root === undefined ? [] : [backend.api_root];
  if (backend.base_url !== undefined) sources.push(backend.base_url);
  return sources.map((url) => new URL(url).origin);
}
