export { detect } from './detect.js';
export { DEFAULT_MIN_SCORE } from './options.js';
export { lexicon } from './lexicon/index.js';
export { CATEGORIES } from './types.js';
export type { Category, Detection, DetectOptions, Rule, Span } from './types.js';
