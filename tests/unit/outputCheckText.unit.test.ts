import { describe, expect, test } from 'vitest';
import { registrationCalendar } from '../../src/lib/recruitment/calendarFile.ts';
import { timedMoment } from '../../src/lib/time/moments.ts';
import type { OwnInlineCode } from '../../src/lib/security/ownInlineCode.ts';
import { checkCalendarFile } from '../../src/lib/outputCheck/calendar.ts';
import { checkXmlFile } from '../../src/lib/outputCheck/feeds.ts';
import { checkHtmlPage } from '../../src/lib/outputCheck/html.ts';
import { checkJsonLd } from '../../src/lib/outputCheck/jsonLd.ts';

/*
 * The output check reads what a page, a feed, a calendar and structured data SAY, with the content
 * check's rule: the hostile texts of the content fault sets (tests/fixtures/content/faults/) are
 * refused in built files too, should one reach a build without the content check.
 */

const own: OwnInlineCode = { scripts: [], styles: [], scriptFiles: [] };

type Found = { message: string; evidence: string }[];

function inPage(body: string): Found {
  const found: Found = [];
  const html = `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>x</title></head><body>${body}</body></html>`;
  checkHtmlPage(html, own, (message, evidence) => found.push({ message, evidence }));
  return found;
}

function inFeed(title: string, description: string): Found {
  const found: Found = [];
  const xml =
    '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Pengumuman</title><link>https://karier.bpjsketenagakerjaan.go.id/pengumuman/</link>' +
    `<item><title>${title}</title><description>${description}</description></item></channel></rss>`;
  checkXmlFile(xml, own, (message, evidence) => found.push({ message, evidence }));
  return found;
}

function inCalendar(summary: string, description: string): Found {
  const found: Found = [];
  const text = registrationCalendar({
    uid: 'x@karier.bpjsketenagakerjaan.go.id',
    stamp: new Date('2025-09-10T03:00:00Z'),
    start: timedMoment(new Date('2025-09-08T00:00:00+07:00')),
    end: timedMoment(new Date('2025-09-14T23:59:59+07:00')),
    summary,
    description,
    url: 'https://rekrutmen.bpjsketenagakerjaan.go.id',
    language: 'id',
  });
  checkCalendarFile(text, (message, evidence) => found.push({ message, evidence }));
  return found;
}

function inJsonLd(answer: string): Found {
  const found: Found = [];
  const data = { '@context': 'https://schema.org', '@type': 'FAQPage', mainEntity: [{ '@type': 'Question', name: 'Biaya?', acceptedAnswer: { '@type': 'Answer', text: answer } }] };
  checkJsonLd(JSON.stringify(data), (message, evidence) => found.push({ message, evidence }));
  return found;
}

/** What the content fault sets write, and the text the built file shows for it. */
const hostileTexts: [string, string, string][] = [
  ['a transfer to a BRI account', 'Silakan transfer ke rekening BRI 0123456789 a.n. Panitia Rekrutmen.', 'rekening BRI 0123456789'],
  ['a number after "W.A."', 'Konfirmasi kehadiran melalui W.A. 0812 3456 7890.', '0812 3456 7890'],
  ['a look-alike host without a scheme', 'Hasil seleksi dapat dilihat di bpjstk-rekrutmen.com', 'bpjstk-rekrutmen.com'],
  ['a channel named after a WhatsApp number', 'Admin Rekrutmen (WhatsApp 0812-3456-7890)', '0812-3456-7890'],
  ['a request for the OTP code', 'Kirimkan kode OTP yang Anda terima kepada panitia.', 'kode OTP'],
  ['an .apk to install', 'Unduh berkas Undangan_Asesmen.apk untuk melihat jadwal.', 'Undangan_Asesmen.apk'],
  ['a promise of a pass', 'Tersedia jalur khusus tanpa tes.', 'jalur khusus'],
];

describe('the output check reads the text of built files', () => {
  test.each(hostileTexts)('refuses %s in a page\'s visible text', (_name, text, evidence) => {
    expect(inPage(`<main><p>${text}</p></main>`)).toContainEqual({ message: expect.any(String), evidence });
  });

  test.each(hostileTexts)('refuses %s in a feed item', (_name, text, evidence) => {
    expect(inFeed(text, 'Pengumuman uji.').map((found) => found.evidence)).toContain(evidence);
    expect(inFeed('Pengumuman', text).map((found) => found.evidence)).toContain(evidence);
  });

  test.each(hostileTexts)('refuses %s in a calendar summary and description', (_name, text, evidence) => {
    expect(inCalendar(text, 'Gratis').map((found) => found.evidence)).toContain(evidence);
    expect(inCalendar('Pendaftaran', text).map((found) => found.evidence)).toContain(evidence);
  });

  test.each(hostileTexts)('refuses %s in JSON-LD', (_name, text, evidence) => {
    expect(inJsonLd(text).map((found) => found.evidence)).toContain(evidence);
  });

  test('reads an account split by inline markup as one payee', () => {
    expect(inPage('<p>Transfer ke rekening <strong>BRI</strong> 0123456789.</p>').map((found) => found.evidence)).toContain('rekening BRI 0123456789');
  });

  test('refuses a host in the description search engines show', () => {
    const found: Found = [];
    const html = '<!doctype html><html><head><title>x</title><meta name="description" content="Daftar di rekrutmen-bpjstk.com"></head><body><p>x</p></body></html>';
    checkHtmlPage(html, own, (message, evidence) => found.push({ message, evidence }));
    expect(found.map((problem) => problem.evidence)).toEqual(['rekrutmen-bpjstk.com']);
  });

  test('refuses a tel: link to a number the link policy does not confirm', () => {
    expect(inPage('<p><a href="tel:+6281234567890">Telepon panitia</a></p>').map((found) => found.message).join('\n')).toMatch(/^tautan tel:\+6281234567890: hanya nomor yang terkonfirmasi/);
  });

  test('refuses a form on another government host behind the word "pendaftaran" in its sentence', () => {
    const found = inPage('<p>Isi formulir pendaftaran di <a href="https://siapkerja.kemnaker.go.id/formulir">laman ini</a>.</p>');
    expect(found.map((problem) => problem.message).join('\n')).toMatch(/^tautan pendaftaran https:\/\/siapkerja\.kemnaker\.go\.id\/formulir/);
  });
});

describe('the output check and the site\'s own warnings', () => {
  test.each([
    'Seluruh tahapan rekrutmen tidak dipungut biaya. Jangan membayar siapa pun, termasuk untuk tiket atau akomodasi.',
    'Jangan mengirimkan uang atau kode sekali pakai (OTP) kepada siapa pun.',
    'Do not send money or a one-time code (OTP) to anyone.',
    'Saldo JHT dibayarkan sekaligus apabila peserta memenuhi syarat Jaminan Hari Tua.',
    'Jika Anda telanjur mentransfer uang, segera hubungi bank atau penyedia layanan pembayaran yang Anda gunakan.',
    'Regulasinya ada di peraturan.bpk.go.id.',
  ])('accepts "%s"', (text) => {
    expect(inPage(`<p>${text}</p>`)).toEqual([]);
  });

  test('accepts a sign of fraud stated as a registered claim, which names a request for payment', () => {
    expect(inPage('<ul><li data-claim="payment-warning">Permintaan transfer biaya ke rekening pribadi adalah tanda penipuan.</li></ul>')).toEqual([]);
  });

  test('accepts the message checker\'s examples of what to paste, but not the same words elsewhere', () => {
    const hint = '<p>Misalnya tautan pendek bit.ly/…, alamat nama@gmail.com, tautan wa.me/62…</p>';
    expect(inPage(`<section data-message-check>${hint}</section>`)).toEqual([]);
    expect(inPage(hint).map((found) => found.evidence)).toEqual(['bit.ly/', 'nama@gmail.com', 'wa.me/62']);
  });
});
