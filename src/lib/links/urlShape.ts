/*
 * The shape of an address as a browser reads it, before anything is known about its host: shared
 * by the link policy (officialUrl.ts), the sanitizer (contentHtml.ts) and the output check.
 */

/**
 * The address as a browser reads it (WHATWG URL): without leading and trailing control characters
 * and spaces, and without tabs and newlines anywhere.
 */
export function browserReading(value: string): string {
  return value.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
}

/**
 * The lower-case scheme (`https`, `javascript`), or undefined for a path, query or fragment. Control
 * characters and spaces inside the scheme are ignored (`java\0script:`, `java script:`): some
 * browsers did, and nothing legitimate has them.
 */
export function schemeOf(value: string): string | undefined {
  const colon = value.indexOf(':');
  if (colon === -1) return undefined;
  const scheme = value
    .slice(0, colon)
    .replace(/[\u0000-\u0020\u007f]/g, '')
    .toLowerCase();
  return /^[a-z][a-z0-9+.-]*$/.test(scheme) ? scheme : undefined;
}

/** `//host`, `\\host` and `/\host` name another host: browsers read `\` as `/` in web addresses. */
export function leavesSite(value: string): boolean {
  return /^[\\/]{2}/.test(browserReading(value));
}

/** True for a path, query or fragment on this site (`/lowongan/`, `../x`, `#status`); false for anything that names a host. */
export function isSitePath(value: string): boolean {
  return schemeOf(value) === undefined && !leavesSite(value);
}
