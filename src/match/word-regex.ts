const HAN = /\p{Script=Han}/u;

/** Whether a string holds a Chinese character (the test that sends a phrase to the Chinese matcher). */
export const hasHan = (text: string): boolean => HAN.test(text);

/** Characters that count as an apostrophe inside a word. */
export const APOSTROPHE_CLASS = "['\u2018\u2019\u02BC\uFF07]";

/**
 * Builds one RegExp source matching any of `words` (normalised, lowercase), factored by shared
 * prefixes ("graduat(?:e|ed|ion)") so the engine does not try every word at every position.
 * No words match nowhere (an empty alternation would match everywhere).
 */
export function wordAlternation(words: Iterable<string>): string {
  type Node = Map<string, Node>;
  const END = '';
  const root: Node = new Map();
  for (const word of words) {
    let node = root;
    for (const char of word) {
      let next = node.get(char);
      if (!next) node.set(char, (next = new Map()));
      node = next;
    }
    node.set(END, new Map());
  }
  const render = (node: Node): string => {
    const branches: string[] = [];
    let optional = false;
    for (const [char, child] of node) {
      if (char === END) optional = true;
      else branches.push(escapeChar(char) + render(child));
    }
    if (!branches[0]) return '';
    const group = `(?:${branches.join('|')})`;
    const body = branches[1] ? group : branches[0];
    // A single character takes `?` as it is; anything longer is grouped first.
    return optional ? `${body.length === 1 ? body : group}?` : body;
  };
  return render(root) || '(?!)';
}

// Letters and combining marks of the Latin, Greek and Cyrillic scripts, as a plain class: a
// RegExp with the `u` flag and \p{L} takes V8 some 20 times longer to compile. Upper and lower
// case in few contiguous ranges: with the `i` flag, a class of many small lowercase ranges made
// scans of the rules' own words six times slower.
const LETTER = 'a-z\\u00C0-\\u024F\\u0300-\\u036F\\u0386-\\u03CE\\u0400-\\u045F';

/** Word lists may use `'` (any apostrophe), a space (any spaces or hyphens), `*` (any word ending
 * in letters) and `#` (a number such as 200, 1,200 or 12.5). */
const SPECIAL: Record<string, string> = {
  "'": APOSTROPHE_CLASS,
  ' ': '[\\s\\u00AD\\-\\u2010\\u2011]+',
  '*': `[${LETTER}]*`,
  '#': '[0-9][0-9,.]*',
};

function escapeChar(char: string): string {
  if (char in SPECIAL) return SPECIAL[char]!;
  return /[\\^$.*+?()[\]{}|/-]/.test(char) ? `\\${char}` : char;
}
