/**
 * `doublespeak/nlp`: the same `detect()` as `doublespeak`, with wink-nlp reading the sentences
 * around each candidate (lemmas, parts of speech, sentiment, numbers, negation). The model is
 * unpacked on the first call, not at import.
 */
export { detect } from './detect.js';
export { DEFAULT_MIN_SCORE } from '../options.js';
export { lexicon } from '../lexicon/index.js';
export { CATEGORIES } from '../types.js';
export type { Category, Detection, DetectOptions, Rule, Span } from '../types.js';
