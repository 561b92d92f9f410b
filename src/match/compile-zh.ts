import type { Rule } from '../types.js';
import { expandPattern } from './parse-pattern.js';
import { hasHan, wordAlternation } from './word-regex.js';
import { fail } from '../fail.js';

/** Chinese phrases of a lexicon: which rule each one belongs to, and one RegExp that finds them all. */
export interface CompiledZh {
  /** Phrase (its pieces joined, no spaces) to rule. */
  phrases: ReadonlyMap<string, Rule>;
  /** Finds any phrase (global); at each position it prefers the longest. */
  find: RegExp;
}

/**
 * Compiles the Chinese phrases of `rules` (phrases with a Han character; the rest are the English
 * matcher's). They use the English pattern syntax, with the pieces joined without spaces:
 * `被 优化|毕业` is 被优化 or 被毕业, `向|为 社会 输送 (了) 人才` has seven forms. Throws a
 * TypeError when two rules claim the same phrase or a phrase has a `[someone]` or `[number]` slot.
 */
export function compileZh(rules: readonly Rule[]): CompiledZh {
  const phrases = new Map<string, Rule>();
  for (const rule of rules) {
    for (const phrase of rule.phrases) {
      if (!hasHan(phrase)) continue;
      for (const sequence of expandPattern(phrase)) {
        if (sequence.some((token) => typeof token !== 'string')) {
          fail(`phrase "${phrase}" of rule "${rule.id}": Chinese phrases cannot have a [someone] or [number] slot`);
        }
        const key = sequence.join('');
        const owner = phrases.get(key);
        if (owner && owner.id !== rule.id) {
          fail(`phrase "${phrase}" of rule "${rule.id}" is already claimed by rule "${owner.id}"`);
        }
        phrases.set(key, rule);
      }
    }
  }
  return { phrases, find: new RegExp(wordAlternation(phrases.keys()), 'gu') };
}
