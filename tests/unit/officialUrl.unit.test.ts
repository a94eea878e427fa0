import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import policyFile from '../../src/config/link-policy.json' with { type: 'json' };
import { urlProblemText } from '../../src/lib/editorMessages.ts';
import { linkPolicyProblems } from '../../src/lib/contentCheck/linkPolicy.ts';
import {
  classifyAddress,
  confirmedHostProblems,
  isOfficialUrl,
  linkPolicy,
  linkProblem,
  officialHosts,
  officialUrlProblem,
  type UrlProblem,
} from '../../src/lib/links/officialUrl.ts';

describe('the link policy file', () => {
  test('is where the allowlist comes from', () => {
    expect(officialHosts).toEqual(['bpjsketenagakerjaan.go.id']);
    expect(linkPolicy.governmentSuffixes).toEqual(['go.id']);
    expect(linkPolicy.confirmedHosts).toEqual([]);
  });

  test('explains every list to the developer who edits it, in the folder\'s README', () => {
    // The file itself is data only: the message checker's page bundles it, and prose would cost every reader bytes.
    const readme = readFileSync(new URL('../../src/config/README.md', import.meta.url), 'utf8');
    for (const key of Object.keys(policyFile)) {
      const section = readme.split(`\n### \`${key}\`\n`)[1]?.split('\n#')[0] ?? '';
      expect(section.trim(), key).toMatch(/^\S+( \S+){9,}/);
    }
    expect(readme).toMatch(/developer's\s+review/);
    expect(JSON.stringify(policyFile)).not.toContain('$comment');
  });

  test.each([...linkPolicy.officialHosts, ...linkPolicy.confirmedHosts, ...linkPolicy.shorteners])(
    'writes %s as a bare lower-case host',
    (host) => {
      expect(new URL(`https://${host}`).hostname).toBe(host);
    },
  );

  test('knows the well-known link shorteners', () => {
    expect(linkPolicy.shorteners.length).toBeGreaterThanOrEqual(40);
    expect(linkPolicy.shorteners).toEqual(expect.arrayContaining(['bit.ly', 's.id', 'tinyurl.com', 'forms.gle']));
  });
});

describe('confirmed hosts in the policy file', () => {
  const confirmed = { host: 'jmo.example', source: 'https://www.bpjsketenagakerjaan.go.id/berita/jmo', date: '2026-11-25' };

  test('are all sourced, dated and, if they look like the agency, explained', () => {
    expect(confirmedHostProblems()).toEqual([]);
    expect(policyFile.confirmedHosts.hosts).toEqual([]);
  });

  test('accepts an entry with its source and date', () => {
    expect(confirmedHostProblems([confirmed])).toEqual([]);
  });

  test.each([
    ['a bare host name, as the list once was', 'jmo.example', /^harus berupa objek/],
    ['an entry without its source', { host: 'jmo.example', date: '2026-11-25' }, /^source harus berupa alamat https/],
    ['a source over plain http', { ...confirmed, source: 'http://bpjsketenagakerjaan.go.id/berita' }, /^source harus/],
    ['an entry without its date', { host: 'jmo.example', source: confirmed.source }, /^date harus berupa tanggal/],
    ['a date that is no day', { ...confirmed, date: '2026-02-30' }, /^date harus/],
    ['a host with its scheme', { ...confirmed, host: 'https://jmo.example' }, /^host harus ditulis dalam huruf kecil/],
    ['a misspelt field', { ...confirmed, lookalikeReasn: 'typo' }, /^kolom tidak dikenal: lookalikeReasn/],
    ['a look-alike host without a reason', { ...confirmed, host: 'rekrutmen-bpjsketenagakerjaan.com' }, /^aturan tiruan .* \(extra-words\)/],
    ['an empty reason', { ...confirmed, host: 'bpjstk.example', lookalikeReason: ' ' }, /^lookalikeReason harus/],
  ])('refuses %s', (_, entry, message) => {
    const problems = confirmedHostProblems([entry]);
    expect(problems.map((problem) => problem.message.id)).toEqual([expect.stringMatching(message)]);
    expect(problems[0]?.entry).toMatch(/^confirmedHosts\[0\]/);
  });

  test('accepts a look-alike host whose entry says why it is the agency\'s', () => {
    const entry = { ...confirmed, host: 'bpjstk.example', lookalikeReason: "The agency's short link domain, named in its statement." };
    expect(confirmedHostProblems([entry])).toEqual([]);
  });

  test('are refused in both languages with the file, the line and the entry', () => {
    const text = ['{', '  "confirmedHosts": {', '    "hosts": [', '      { "host": "bpjstk.example", "source": "https://x.go.id", "date": "2026-11-25" }', '    ]', '  }', '}'].join('\n');
    const problems = confirmedHostProblems([{ host: 'bpjstk.example', source: 'https://x.go.id', date: '2026-11-25' }]);
    expect(linkPolicyProblems(problems, text)).toEqual([
      {
        file: 'src/config/link-policy.json',
        line: 4,
        field: 'confirmedHosts[0] (bpjstk.example)',
        message: expect.stringMatching(/^aturan tiruan menilai host ini meniru .* \/ the look-alike rule finds that this host imitates/),
      },
    ]);
  });
});

describe('isOfficialUrl', () => {
  test.each([
    'https://rekrutmen.bpjsketenagakerjaan.go.id',
    'https://rekrutmen.bpjsketenagakerjaan.go.id/lowongan?id=1',
    'https://www.bpjsketenagakerjaan.go.id/',
    'https://bpjsketenagakerjaan.go.id',
    'https://REKRUTMEN.BPJSKetenagakerjaan.go.id',
  ])('accepts %s', (url) => {
    expect(isOfficialUrl(url)).toBe(true);
  });

  test.each([
    ['plain http', 'http://rekrutmen.bpjsketenagakerjaan.go.id'],
    ['a look-alike domain', 'https://rekrutmen-bpjsketenagakerjaan.com'],
    ['the official name as a subdomain of another host', 'https://bpjsketenagakerjaan.go.id.example.com'],
    ['a host that only ends with the same letters', 'https://fakebpjsketenagakerjaan.go.id'],
    ['another government site', 'https://peraturan.bpk.go.id'],
    ['a user name that hides the real host', 'https://bpjsketenagakerjaan.go.id@evil.example'],
    ['a URL shortener', 'https://bit.ly/bpjstk-rekrutmen'],
    ['a javascript: address', 'javascript:alert(1)'],
    ['an unusual port', 'https://rekrutmen.bpjsketenagakerjaan.go.id:8443/'],
    ['text that is not a URL', 'rekrutmen.bpjsketenagakerjaan.go.id'],
  ])('refuses %s', (_, url) => {
    expect(isOfficialUrl(url)).toBe(false);
  });
});

describe('officialUrlProblem', () => {
  test.each([
    ['plain http', 'http://rekrutmen.bpjsketenagakerjaan.go.id', 'not-https'],
    ['an e-mail address', 'mailto:rekrutmen@bpjsketenagakerjaan.go.id', 'not-https'],
    ['a look-alike domain', 'https://rekrutmen-bpjsketenagakerjaan.com', 'look-alike'],
    ['a look-alike over plain http', 'http://bpjs-ketenagakerjaan.id', 'look-alike'],
    ['the official name as a subdomain of another host', 'https://bpjsketenagakerjaan.go.id.example.com', 'look-alike'],
    ['a URL shortener', 'https://bit.ly/bpjstk-rekrutmen', 'shortener'],
    ['a WhatsApp chat', 'https://wa.me/6281234567890', 'whatsapp'],
    ['an unrelated host', 'https://example.com/lowongan', 'not-official'],
    ['a javascript: address hidden behind spaces and capitals', ' JavaScript:alert(1)', 'script-url'],
    ['a user name that hides the real host', 'https://bpjsketenagakerjaan.go.id@evil.example', 'credentials'],
    ['an unusual port', 'https://rekrutmen.bpjsketenagakerjaan.go.id:8443/', 'port'],
    ['text that is not a URL', 'rekrutmen.bpjsketenagakerjaan.go.id', 'not-a-url'],
  ])('says why it refuses %s', (_, url, kind) => {
    expect(officialUrlProblem(url)?.kind).toBe(kind);
  });

  test('names the look-alike trick', () => {
    expect(officialUrlProblem('https://bpjsketenagakerjaan.com/daftar')).toEqual({
      kind: 'look-alike',
      host: 'bpjsketenagakerjaan.com',
      reason: 'other-tld',
    });
  });
});

describe('linkProblem', () => {
  test.each([
    ['another government site', 'https://peraturan.bpk.go.id/Details/39268'],
    ['the ministry of manpower', 'https://kemnaker.go.id'],
    ['an official host', 'https://www.bpjsketenagakerjaan.go.id'],
    ['a path on this site', '/lowongan/pelayanan/'],
    ['a fragment', '#persyaratan'],
    ['a relative path', '../program/jkk/'],
    ['a path with a colon after the first slash', '/catatan/waktu:wib'],
    ['an official e-mail address', 'mailto:care@bpjsketenagakerjaan.go.id'],
    ['an official e-mail address with a subject', 'mailto:care@bpjsketenagakerjaan.go.id?subject=Pertanyaan'],
    ['a phone number', 'tel:175'],
  ])('accepts a link in the text to %s', (_, url) => {
    expect(linkProblem(url)).toBeUndefined();
  });

  test.each([
    ['a javascript: address', 'javascript:alert(1)', 'script-url'],
    ['a javascript: address in capitals', 'JAVASCRIPT:alert(1)', 'script-url'],
    ['a javascript: address split by a tab', 'java\tscript:alert(1)', 'script-url'],
    ['a javascript: address split by a newline', 'java\nscript:alert(1)', 'script-url'],
    ['a javascript: address split by a NUL', 'java\u0000script:alert(1)', 'script-url'],
    ['a javascript: address after a control character', '\u0001javascript:alert(1)', 'script-url'],
    ['a vbscript: address', 'vbscript:msgbox(1)', 'script-url'],
    ['an HTML document in a data: address', 'data:text/html,<script>alert(1)</script>', 'script-url'],
    ['an SVG picture in a data: address', 'data:image/svg+xml,<svg onload=alert(1)>', 'script-url'],
    ['a PNG picture in a data: address', 'data:image/png;base64,iVBORw0KGgo=', 'scheme-not-allowed'],
    ['an ftp: address', 'ftp://ftp.bpjsketenagakerjaan.go.id/', 'scheme-not-allowed'],
    ['a file: address', 'file:///etc/passwd', 'scheme-not-allowed'],
    ['plain http', 'http://peraturan.bpk.go.id', 'not-https'],
    ['a protocol-relative address', '//evil.example/lowongan', 'protocol-relative'],
    ['a protocol-relative address with backslashes', '\\\\evil.example', 'protocol-relative'],
    ['a protocol-relative address with a slash and a backslash', '/\\evil.example', 'protocol-relative'],
    ['a protocol-relative address with a tab inside', '/\t/evil.example', 'protocol-relative'],
    ['a protocol-relative address after spaces and a newline', ' \n//evil.example', 'protocol-relative'],
    ['a look-alike of the official host', 'https://bpjsketenagakerjaan-rekrutmen.id/daftar', 'look-alike'],
    ['a look-alike under .go.id', 'https://bpjs-ketenagakerjaan.go.id', 'look-alike'],
    ['a near-miss under .go.id', 'https://bpjsketenagakerjan.go.id', 'look-alike'],
    ['a look-alike over plain http', 'http://bpjstk-rekrutmen.com', 'look-alike'],
    ['a URL shortener', 'https://s.id/loker-bpjs', 'shortener'],
    ['a Google Forms short link', 'https://forms.gle/abc123', 'shortener'],
    ['a WhatsApp number', 'https://wa.me/6281234567890', 'whatsapp'],
    ['WhatsApp’s send-to-anyone form', 'https://wa.me/?text=Halo', 'whatsapp'],
    ['a WhatsApp API chat', 'https://api.whatsapp.com/send?phone=6281234567890', 'whatsapp'],
    ['a WhatsApp group', 'https://chat.whatsapp.com/AbCdEf123', 'whatsapp'],
    ['WhatsApp itself', 'https://whatsapp.com', 'whatsapp'],
    ['a personal e-mail address', 'mailto:rekrutmen.bpjstk@gmail.com', 'unofficial-email'],
    ['a personal address in a cc field', 'mailto:care@bpjsketenagakerjaan.go.id?cc=hr@gmail.com', 'unofficial-email'],
    [
      'a personal address after an official one',
      'mailto:care@bpjsketenagakerjaan.go.id,hr@yahoo.com',
      'unofficial-email',
    ],
    ['an e-mail address on a look-alike host', 'mailto:hr@bpjsketenagakerjaan.co.id', 'look-alike'],
    ['an unrelated site', 'https://example.com', 'not-official'],
    ['an encyclopaedia', 'https://id.wikipedia.org/wiki/BPJS_Ketenagakerjaan', 'not-official'],
    ['a user name that hides the real host', 'https://bpjsketenagakerjaan.go.id@evil.example', 'credentials'],
  ])('refuses a link in the text to %s', (_, url, kind) => {
    expect(linkProblem(url)?.kind).toBe(kind);
  });

  test('allows a host the agency confirmed, with its subdomains', () => {
    const policy = { ...linkPolicy, confirmedHosts: ['jmo.example'] };
    expect(linkProblem('https://jmo.example/unduh', policy)).toBeUndefined();
    expect(linkProblem('https://app.jmo.example/', policy)).toBeUndefined();
    expect(linkProblem('https://jmo.example/unduh')?.kind).toBe('not-official');
  });

  test('says a refused host is refused in page text', () => {
    expect(linkProblem('https://example.com')).toEqual({
      kind: 'not-official',
      host: 'example.com',
      context: 'page-text',
    });
  });
});

describe('classifyAddress', () => {
  test.each([
    ['an official address', 'https://rekrutmen.bpjsketenagakerjaan.go.id/daftar', 'official'],
    ['an official host written bare', 'www.bpjsketenagakerjaan.go.id', 'official'],
    ['a look-alike written bare', 'bpjs-tk.com/daftar', 'lookalike'],
    ['a look-alike over plain http', 'http://bpjsketenagakerjaan.co.id', 'lookalike'],
    ['a punycode look-alike', 'https://xn--bpjsketenagakerjn-74na.go.id', 'lookalike'],
    ['a shortener', 'https://bit.ly/loker-bpjstk', 'shortener'],
    ['a shortener written bare', 's.id/loker', 'shortener'],
    ['an official host over plain http', 'http://bpjsketenagakerjaan.go.id', 'insecure'],
    ['a WhatsApp number', 'https://wa.me/6281234567890', 'unofficial'],
    ['an unrelated site', 'https://example.com', 'unofficial'],
    ['another government site', 'https://kemnaker.go.id', 'unofficial'],
    ['a javascript: address', 'javascript:alert(1)', 'unofficial'],
  ])('rates %s', (_, value, verdict) => {
    expect(classifyAddress(value).verdict).toBe(verdict);
  });

  test('says why an address is not official', () => {
    expect(classifyAddress('https://wa.me/6281234567890')).toEqual({
      verdict: 'unofficial',
      problem: { kind: 'whatsapp', host: 'wa.me' },
    });
    expect(classifyAddress('https://www.bpjsketenagakerjaan.go.id')).toEqual({ verdict: 'official' });
  });
});

describe('urlProblemText', () => {
  const problems: UrlProblem[] = [
    { kind: 'not-a-url' },
    { kind: 'script-url', scheme: 'javascript:' },
    { kind: 'not-https', scheme: 'http:' },
    { kind: 'scheme-not-allowed', scheme: 'ftp:' },
    { kind: 'protocol-relative' },
    { kind: 'credentials' },
    { kind: 'port' },
    { kind: 'shortener', host: 'bit.ly' },
    ...(['punycode', 'confusable', 'extra-words', 'other-tld', 'embedded', 'near-miss'] as const).map(
      (reason): UrlProblem => ({ kind: 'look-alike', host: 'bpjs-tk.com', reason }),
    ),
    { kind: 'whatsapp', host: 'wa.me' },
    { kind: 'unofficial-email', address: 'hr@gmail.com' },
    { kind: 'not-official', host: 'example.com', context: 'official-channel' },
    { kind: 'not-official', host: 'example.com', context: 'page-text' },
  ];

  test.each(problems.map((problem) => [Object.values(problem).join(' '), problem] as const))(
    'explains "%s" in Indonesian and in English',
    (_, problem) => {
      const { id, en } = urlProblemText(problem);
      expect(id).not.toBe('');
      expect(en).not.toBe('');
      expect(id).not.toBe(en);
    },
  );

  test('tells an editor where the agency can confirm a host', () => {
    const { id, en } = urlProblemText({ kind: 'not-official', host: 'example.com', context: 'page-text' });
    expect(id).toContain('src/config/link-policy.json');
    expect(en).toContain('src/config/link-policy.json');
  });
});
