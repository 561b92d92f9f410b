import { sentenceBounds } from '../context/sentence-bounds.js';
import { WINDOW } from '../context/weights.js';

/** A candidate's sentence and its neighbours, as [start, end) offsets (the core's sentence rules). */
export interface SentenceContext {
  sentence: [number, number];
  /** The sentence before, or an empty range at the sentence's start when there is none. */
  previous: [number, number];
  /** The sentence after, or an empty range at the sentence's end. */
  next: [number, number];
}

// What may sit between the last word of a sentence and the next sentence.
const TAIL = /[\s.!?\u2026"'\u2019\u201D)\]]/;

/**
 * The sentence around [start, end) and its two neighbours, by the core's rules (so "JD.com"
 * and "3.2" stay inside one sentence, unlike wink's splitter), each at most `WINDOW` characters
 * each way, as in the core.
 */
export function sentenceContext(text: string, start: number, end: number): SentenceContext {
  const sentence = sentenceBounds(text, start, end, WINDOW);
  const [s0, s1] = sentence;
  // The last character of the sentence before (past spaces, closing quotes and the full stop).
  let q = s0 - 1;
  while (q >= 0 && TAIL.test(text[q]!)) q--;
  const previous = q >= 0 ? clamp(sentenceBounds(text, q, q + 1, WINDOW), 0, s0) : ([s0, s0] as [number, number]);
  // The first character of the sentence after.
  let r = s1;
  while (r < text.length && /\s/.test(text[r]!)) r++;
  const next = r < text.length ? clamp(sentenceBounds(text, r, r + 1, WINDOW), s1, text.length) : ([s1, s1] as [number, number]);
  return { sentence, previous, next };
}

/** A range kept within [min, max] (neighbours never overlap the sentence). */
function clamp([a, b]: [number, number], min: number, max: number): [number, number] {
  const start = Math.min(Math.max(a, min), max);
  return [start, Math.min(Math.max(b, start), max)];
}
