import type { Rule } from '../../types.js';
import { zhImpact } from './impact.js';
import { zhReduction } from './reduction.js';
import { zhRestructuring } from './restructuring.js';
import { zhSeparation } from './separation.js';
import { zhSpin } from './spin.js';

/** Every built-in Chinese entry, by category (ids start with `zh-`). */
export const zhLexicon: readonly Rule[] = [...zhSpin, ...zhSeparation, ...zhReduction, ...zhRestructuring, ...zhImpact];
