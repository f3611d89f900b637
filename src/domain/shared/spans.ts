/** Intervals as epoch milliseconds, for the planners' many overlap checks. */
export interface Span {
  start: number;
  end: number;
}

/** True when the two overlap (touching ends do not). */
export const clash = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

export const isFreeFor = (slot: Span, busy: readonly Span[] | undefined): boolean => !(busy ?? []).some((b) => clash(slot, b));
