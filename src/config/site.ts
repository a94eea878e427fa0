/**
 * Where this site is published. Set once here; canonical URLs, hreflang links and the sitemap are
 * built from it. The host must be confirmed with the agency before launch (see content/README.md).
 */
export const siteUrl = 'https://karier.bpjsketenagakerjaan.go.id';

/** The agency itself, for structured data. Its official channels are in content/channels. */
export const agency = {
  name: 'BPJS Ketenagakerjaan',
  website: 'https://www.bpjsketenagakerjaan.go.id',
} as const;
