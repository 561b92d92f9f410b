import { normalizePhrase } from '../match/normalize.js';
import { wordAlternation } from '../match/word-regex.js';

/** Finds which words of a list occur in a piece of text. */
export type CueMatcher = (text: string) => string[];

const ACRONYM = /^[A-Z0-9+&]{2,}$/;
const HAN = /\p{Script=Han}/u;
// A letter or digit next to a cue makes it part of a longer word, but a Chinese character does
// not: "HR说" holds the cue HR.
const GLUE = '(?:(?!\\p{Script=Han})[\\p{L}\\p{M}\\p{N}])';

/**
 * Compiles a cue list (syntax of `wordAlternation`: `employ*`, `last day`, `# people`) into a
 * matcher returning the distinct cues found, in the order found, as written in the text
 * (lowercased). All-caps entries (HR, PTO) match case-sensitively, the rest in any case.
 * Entries with Chinese characters (公司) match anywhere, as Chinese puts no spaces between words.
 */
export function cueMatcher(words: readonly string[]): CueMatcher {
  const han = words.filter((w) => HAN.test(w));
  const spaced = words.filter((w) => !HAN.test(w));
  const acronyms = spaced.filter((w) => ACRONYM.test(w));
  const others = spaced.filter((w) => !ACRONYM.test(w)).map((w) => w.toLowerCase());
  const regexes = [
    others.length ? compile(others, 'giu') : undefined,
    acronyms.length ? compile(acronyms, 'gu') : undefined,
    han.length ? new RegExp(wordAlternation(han), 'gu') : undefined,
  ].filter((re): re is RegExp => re !== undefined);
  return (text) => {
    const found = new Set<string>();
    for (const re of regexes) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) found.add(normalizePhrase(m[0]));
    }
    return [...found];
  };
}

function compile(words: string[], flags: string): RegExp {
  return new RegExp(`(?<!${GLUE})(?:${wordAlternation(words)})(?!${GLUE})`, flags);
}
