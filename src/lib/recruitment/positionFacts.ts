import { type ClaimId, claimText } from '../../config/claims.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { disabilityAccessValues } from '../content/schemas.ts';

/*
 * The announcement's terms that a reader arriving from a shared link must meet on every position
 * page, each said exactly once: the page template says them from the claims register
 * (src/config/claims.ts), and a position's own text says only what the role is. Each sentence carries `data-fact="<id>"`
 * where it is shown, so tests can find it; the wording patterns below find the same statement
 * written in other words, so a restatement in a position's text is caught by the content check and
 * by the build test alike.
 */

export const positionFactIds = [
  'local-priority',
  'disability-access',
  'free-of-charge',
  'payment-warning',
  'committee-final',
] as const;

export type PositionFact = (typeof positionFactIds)[number];

/** The terms that hold for a whole recruitment, said where one applies (the apply panel). */
export const recruitmentTermIds = ['free-of-charge', 'payment-warning', 'committee-final'] as const satisfies readonly PositionFact[];

export type RecruitmentTerm = (typeof recruitmentTermIds)[number];

export type DisabilityAccess = (typeof disabilityAccessValues)[number];

/** The register's claim for each term: the same id, so a fact's mark and its claim's mark agree. */
const termClaims: Record<RecruitmentTerm, ClaimId> = {
  'free-of-charge': 'free-of-charge',
  'payment-warning': 'payment-warning',
  'committee-final': 'committee-final',
};

/** The recruitment's terms, in the order a reader needs them before applying. */
export function recruitmentTerms(locale: Locale): { fact: RecruitmentTerm; claim: ClaimId; sentence: string }[] {
  return recruitmentTermIds.map((fact) => ({ fact, claim: termClaims[fact], sentence: claimText(termClaims[fact], locale) }));
}

/**
 * The claim each fact of a position page is said by; `past` for a recruitment that is over, whose
 * position's own terms are told in the past tense.
 */
export function positionFactClaims(disabilityAccess: DisabilityAccess, past = false): Record<PositionFact, ClaimId> {
  const own = past
    ? { 'local-priority': 'local-priority-past', 'disability-access': `disability-${disabilityAccess}-past` } as const
    : { 'local-priority': 'local-priority', 'disability-access': `disability-${disabilityAccess}` } as const;
  return { ...own, ...termClaims };
}

/** Every fact a position page states, as its sentence: for the page and for its JobPosting data, which say the same. */
export function positionFactSentences(locale: Locale, disabilityAccess: DisabilityAccess, past = false): Record<PositionFact, string> {
  const factClaims = positionFactClaims(disabilityAccess, past);
  return Object.fromEntries(positionFactIds.map((fact) => [fact, claimText(factClaims[fact], locale)])) as Record<PositionFact, string>;
}

/**
 * Words that make a sentence state the fact, per language: the statement's own phrases, so that
 * "gratis" restates "tidak dipungut biaya" and "putra-putri daerah" restates local priority, while a
 * role that serves members with disabilities is not taken for the disability statement.
 */
export const positionFactWording: Record<PositionFact, Record<Locale, RegExp>> = {
  'local-priority': {
    id: /kandidat lokal|putra[-\s]putri daerah|diprioritaskan|memprioritaskan/i,
    en: /local candidates|\b(have|has|gives?|given|get) priority/i,
  },
  'disability-access': {
    id: /terbuka bagi (kandidat )?penyandang disabilitas/i,
    en: /open to candidates with (physical )?disabilit/i,
  },
  'free-of-charge': {
    id: /dipungut biaya|gratis/i,
    en: /free of charge|\bfree\b/i,
  },
  'payment-warning': {
    id: /tiket|akomodasi/i,
    en: /ticket|accommodation/i,
  },
  'committee-final': {
    id: /panitia rekrutmen dan seleksi/i,
    en: /recruitment and selection committee/i,
  },
};

/**
 * The facts a position's own text may not restate (the content check). Not the payment warning:
 * its words, tickets and "akomodasi", also name the accommodation a candidate with a disability
 * may ask for, which a role's text may well mention.
 */
export const factsRefusedInPositionText = ['local-priority', 'disability-access', 'free-of-charge', 'committee-final'] as const satisfies readonly PositionFact[];

/** The facts a piece of text states, by its wording. */
export function factsStatedIn(text: string, locale: Locale, facts: readonly PositionFact[] = positionFactIds): PositionFact[] {
  return facts.filter((fact) => positionFactWording[fact][locale].test(text));
}
