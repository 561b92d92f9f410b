import { memoize } from '../memoize.js';

/**
 * A feature that moved a candidate's score, kept as data while scoring (thousands of candidates
 * in a long text, most never reported) and written out by `describeReason` only for the spans
 * that are returned: `job-loss-cue: "last day" in a nearby sentence (+0.80)`.
 */
export interface Evidence {
  /** The feature's name: `job-loss-cue`, `names-people`, `nearby-euphemism`, ... */
  feature: string;
  /** What was found, as quoted in the reason. */
  quote: string;
  /** What it added to the score, in log-odds. */
  weight: number;
  /** Found in a neighbouring sentence rather than the candidate's own. */
  far?: boolean;
}

/** A reason as evidence, or already written out (the NLP entry's own, say). */
export type Reason = string | Evidence;

// A text has thousands of reasons but few distinct weights (a cue's weight, halved by distance
// and decay): each is written once.
const signed = /* @__PURE__ */ memoize((weight: number) => `${weight > 0 ? '+' : ''}${weight.toFixed(2)}`, new Map());

export function describeReason(reason: Reason): string {
  if (typeof reason === 'string') return reason;
  const { feature, quote, weight, far } = reason;
  return `${feature}: "${quote}"${far ? ' in a nearby sentence' : ''} (${signed(weight)})`;
}
