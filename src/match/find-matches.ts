import type { Rule } from '../types.js';
import type { CompiledLexicon, TrieNode } from './compile-lexicon.js';
import { NUMBER, SOMEONE } from './parse-pattern.js';
import { someoneLengths } from './someone-slot.js';
import { TokenStream, WORD } from './tokens.js';
import { normalizeWord } from './normalize.js';

/** A phrase of the lexicon found in the text, before any scoring. */
export interface Match {
  start: number;
  end: number;
  rule: Rule;
  /** Offsets of what filled the `[someone]` slot, if the phrase had one. */
  someone?: { start: number; end: number };
}

/** A word that fills a `[number]` slot: digits, with separators inside (2,000, 12.5). */
const NUMERAL = /^\p{N}+(?:[.,]\p{N}+)*$/u;
// A word glued to what precedes it is part of a longer word or a compound ("post-graduation",
// "o'release"); an apostrophe after a space is an opening quote ('graduated'), not glue.
const GLUED = /[\p{L}\p{M}\p{N}_]$|[\p{L}\p{M}\p{N}]['\u2019\-\u2010\u2011]$/u;

/**
 * Below this length, every word is tried as a first word; from it on, the lexicon's trigger
 * RegExp finds the first words. That RegExp is fast on long text but takes V8 several
 * milliseconds to compile: a short text (a sentence, a memo) is read faster without it.
 */
export const SHORT_TEXT = 16_384;

/**
 * Finds every lexicon phrase in `text`: the candidates' first words are found first (see
 * `SHORT_TEXT`), and only there does a trie walk read the following words. At each candidate
 * the longest phrase wins.
 */
export function findMatches(text: string, lexicon: CompiledLexicon): Match[] {
  const matches: Match[] = [];
  const trigger = text.length < SHORT_TEXT ? new RegExp(WORD) : new RegExp(lexicon.trigger);
  // The candidate being walked: its stream of words, its start, and its longest phrase so far.
  let stream: TokenStream;
  let start: number;
  let best: Match | undefined;
  const walk = (node: TrieNode, index: number, someone?: Match['someone']): void => {
    if (node.rule) {
      const end = stream.at(index - 1)!.end;
      if (!best || end > best.end) best = { start, end, rule: node.rule, someone };
    }
    const token = stream.at(index);
    if (!token) return;
    const child = node.next.get(token.norm);
    if (child) walk(child, index + 1, someone);
    const number = node.next.get(NUMBER);
    if (number && NUMERAL.test(token.norm)) walk(number, index + 1, someone);
    const slot = node.next.get(SOMEONE);
    if (slot) {
      for (const length of someoneLengths(stream, index)) {
        walk(slot, index + length, { start: token.start, end: stream.at(index + length - 1)!.end });
      }
    }
  };
  for (let hit = trigger.exec(text); hit; hit = trigger.exec(text)) {
    start = hit.index;
    const norm = normalizeWord(hit[0]);
    const node = lexicon.after(norm);
    // Most first words only start a phrase with one of a few next words (see TrieNode.follow).
    if (node?.follow && ((node.follow.lastIndex = trigger.lastIndex), !node.follow.test(text))) continue;
    if (GLUED.test(text.slice(Math.max(0, start - 2), start))) continue;
    stream = new TokenStream(text, start);
    const first = stream.at(0);
    // An underscore after the first word glues it as well ("graduation_date").
    if (!first || text[first.end] === '_') continue;
    best = undefined;
    // The token is the word the trigger found, unless it reads on past it ("iné").
    const root = first.norm === norm ? node : lexicon.after(first.norm);
    if (root) walk(root, 1);
    if (best) matches.push(best);
  }
  return matches;
}
