import type { Rule } from '../../types.js';
// In the bundle order that gzips best, as in ../index.ts; the order of the entries is that of
// `zhLexicon` below.
import { zhReduction } from './reduction.js';
import { zhSeparation } from './separation.js';
import { zhRestructuring } from './restructuring.js';
import { zhSpin } from './spin.js';
import { zhImpact } from './impact.js';

/** Every built-in Chinese entry, by category (ids start with `zh-`). */
export const zhLexicon: readonly Rule[] = [...zhSpin, ...zhSeparation, ...zhReduction, ...zhRestructuring, ...zhImpact];
