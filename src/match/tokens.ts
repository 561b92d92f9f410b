import { normalizeWord } from './normalize.js';
import { APOSTROPHE_CLASS } from './word-regex.js';

/** A word of the text, with its exact UTF-16 offsets. */
export interface Token {
  start: number;
  end: number;
  /** Lowercase, straight apostrophes. */
  norm: string;
  /** A comma stands between this word and the one before ("upgraded, or downgraded"). */
  afterComma?: boolean;
  /** The word is capitalised, not all caps: a name, or the start of a sentence ("John", not "GNU"). */
  capital: boolean;
}

// A number keeps its separators (40,000 and 3.2 are one token); a word keeps inner apostrophes
// and combining marks.
const TOKEN = new RegExp(
  `\\p{N}+(?:[.,]\\p{N}+)*(?![\\p{L}\\p{M}])|[\\p{L}\\p{M}\\p{N}]+(?:${APOSTROPHE_CLASS}[\\p{L}\\p{M}\\p{N}]+)*`,
  'uy',
);
/** Every word of a text, read one after the other (global). */
export const WORD = new RegExp(TOKEN.source, 'gu');

// What may stand between two words of one phrase: spaces and line breaks, at most one hyphen
// or comma ("fat-trimming", "trim the\nfat", "upgraded, or downgraded, to customers").
export const GAP = /[\s\u00AD]*(?:[,\-\u2010\u2011][\s\u00AD]*)?/y;
const CAPITALISED = /^\p{Lu}[\p{Ll}\p{M}'\u2019]/u;
const COMMA = 44;

/**
 * Reads the words that follow a position, one at a time and only as far as a matcher asks,
 * so a long text never gets a token object per word.
 */
export class TokenStream {
  private readonly tokens: Token[] = [];
  /** Where the next word may start; -1 once the phrase cannot go on. */
  private next: number;
  private comma = false;

  constructor(
    private readonly text: string,
    start: number,
  ) {
    this.next = start;
  }

  /** The i-th word from the start, or undefined when the phrase cannot go on (punctuation, end). */
  at(i: number): Token | undefined {
    while (this.tokens.length <= i && this.next >= 0) {
      const token = readToken(this.text, this.next);
      this.next = -1;
      if (!token) break;
      if (this.comma) token.afterComma = true;
      this.tokens.push(token);
      // test() rather than exec(): no match array per word.
      GAP.lastIndex = token.end;
      GAP.test(this.text);
      this.comma = false;
      for (let i = token.end; i < GAP.lastIndex; i++) if (this.text.charCodeAt(i) === COMMA) this.comma = true;
      if (GAP.lastIndex > token.end) this.next = GAP.lastIndex;
    }
    return this.tokens[i];
  }
}

/** The word that starts exactly at `start`, if one does. */
export function readToken(text: string, start: number): Token | undefined {
  TOKEN.lastIndex = start;
  if (!TOKEN.test(text)) return undefined;
  const raw = text.slice(start, TOKEN.lastIndex);
  return { start, end: TOKEN.lastIndex, norm: normalizeWord(raw), capital: CAPITALISED.test(raw) };
}
