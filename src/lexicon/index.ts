import type { Rule } from '../types.js';
// In the bundle order that gzips best (see the note on import order in detect.ts); the order of
// the entries is that of `lexicon` below.
import { restructuring } from './restructuring.js';
import { reduction } from './reduction.js';
import { impact } from './impact.js';
import { spin } from './spin.js';
import { separation } from './separation.js';

/** Every built-in English entry, by category. */
export const lexicon: readonly Rule[] = [...spin, ...separation, ...reduction, ...restructuring, ...impact];
