import { normalizePhrase } from '../match/normalize.js';
import { hasHan, wordAlternation } from '../match/word-regex.js';

/** A cue found in a piece of text: which list it is from, the cue as written (lowercased), where. */
export interface CueHit<K extends string> {
  kind: K;
  cue: string;
  index: number;
  end: number;
}

/** Finds the cues of several lists in one pass over a piece of text; `offset` is added to each hit's offsets. */
export type CueScanner<K extends string> = (text: string, offset?: number) => CueHit<K>[];

/** Finds which words of one list occur in a piece of text (distinct, in the order found). */
export type CueMatcher = (text: string) => string[];

const ACRONYM = /^[A-Z0-9+&]{2,}$/;
const SPECIAL = /[\s\-\u2010\u2011,\u00AD\u2018\u2019\u02BC\uFF07]/;
// A letter or digit next to a cue makes it part of a longer word, but a Chinese character does
// not: "HR说" holds the cue HR.
const GLUE = /[\p{L}\p{M}\p{N}]/u;
const ASCII_WORD = /[a-zA-Z0-9]/;
/** Whether the character at `i` (if any) glues a cue next to it into a longer word. */
function glued(text: string, i: number): boolean {
  const char = text[i];
  // Most text is ASCII: one cheap test there, the Unicode classes only beyond it.
  return !!char && (char < '\u0080' ? ASCII_WORD.test(char) : GLUE.test(char) && !hasHan(char));
}

/**
 * Compiles cue lists (syntax of `wordAlternation`: `employ*`, `last day`, `# people`), keyed by
 * kind, into one RegExp with a group per kind, so a context window is read once whatever the
 * number of lists. Where lists overlap, the earlier kind wins. All-caps entries (HR, PTO) match
 * only in capitals, the rest in any case; entries with Chinese characters (公司) match anywhere,
 * as Chinese puts no spaces between words. One `\b` before all the Latin groups, not one per
 * group, and word boundaries after the word checked after a match: V8 then skips ahead to
 * where a cue can start, four times faster than with a `\b` inside each group.
 */
export function cueScanner<K extends string>(lists: Readonly<Record<K, readonly string[]>>): CueScanner<K> {
  const kinds = Object.keys(lists) as K[];
  const acronyms = new Set<string>();
  for (const kind of kinds) for (const w of lists[kind]) if (ACRONYM.test(w)) acronyms.add(w.toLowerCase());
  const group = (words: string[]) => `(${wordAlternation(words)})`;
  const latin = kinds.map((kind) => group(lists[kind].filter((w) => !hasHan(w)).map((w) => w.toLowerCase())));
  const han = kinds.map((kind) => lists[kind].filter(hasHan).map((w) => w.toLowerCase()));
  // Groups 1..n are the kinds' Latin cues, n+1..2n their Chinese ones (when there are any).
  const source = `\\b(?:${latin.join('|')})${han.some((words) => words.length) ? `|${han.map(group).join('|')}` : ''}`;
  const re = new RegExp(source, 'gi');
  return (text, offset = 0) => {
    const hits: CueHit<K>[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = re.lastIndex;
      let group = 1;
      while (m[group] === undefined) group++;
      const isLatin = group <= kinds.length;
      if (isLatin && (glued(text, start - 1) || glued(text, end))) {
        re.lastIndex = start + 1;
        continue;
      }
      const found = m[0];
      // Most cues are one plain word: one test to tell, then only lowercasing; the others (spaces,
      // hyphens, curly apostrophes) are normalised as a phrase is.
      const cue = SPECIAL.test(found) ? normalizePhrase(found) : found.toLowerCase();
      if (acronyms.has(cue) && found !== found.toUpperCase()) continue;
      hits.push({ kind: kinds[(group - 1) % kinds.length]!, cue, index: start + offset, end: end + offset });
    }
    return hits;
  };
}

/** A scanner for one list, reporting the distinct cues found. */
export function cueMatcher(words: readonly string[]): CueMatcher {
  const scan = cueScanner({ cue: words });
  return (text) => [...new Set(scan(text).map((hit) => hit.cue))];
}
