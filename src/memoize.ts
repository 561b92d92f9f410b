/**
 * `make`, run once per key object and remembered for as long as the key lives; or, with a Map
 * as `cache`, once per key of any kind, for good.
 */
export function memoize<K extends object, V>(make: (key: K) => V): (key: K) => V;
export function memoize<K, V>(make: (key: K) => V, cache: Map<K, V>): (key: K) => V;
export function memoize<K, V>(make: (key: K) => V, cache: Pick<Map<K, V>, 'get' | 'set'> = new WeakMap() as never): (key: K) => V {
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) cache.set(key, (value = make(key)));
    return value;
  };
}
