import { describe, expect, test } from 'vitest';
import { dayMoment, timedMoment } from '../../src/lib/time/moments.ts';
import { escapeHtml, isoWithZoneOffset, jobPostingData, jsonForScript, organizationData, schemaMoment } from '../../src/lib/recruitment/structuredData.ts';
import { whatsAppShareUrl } from '../../src/lib/recruitment/share.ts';

const organization = {
  name: 'BPJS Ketenagakerjaan',
  url: 'https://www.bpjsketenagakerjaan.go.id',
  logo: 'https://karier.bpjsketenagakerjaan.go.id/logo.png',
  sameAs: ['https://rekrutmen.bpjsketenagakerjaan.go.id', 'https://www.bpjsketenagakerjaan.go.id'],
};

describe('isoWithZoneOffset', () => {
  test('writes the closing instant in WIB with its offset', () => {
    expect(isoWithZoneOffset(new Date('2025-09-14T16:59:59Z'), 'WIB')).toBe('2025-09-14T23:59:59+07:00');
  });

  test('writes the same instant in WIT on the next day', () => {
    expect(isoWithZoneOffset(new Date('2025-09-14T16:59:59Z'), 'WIT')).toBe('2025-09-15T01:59:59+09:00');
  });
});

describe('schemaMoment', () => {
  test('writes a moment given as a date as that date alone, with no hour', () => {
    expect(schemaMoment(dayMoment('2025-09-14', 'end'), 'WIB')).toBe('2025-09-14');
    expect(schemaMoment(dayMoment('2025-09-08', 'start'), 'WIB')).toBe('2025-09-08');
  });

  test('writes a moment given with its time as a date-time with the offset', () => {
    expect(schemaMoment(timedMoment(new Date('2025-12-07T23:59:00+07:00')), 'WIB')).toBe('2025-12-07T23:59:00+07:00');
  });
});

describe('jobPostingData', () => {
  const posting = jobPostingData({
    title: 'Pelayanan',
    descriptionHtml: '<p>Secara umum…</p>',
    datePosted: timedMoment(new Date('2025-09-08T00:00:00+07:00')),
    validThrough: timedMoment(new Date('2025-09-14T23:59:59+07:00')),
    timeZone: 'WIB',
    organization,
    regions: ['Kalimantan', 'Papua'],
    identifier: { name: 'BPJS Ketenagakerjaan', value: 'rekrutmen-2025-kawasan-timur/pelayanan' },
    url: 'https://karier.bpjsketenagakerjaan.go.id/lowongan/pelayanan/',
  });

  test('has the properties Google requires for a job posting', () => {
    expect(posting).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Pelayanan',
      description: '<p>Secara umum…</p>',
      datePosted: '2025-09-08T00:00:00+07:00',
      validThrough: '2025-09-14T23:59:59+07:00',
      hiringOrganization: { '@type': 'GovernmentOrganization', name: 'BPJS Ketenagakerjaan', sameAs: organization.sameAs },
      directApply: false,
    });
  });

  test('gives one Place per placement region, in Indonesia', () => {
    expect(posting.jobLocation).toEqual([
      { '@type': 'Place', address: { '@type': 'PostalAddress', addressRegion: 'Kalimantan', addressCountry: 'ID' } },
      { '@type': 'Place', address: { '@type': 'PostalAddress', addressRegion: 'Papua', addressCountry: 'ID' } },
    ]);
  });

  test('leaves out the employment type when the announcement does not state one', () => {
    expect(posting).not.toHaveProperty('employmentType');
  });
});

describe('organizationData', () => {
  test('describes the agency as a government organisation with its official channels', () => {
    expect(organizationData(organization)).toMatchObject({ '@type': 'GovernmentOrganization', sameAs: organization.sameAs });
  });
});

describe('jsonForScript', () => {
  test('cannot be ended early by a closing script tag in the text', () => {
    const json = jsonForScript({ description: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('</script');
    expect(JSON.parse(json)).toEqual({ description: '</script><script>alert(1)</script>' });
  });
});

describe('whatsAppShareUrl', () => {
  test('puts the whole message, encoded, after ?text=', () => {
    const url = whatsAppShareUrl('Lowongan Pelayanan: https://x.go.id/?a=1&b=2');
    expect(url).toBe('https://wa.me/?text=Lowongan%20Pelayanan%3A%20https%3A%2F%2Fx.go.id%2F%3Fa%3D1%26b%3D2');
    expect(new URL(url).searchParams.get('text')).toBe('Lowongan Pelayanan: https://x.go.id/?a=1&b=2');
  });
});

describe('escapeHtml', () => {
  test('turns markup characters in plain text into entities', () => {
    expect(escapeHtml('Gaji & <b>tunjangan</b> "x"')).toBe('Gaji &amp; &lt;b&gt;tunjangan&lt;/b&gt; &quot;x&quot;');
  });
});
