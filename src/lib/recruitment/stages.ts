import type { Moment } from '../time/moments.ts';

/**
 * A campaign's stages (registration, assessment, …) in the order candidates go through them, and
 * which of them is under way at a given moment. A stage may have no dates yet: the agency announces
 * them on the official portal.
 */
export interface Stage {
  title: string;
  starts?: Moment | undefined;
  ends?: Moment | undefined;
}

/** In the only order time allows; a stage's state never moves backward. */
export const stageStates = ['next', 'current', 'done'] as const;

export type StageState = (typeof stageStates)[number];

/**
 * When a stage is under way: its own dates, and only those. An undated stage has no span: its
 * schedule is announced on the official portal, so a page never guesses that it is under way or
 * over, whatever the stages around it.
 */
export interface StageSpan {
  from?: Date | undefined;
  until?: Date | undefined;
}

export interface TimelineStage extends Stage, StageSpan {
  state: StageState;
}

export function stageSpans(stages: readonly Stage[]): StageSpan[] {
  return stages.map((stage) => (stage.starts !== undefined && stage.ends !== undefined ? { from: stage.starts.instant, until: stage.ends.instant } : {}));
}

/** Done once its span has ended, current from its start (both instants included), next otherwise or without a span. */
export function stageState(span: StageSpan, now: Date): StageState {
  if (span.from === undefined || span.until === undefined) return 'next';
  if (now.getTime() > span.until.getTime()) return 'done';
  if (now.getTime() >= span.from.getTime()) return 'current';
  return 'next';
}

/** The stages with their spans and states at `now`, as the data layer hands them to pages. */
export function stageTimeline(stages: readonly Stage[], now: Date): TimelineStage[] {
  const spans = stageSpans(stages);
  return stages.map((stage, index) => {
    const span = spans[index] ?? {};
    return { ...stage, ...span, state: stageState(span, now) };
  });
}

/** Stages with both dates: the ones a calendar can hold. */
export function datedStages<S extends Stage>(stages: readonly S[]): (S & { starts: Moment; ends: Moment })[] {
  return stages.filter((stage): stage is S & { starts: Moment; ends: Moment } => stage.starts !== undefined && stage.ends !== undefined);
}
