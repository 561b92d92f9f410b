import type { Rule } from './types.js';

/**
 * `make`, run once per key object and remembered for as long as the key lives; or, with a Map
 * as `cache`, once per key of any kind, for good.
 */
export function memoize<K, V>(
  make: (key: K) => V,
  cache: Pick<Map<K, V>, 'get' | 'set'> = new WeakMap() as unknown as Map<K, V>,
): (key: K) => V {
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) cache.set(key, (value = make(key)));
    return value;
  };
}

/**
 * `compile` of a built-in lexicon plus a caller's rules, run once per rules array (once in all
 * for no rules). The caller's own rules are passed again as the second argument.
 */
export function withRules<T>(lexicon: readonly Rule[], compile: (rules: readonly Rule[], own: Rule[]) => T): (rules: Rule[]) => T {
  let builtIn: T | undefined;
  const extra = memoize((rules: Rule[]) => compile([...lexicon, ...rules], rules));
  return (rules) => (rules.length === 0 ? (builtIn ??= compile(lexicon, rules)) : extra(rules));
}
