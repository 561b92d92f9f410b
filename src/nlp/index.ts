/**
 * `doublespeak/nlp`: the same `detect()` as `doublespeak`, with wink-nlp reading the sentences
 * around the candidates (lemmas, noun phrases, parts of speech, sentiment, numbers, negation).
 * The model is unpacked when the first sentence has to be read, not at import. Everything else
 * is the core's own exports, re-exported, so both entries offer the same names.
 */
export * from '../index.js';
export { detect } from './detect.js';
