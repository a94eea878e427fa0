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
 * Words that make a sentence state the fact, per language. Broad on purpose: "gratis" restates
 * "tidak dipungut biaya", "putra-putri daerah" restates local priority.
 */
export const positionFactWording: Record<PositionFact, Record<Locale, RegExp>> = {
  'local-priority': {
    id: /kandidat lokal|putra[-\s]putri daerah|prioritas/i,
    en: /local candidates|priority|prioriti[sz]/i,
  },
  'disability-access': {
    id: /disabilitas/i,
    en: /disabilit/i,
  },
  'free-of-charge': {
    id: /dipungut biaya|gratis|tanpa biaya|cuma-cuma/i,
    en: /free of charge|\bfree\b|no charge|without charge/i,
  },
  'payment-warning': {
    id: /tiket|akomodasi/i,
    en: /ticket|accommodation/i,
  },
  'committee-final': {
    id: /panitia/i,
    en: /committee/i,
  },
};

/** The facts a piece of text states, by its wording. */
export function factsStatedIn(text: string, locale: Locale): PositionFact[] {
  return positionFactIds.filter((fact) => positionFactWording[fact][locale].test(text));
}
