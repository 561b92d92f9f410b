import type { ItsFunction, PartOfSpeech } from 'wink-nlp';
import { wink } from './wink.js';

/** A wink token with exact UTF-16 offsets into the whole text. */
export interface NlpToken {
  start: number;
  end: number;
  /** Lowercase value, as the text has it. */
  norm: string;
  /** wink's lemma, lowercase ("optimising" -> "optimize"); the value itself for unknown words.
   * Worked out on first read: few tokens ever need it. */
  readonly lemma: string;
  pos: PartOfSpeech;
  /** wink's negation flag: the token is in the scope of a "not", "never", "n't"... */
  negated: boolean;
  /** Index into its range's `Analysis.sentences`. */
  sentence: number;
  /** wink's entity type when the token is part of an entity (CARDINAL, PERCENT, DATE, ...). */
  entity?: string;
}

/** One of wink's sentences (the model splits "JD.com" in two: features use the core's bounds). */
export interface NlpSentence {
  start: number;
  end: number;
  /** wink's sentiment, -1..1. */
  sentiment: number;
}

/** What wink says about `text.slice(from, to)`, with offsets into `text`. */
export interface Analysis {
  from: number;
  to: number;
  /** The tokens that could be placed in the text, in order (whitespace tokens left out). */
  tokens: NlpToken[];
  sentences: NlpSentence[];
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** How many ranges and characters wink has read in this process (for bench/nlp.ts). */
export const readStats = { calls: 0, chars: 0 };

/** What separates two ranges in the one document wink reads: a blank line, a sentence break. */
const SEPARATOR = '\n\n';

/** wink on one range of `text`: see {@link analyseRanges}. */
export function analyse(text: string, from: number, to: number): Analysis {
  return analyseRanges(text, [[from, to]])[0]!;
}

/**
 * Runs wink once over the given ranges of `text`, joined by blank lines (which wink takes as
 * sentence breaks), and gives each range its tokens with offsets into `text`.
 *
 * wink has no offset API, and a running sum of `precedingSpaces` and values drifts: wink drops
 * some characters (U+000B, U+2028, U+FEFF...) from its tokens' spacing. So each token is looked
 * up forward from the last one's end; a token is placed only if what it skips holds no letter or
 * digit (so it can never jump to a later word) and it lies inside one range; tokens that cannot
 * be placed are left out. wink never throws to our callers: if it fails, the ranges get no
 * tokens and the core's evidence alone scores their candidates.
 */
export function analyseRanges(text: string, ranges: readonly [number, number][]): Analysis[] {
  const analyses: Analysis[] = ranges.map(([from, to]) => ({ from, to, tokens: [], sentences: [] }));
  const parts = ranges.map(([from, to]) => text.slice(from, to));
  const offsets: number[] = [];
  let length = 0;
  for (const part of parts) {
    offsets.push(length);
    length += part.length + SEPARATOR.length;
  }
  const joined = parts.join(SEPARATOR);
  try {
    const nlp = wink();
    const its = nlp.its;
    readStats.calls += ranges.length;
    readStats.chars += joined.length;
    const doc = nlp.readDoc(joined);
    const tokens = doc.tokens();
    const values = tokens.out() as string[];
    const pos = tokens.out(its.pos) as PartOfSpeech[];
    const negated = tokens.out(its.negationFlag) as boolean[];
    const lemmaOf = (i: number) => String(tokens.itemAt(i).out(its.lemma as unknown as ItsFunction<string>)).toLowerCase();
    // Where each wink token went: its range and its Token, or -1 / undefined.
    const rangeOf = new Int32Array(values.length).fill(-1);
    const placedAt: (Token | undefined)[] = new Array(values.length);

    let cursor = 0;
    let r = 0;
    for (let i = 0; i < values.length; i++) {
      const value = values[i]!;
      const at = value ? joined.indexOf(value, cursor) : -1;
      // (One space between tokens is the common case; only a longer gap needs a look.)
      if (at < 0 || (at > cursor && !(at === cursor + 1 && joined[cursor] === ' ') && WORD_CHAR.test(joined.slice(cursor, at)))) continue;
      cursor = at + value.length;
      while (r < parts.length - 1 && at >= offsets[r + 1]!) r++;
      if (at < offsets[r]! || cursor > offsets[r]! + parts[r]!.length) continue; // in a separator
      // A line break inside a sentence is a SPACE token to wink, never a word: features that
      // walk from token to token ("230\npeople") would stop at it.
      if (pos[i] === 'SPACE') continue;
      const start = ranges[r]![0] + at - offsets[r]!;
      const token = new Token(start, start + value.length, value.toLowerCase(), pos[i] ?? 'X', negated[i] === true, i, lemmaOf);
      analyses[r]!.tokens.push(token);
      rangeOf[i] = r;
      placedAt[i] = token;
    }
    const sentenceSpans = doc.sentences().out(its.span) as unknown as [number, number][];
    const sentiments = doc.sentences().out(its.sentiment) as number[];
    sentenceSpans.forEach(([first, last], k) => {
      // A wink sentence belongs to the range of its first placed token (wink never runs one
      // across a blank line; if it did, the part in the next range would not count).
      let owner = -1;
      let start = -1;
      let end = -1;
      for (let i = first; i <= last; i++) {
        const token = placedAt[i];
        if (!token) continue;
        if (owner < 0) [owner, start] = [rangeOf[i]!, token.start];
        if (rangeOf[i] !== owner) break;
        token.sentence = analyses[owner]!.sentences.length;
        end = token.end;
      }
      if (owner >= 0) analyses[owner]!.sentences.push({ start, end, sentiment: Number(sentiments[k]) || 0 });
    });
    const entitySpans = doc.entities().out(its.span) as unknown as [number, number][];
    const entityTypes = doc.entities().out(its.type) as string[];
    entitySpans.forEach(([first, last], k) => {
      for (let i = first; i <= last; i++) if (placedAt[i]) placedAt[i]!.entity = entityTypes[k];
    });
  } catch {
    return ranges.map(([from, to]) => ({ from, to, tokens: [], sentences: [] }));
  }
  return analyses;
}

class Token implements NlpToken {
  sentence = 0;
  entity?: string;
  private cachedLemma?: string;

  constructor(
    readonly start: number,
    readonly end: number,
    readonly norm: string,
    readonly pos: PartOfSpeech,
    readonly negated: boolean,
    private readonly index: number,
    private readonly lemmaOf: (index: number) => string,
  ) {}

  get lemma(): string {
    return (this.cachedLemma ??= this.lemmaOf(this.index));
  }
}
