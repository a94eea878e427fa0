import { XMLParser } from 'fast-xml-parser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { dictionaries } from '../../src/i18n/translate.ts';
import { messageCheckerScript } from '../../src/lib/messageCheck/checkerScript.ts';
import { parseHeadersFile } from '../../src/lib/security/headers.ts';
import { describeInChromium, useChromium } from '../support/browser.ts';
import { nginxIsInstalled, nginxPath, startNginx, type NginxServer } from '../support/nginx.ts';
import { siteDir } from '../support/sites.ts';
import { leadCampaign } from '../support/fixtureSite.ts';

/*
 * The open build behind nginx, configured with the snippet the README gives hosts: every sitemap
 * address answers with the shipped headers, a missing one gets the bilingual 404, the calendar file
 * is text/calendar, and the run's shared Chromium reads every page under the shipped
 * Content-Security-Policy without a single violation. nginx is this file's own server: only it
 * speaks the snippet.
 */
const root = siteDir('open');
const shippedHeaders = parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8'));
const csp = new Map(shippedHeaders).get('Content-Security-Policy');
const sitemap = new XMLParser().parse(readFileSync(join(root, 'sitemap-0.xml'), 'utf8'));
const paths = ([] as { loc: string }[]).concat(sitemap.urlset.url).map(({ loc }) => new URL(loc).pathname);

function describeWithNginx(name: string, body: () => void): void {
  if (nginxIsInstalled()) describe(name, body);
  else if (process.env['CI'] === 'true') {
    describe(name, () => test(`finds nginx at ${nginxPath}, which CI installs`, () => expect(nginxIsInstalled()).toBe(true)));
  } else {
    console.warn(`Skipping "${name}": no nginx at ${nginxPath}. Install Debian's "nginx-light" package to run it.`);
    describe.skip(name, body);
  }
}

describeWithNginx('the site behind nginx', () => {
  let server: NginxServer;
  beforeAll(async () => {
    server = await startNginx(root);
  });
  afterAll(async () => server?.close());

  test('answers 200 with the shipped security headers for every sitemap address', async () => {
    expect(paths.length).toBeGreaterThan(20);
    for (const path of paths) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toContain('text/html');
      for (const [name, value] of shippedHeaders) expect(response.headers.get(name), `${path} ${name}`).toBe(value);
    }
  });

  test('answers 404 with the bilingual page for an address that does not exist', async () => {
    const response = await fetch(`${server.url}/lowongan/tidak-ada/`);
    expect(response.status).toBe(404);
    expect(response.headers.get('Content-Security-Policy')).toBe(csp);
    const body = await response.text();
    expect(body).toContain(dictionaries.id['notFound.title']);
    expect(body).toContain(dictionaries.en['notFound.title']);
  });

  test('serves the calendar file as text/calendar', async () => {
    const response = await fetch(`${server.url}/kalender/${leadCampaign.slug}.ics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/calendar');
  });

  describeInChromium('in Chromium', () => {
    const browser = useChromium();

    test('no page breaks the Content-Security-Policy, the status script still runs, and so does the message checker', async () => {
      const context = await browser().newContext();
      const readAt = new Date(leadCampaign.closes.instant.getTime() + 2 * 3_600_000);
      await context.clock.setFixedTime(readAt);
      const violations: string[] = [];
      for (const path of paths) {
        const page = await context.newPage();
        page.on('console', (message) => {
          if (/Content Security Policy/i.test(message.text())) violations.push(`${path}: ${message.text()}`);
        });
        await page.goto(`${server.url}${path}`);
        const box = await page.evaluate(() => {
          const element = document.querySelector('[data-registration-status]');
          return element && ['data-registration-status', 'data-opens', 'data-closes'].map((name) => element.getAttribute(name) ?? '');
        });
        if (box !== null) {
          const [status, opens, closes] = box;
          const expected = readAt < new Date(opens ?? '') ? 'upcoming' : readAt > new Date(closes ?? '') ? 'closed' : 'open';
          expect(status, `${path} (the inline script moves the status to the phone's time)`).toBe(expected);
        }
        if (messageCheckerScript().pages.includes(path)) {
          // The checker shows itself only once its script has run: the CSP allowed it by its hash.
          await page.locator('[data-message-check]').waitFor({ state: 'visible' });
        }
        await page.close();
      }
      await context.close();
      expect(violations).toEqual([]);
    });
  });
});
