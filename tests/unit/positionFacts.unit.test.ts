import { describe, expect, test } from 'vitest';
import { localeCodes } from '../../src/i18n/locales.ts';
import { claimText } from '../../src/config/claims.ts';
import { disabilityAccessValues } from '../../src/lib/content/schemas.ts';
import { factsRefusedInPositionText, factsStatedIn, positionFactIds, positionFactSentences, recruitmentTerms } from '../../src/lib/recruitment/positionFacts.ts';

describe.each(localeCodes)('the position facts in %s', (locale) => {
  test.each(disabilityAccessValues)('are each recognised by their own wording and no other fact\'s (disability access %s)', (access) => {
    const sentences = positionFactSentences(locale, access);
    for (const fact of positionFactIds) expect(factsStatedIn(sentences[fact], locale), fact).toEqual([fact]);
  });

  test.each(disabilityAccessValues)('are recognised the same when told of a recruitment that is over (disability access %s)', (access) => {
    const sentences = positionFactSentences(locale, access, true);
    expect(sentences).not.toEqual(positionFactSentences(locale, access));
    for (const fact of positionFactIds) expect(factsStatedIn(sentences[fact], locale), fact).toEqual([fact]);
  });

  test('give the recruitment terms in the order a reader needs them before applying', () => {
    expect(recruitmentTerms(locale).map(({ fact }) => fact)).toEqual(['free-of-charge', 'payment-warning', 'committee-final']);
  });

  test.each(['disability-several', 'disability-several-past'] as const)('recognise the home page\'s disability sentence %s as the disability statement', (claim) => {
    expect(factsStatedIn(claimText(claim, locale), locale)).toEqual(['disability-access']);
  });
});

describe('the wording of the facts', () => {
  test.each([
    ['id', 'Putra-putri daerah diprioritaskan sesuai wilayah penempatan.', 'local-priority'],
    ['id', 'Kandidat lokal diprioritaskan sesuai dengan wilayah penempatan.', 'local-priority'],
    ['en', 'Local candidates have priority, according to the placement region.', 'local-priority'],
    ['id', 'Beberapa posisi dalam rekrutmen ini terbuka bagi kandidat penyandang disabilitas fisik.', 'disability-access'],
    ['en', 'Several positions are open to candidates with physical disabilities.', 'disability-access'],
    ['id', 'Seluruh tahapan rekrutmen **gratis**.', 'free-of-charge'],
    ['en', 'Free: no stage costs anything.', 'free-of-charge'],
    ['id', 'Jangan membayar siapa pun untuk tiket.', 'payment-warning'],
    ['en', 'Nobody may ask you to pay for accommodation.', 'payment-warning'],
    ['id', 'Keputusan Panitia Rekrutmen dan Seleksi bersifat final.', 'committee-final'],
    ['en', 'The Recruitment and Selection Committee decides.', 'committee-final'],
  ] as const)('finds in %s "%s" the fact %s', (locale, text, fact) => {
    expect(factsStatedIn(text, locale)).toEqual([fact]);
  });

  test.each([
    ['id', 'Petugas melayani peserta penyandang disabilitas di kantor cabang.'],
    ['id', 'Peserta dapat menyampaikan kebutuhan akomodasi saat asesmen.'],
    ['en', 'The officer answers members with disabilities and tracks their tickets.'],
  ] as const)('lets a role\'s own text in %s mention "%s" without refusing it', (locale, text) => {
    expect(factsStatedIn(text, locale, factsRefusedInPositionText)).toEqual([]);
  });
});
