import { normalizePhrase } from '../match/normalize.js';
import { wordAlternation } from '../match/word-regex.js';

/** A cue found in a piece of text: which list it is from, the cue as written (lowercased), where. */
export interface CueHit<K extends string> {
  kind: K;
  cue: string;
  index: number;
  end: number;
}

/** Finds the cues of several lists in one pass over a piece of text. */
export type CueScanner<K extends string> = (text: string) => CueHit<K>[];

/** Finds which words of one list occur in a piece of text (distinct, in the order found). */
export type CueMatcher = (text: string) => string[];

const ACRONYM = /^[A-Z0-9+&]{2,}$/;
const HAN = /\p{Script=Han}/u;
// A letter or digit next to a cue makes it part of a longer word, but a Chinese character does
// not: "HR说" holds the cue HR.
const GLUE = '(?:(?!\\p{Script=Han})[\\p{L}\\p{M}\\p{N}])';

/**
 * Compiles cue lists (syntax of `wordAlternation`: `employ*`, `last day`, `# people`), keyed by
 * kind, into one RegExp with a group per kind, so a context window is read once whatever the
 * number of lists. Where lists overlap, the earlier kind wins. All-caps entries (HR, PTO) match
 * only in capitals, the rest in any case; entries with Chinese characters (公司) match anywhere,
 * as Chinese puts no spaces between words.
 */
export function cueScanner<K extends string>(lists: Readonly<Record<K, readonly string[]>>): CueScanner<K> {
  const kinds = Object.keys(lists) as K[];
  const acronyms = new Set<string>();
  const groups = kinds.map((kind, i) => {
    const words = lists[kind];
    const spaced = words.filter((w) => !HAN.test(w));
    for (const w of spaced) if (ACRONYM.test(w)) acronyms.add(w.toLowerCase());
    const han = words.filter((w) => HAN.test(w));
    const branches = [
      spaced.length ? `(?<!${GLUE})(?:${wordAlternation(spaced.map((w) => w.toLowerCase()))})(?!${GLUE})` : '',
      han.length ? `(?:${wordAlternation(han)})` : '',
    ].filter(Boolean);
    return `(?<k${i}>${branches.join('|') || '(?!)'})`;
  });
  const re = new RegExp(groups.join('|'), 'giu');
  return (text) => {
    const hits: CueHit<K>[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const raw = m[0];
      const cue = normalizePhrase(raw);
      if (acronyms.has(cue) && raw !== raw.toUpperCase()) continue;
      const kind = kinds[kinds.findIndex((_, i) => m!.groups![`k${i}`] !== undefined)]!;
      hits.push({ kind, cue, index: m.index, end: m.index + raw.length });
    }
    return hits;
  };
}

/** A scanner for one list, reporting the distinct cues found. */
export function cueMatcher(words: readonly string[]): CueMatcher {
  const scan = cueScanner({ cue: words });
  return (text) => [...new Set(scan(text).map((hit) => hit.cue))];
}
