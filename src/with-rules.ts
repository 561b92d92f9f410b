import type { Rule } from './types.js';
import { memoize } from './memoize.js';

/**
 * `compile` of a built-in lexicon plus a caller's rules, run once per rules array (once in all
 * for no rules). The caller's own rules are passed again as the second argument.
 */
export function withRules<T>(lexicon: readonly Rule[], compile: (rules: readonly Rule[], own: Rule[]) => T): (rules: Rule[]) => T {
  let builtIn: T | undefined;
  const extra = memoize((rules: Rule[]) => compile([...lexicon, ...rules], rules));
  return (rules) => (rules.length === 0 ? (builtIn ??= compile(lexicon, rules)) : extra(rules));
}
