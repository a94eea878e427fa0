import type { Locale } from '../i18n/locales.ts';
import type { Translate } from '../i18n/translate.ts';
import type { UiKey } from '../i18n/ui.ts';
import type { disabilityAccessValues } from './contentSchemas.ts';

/*
 * The announcement's terms that a reader arriving from a shared link must meet on every position
 * page, each said exactly once: the page template says them from the interface text (src/i18n/ui.ts),
 * and a position's own text says only what the role is. Each sentence carries `data-fact="<id>"`
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

const termKeys: Record<RecruitmentTerm, UiKey> = {
  'free-of-charge': 'apply.free',
  'payment-warning': 'apply.paymentWarning',
  'committee-final': 'apply.committeeFinal',
};

/** The recruitment's terms, in the order a reader needs them before applying. */
export function recruitmentTerms(t: Translate): { fact: RecruitmentTerm; sentence: string }[] {
  return recruitmentTermIds.map((fact) => ({ fact, sentence: t(termKeys[fact]) }));
}

/** Every fact a position page states, as its sentence: for the page and for its JobPosting data, which say the same. */
export function positionFactSentences(t: Translate, disabilityAccess: DisabilityAccess): Record<PositionFact, string> {
  const terms = Object.fromEntries(recruitmentTerms(t).map(({ fact, sentence }) => [fact, sentence])) as Record<RecruitmentTerm, string>;
  return {
    'local-priority': t('placements.localPriority'),
    'disability-access': t(`position.disability.${disabilityAccess}`),
    ...terms,
  };
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
