/**
 * How much each kind of evidence moves a candidate's score, in log-odds. Chosen by `npm run eval`
 * on the dev split of test/corpus; the held-out split checks they generalise.
 * Repeated evidence of one kind counts less each time (`DECAY`).
 */
export const WEIGHTS = {
  jobLoss: 1.6,
  workplace: 1.2,
  weakEmployment: 0.6,
  ruleCue: 1.2,
  literal: -2.2,
  spin: 0.7,
  namesPeople: 0.8,
  /** A name rather than a pronoun or a people noun: weaker evidence that the phrase is about staff. */
  namesName: 0.4,
  scareQuotes: 1.0,
  nearbyEuphemism: 0.8,
} as const;

/** Workplace and weak cues count this much for `restructuring` entries. */
export const RESTRUCTURING_GENERAL = 0.5;
export const DECAY = 0.5;
/** How many of each kind of cue count at most. */
export const MAX_CUES = 3;
/** Cues outside the candidate's sentence count this much of their weight. */
export const FAR = 0.5;
/** Characters of context on each side of a candidate. */
export const WINDOW = 240;
