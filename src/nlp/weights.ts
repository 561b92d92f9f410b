/**
 * How much each kind of NLP evidence moves a candidate's score, in log-odds, on top of the
 * core's score. Chosen by `npm run eval` on the dev split of test/corpus and on PETs; the
 * held-out split checks they generalise.
 */
export const NLP_WEIGHTS = {
  personObject: 1.0,
  thingObject: -1.0,
  personPassive: 0.8,
  thingPassive: -0.8,
  thingModifier: -1.0,
  phrasalGo: -1.5,
  prepositionAfterNoun: -2.0,
  prepositionAfterBe: 0.8,
  /** Times the sentence's sentiment (0..1), for spin, from `sentimentFloor` up. */
  sentiment: 1.0,
  sentimentFloor: 0.25,
  massNumber: 0.8,
  /** Evidence from a neighbouring sentence counts this much. */
  neighbour: 0.5,
} as const;
