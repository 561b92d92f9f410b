/**
 * `doublespeak/docs`: why each built-in entry is a euphemism, and its example sentences, by rule
 * id. A separate entry so that the detection bundle does not carry them.
 */
export { lexiconDocs } from './lexicon/docs/index.js';
export type { RuleDocs } from './types.js';
