import { claimUrl } from './claims.ts';

/**
 * Where this site is published, and the agency's own site: both are claims in the register
 * (src/config/claims.ts), read here so canonical URLs, hreflang links, the sitemap, share links and
 * structured data all take them from there. The site's host is not yet confirmed (content/README.md).
 */
export const siteUrl = claimUrl('this-site');

/** The agency itself, for structured data. Its official channels are in content/channels. */
export const agency = {
  name: 'BPJS Ketenagakerjaan',
  website: claimUrl('agency-website'),
} as const;

/** The recruitment portal, as named in the register: the share text and the apply panel point readers to it. */
export const recruitmentPortal = claimUrl('recruitment-portal');
