import type { ItsFunction, PartOfSpeech } from 'wink-nlp';
import { wink } from './wink.js';

/** A wink token with exact UTF-16 offsets into the whole text (-1 when it could not be placed). */
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
  /** Index into `Analysis.sentences`. */
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
  tokens: NlpToken[];
  sentences: NlpSentence[];
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** How much text wink has read in this process (for bench/nlp.ts). */
export const readStats = { calls: 0, chars: 0 };

/**
 * Runs wink on `text.slice(from, to)` and gives each token its offsets. wink has no offset API,
 * and a running sum of `precedingSpaces` and values drifts: wink drops some characters (U+000B,
 * U+2028, U+FEFF...) from its tokens' spacing. So each token is looked up forward from the last
 * one's end; a token is placed only if what it skips holds no letter or digit (so it can never
 * jump to a later word), and tokens that cannot be placed get offsets -1 and are not used.
 * wink never throws to our callers: if it fails, the region gets no tokens and the core's
 * evidence alone scores its candidates.
 */
export function analyse(text: string, from: number, to: number): Analysis {
  const region = text.slice(from, to);
  const analysis: Analysis = { from, to, tokens: [], sentences: [] };
  try {
    const nlp = wink();
    const its = nlp.its;
    readStats.calls++;
    readStats.chars += region.length;
    const doc = nlp.readDoc(region);
    const tokens = doc.tokens();
    const values = tokens.out() as string[];
    const pos = tokens.out(its.pos) as PartOfSpeech[];
    const negated = tokens.out(its.negationFlag) as boolean[];
    const lemmaOf = (i: number) => String(tokens.itemAt(i).out(its.lemma as unknown as ItsFunction<string>)).toLowerCase();

    let cursor = 0;
    for (let i = 0; i < values.length; i++) {
      const value = values[i]!;
      const at = value ? region.indexOf(value, cursor) : -1;
      const placed = at >= 0 && (at === cursor || !WORD_CHAR.test(region.slice(cursor, at)));
      if (placed) cursor = at + value.length;
      const start = placed ? from + at : -1;
      analysis.tokens.push(new Token(start, placed ? start + value.length : -1, value.toLowerCase(), pos[i] ?? 'X', negated[i] === true, i, lemmaOf));
    }
    const sentenceSpans = doc.sentences().out(its.span) as unknown as [number, number][];
    const sentiments = doc.sentences().out(its.sentiment) as number[];
    sentenceSpans.forEach(([first, last], k) => {
      let start = -1;
      let end = -1;
      for (let i = first; i <= last; i++) {
        const t = analysis.tokens[i];
        if (!t) continue;
        t.sentence = k;
        if (t.start >= 0) {
          if (start < 0) start = t.start;
          end = t.end;
        }
      }
      analysis.sentences.push({ start, end, sentiment: Number(sentiments[k]) || 0 });
    });
    const entitySpans = doc.entities().out(its.span) as unknown as [number, number][];
    const entityTypes = doc.entities().out(its.type) as string[];
    entitySpans.forEach(([first, last], k) => {
      for (let i = first; i <= last; i++) if (analysis.tokens[i]) analysis.tokens[i]!.entity = entityTypes[k];
    });
  } catch {
    return { from, to, tokens: [], sentences: [] };
  }
  return analysis;
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
