/** The five kinds of layoff euphemism (see README, "What counts"). */
export type Category = 'spin' | 'separation' | 'reduction' | 'restructuring' | 'impact';

export const CATEGORIES: readonly Category[] = ['spin', 'separation', 'reduction', 'restructuring', 'impact'];

/**
 * A lexicon entry: typed data, never logic.
 *
 * Pattern syntax for `phrases` (all matching ignores case, curly vs straight apostrophes,
 * and treats any run of spaces, line breaks and hyphens between words alike):
 * - `word`        a literal word (lowercase; may contain an apostrophe: `rif'd`)
 * - `a|b|c`       one of several words in this position: `rightsize|rightsized|rightsizing`
 * - `{a,b}`       inside a word, one of several spellings: `rightsiz{e,ed,ing}` is the same as
 *                 the line above, `customer{,s}` is customer|customers, `optimi{z,s}e` optimize|optimise
 * - `(word)`      an optional word; `(a|b)` an optional choice
 * - `[someone]`   a slot for a person or group: you, him, John, John Smith, 200 people, the sales team
 * - `[number]`    a slot for a number in digits: 400, 2,000, 12.5 (`(@about) [number] @roles`)
 * - `@name`       any one of a named word set (`src/lexicon/phrase-sets.ts`): `@roles` is role, roles,
 *                 position, ... `(@det)` is optional, `@be|get|got` mixes a set with plain words;
 *                 an unknown set is an error
 * - a hyphenated word (`fat-trimming`, `right-sizing`) also matches its closed form (`rightsizing`)
 *   and its spaced form (`fat trimming`)
 * A phrase must start with a literal word (that word is the trigger the scanner looks for).
 */
export interface Rule {
  /** Stable kebab-case id, used in output, `allow` lists and config. */
  id: string;
  category: Category;
  phrases: string[];
  /** The plain words: what the phrase really says ("you are being laid off"). */
  meaning: string;
  /** One to three things to write instead. */
  suggestions: string[];
  /**
   * How euphemistic the phrase is with no context at all, 0..1. A phrase that is almost
   * never innocent ("reduction in force") is near 0.9; one that is usually literal ("graduation") is low.
   */
  base: number;
  /**
   * Words near the phrase that point to its literal, non-layoff sense (brisket, pods, ceremony).
   * Cue syntax: `*` any word ending (`recipe*`), a space any spaces or hyphens (`class of`),
   * ALL-CAPS matches case-sensitively. `@name` stands for a whole domain of innocent-sense words
   * (`src/lexicon/domains.ts`): `['@food', '@health', 'brisket']`. An unknown domain is an error.
   */
  literal?: string[];
  /** Words near the phrase that point to the layoff sense for this entry in particular. */
  cues?: string[];
}

/**
 * What a lexicon entry is for a reader: why it is a euphemism, and example sentences that the
 * tests run. Built-in entries keep these in `src/lexicon/docs/`, out of the detection bundle.
 */
export interface RuleDocs {
  /** Why this is a euphemism, and where it comes from. */
  note: string;
  examples: {
    /** Sentences where this entry must fire. */
    euphemistic: string[];
    /** Sentences with the same words in an innocent sense, where nothing may fire. */
    innocent: string[];
  };
}

/**
 * Which lexicon to match: `'auto'` both, English phrases in Latin script and Chinese phrases in
 * Chinese characters, so mixed text works; `'en'` or `'zh'` only one.
 */
export type Language = 'auto' | 'en' | 'zh';

export const LANGUAGES: readonly Language[] = ['auto', 'en', 'zh'];

export interface DetectOptions {
  /** Spans scoring below this are not returned. Default: {@link DEFAULT_MIN_SCORE}. */
  minScore?: number;
  /** Only report these categories. */
  categories?: Category[];
  /** Rule ids or phrases (as written in the text, any case) to ignore. */
  allow?: string[];
  /** Extra lexicon entries, validated like the built-in ones. */
  rules?: Rule[];
  /** Which lexicon to match. Default: `'auto'` (both). */
  language?: Language;
}

export interface Span {
  /** UTF-16 offsets: `text.slice(start, end) === span.text`. */
  start: number;
  end: number;
  text: string;
  /** 1-based line; `\n`, `\r\n`, `\r`, U+2028 and U+2029 each end a line. */
  line: number;
  /** 1-based column in UTF-16 code units. */
  column: number;
  ruleId: string;
  category: Category;
  /** 0..1: how sure we are that this use is a layoff euphemism here. */
  score: number;
  meaning: string;
  suggestions: string[];
  /** The features behind the score, e.g. `employment-cue: "last day" (+1.2)`. */
  reasons: string[];
}

export interface Detection {
  /** 0..1: how euphemistic the whole text is. */
  score: number;
  spans: Span[];
}
