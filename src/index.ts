export { detect } from './detect.js';
export { DEFAULT_MIN_SCORE } from './options.js';
export { lexicon } from './lexicon/index.js';
export { zhLexicon } from './lexicon/zh/index.js';
export { CATEGORIES, LANGUAGES } from './types.js';
export type { Category, Detection, DetectOptions, Language, Rule, Span } from './types.js';
