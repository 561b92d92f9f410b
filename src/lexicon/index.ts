import type { Rule } from '../types.js';
import { impact } from './impact.js';
import { reduction } from './reduction.js';
import { restructuring } from './restructuring.js';
import { separation } from './separation.js';
import { spin } from './spin.js';

/** Every built-in English entry, by category. */
export const lexicon: readonly Rule[] = [...spin, ...separation, ...reduction, ...restructuring, ...impact];
