/** Throws the TypeError every check of the library throws: `doublespeak: ${message}`. */
export function fail(message: string): never {
  throw new TypeError(`doublespeak: ${message}`);
}
