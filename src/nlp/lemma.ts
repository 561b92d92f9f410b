import type { CompiledLexicon, TrieNode } from '../match/compile-lexicon.js';
import { findMatches, type Match } from '../match/find-matches.js';
import { SOMEONE } from '../match/parse-pattern.js';
import { normalizeWord } from '../match/normalize.js';
import { wordAlternation } from '../match/word-regex.js';
import { memoize } from '../memoize.js';
import type { NlpToken } from './analyse.js';

/**
 * A word with its inflection taken off, so that forms the lexicon does not spell out meet the
 * ones it does: "optimising", "optimised" and "optimized" all give "optimiz"; "RIFing", "RIFed"
 * and "RIF'd" give "rif"; "rightsized" and "rightsizing" give "rightsiz". British -ise is read
 * as -ize. Only inflections come off (-s, -es, -ed, -ing, 'd, a final e), never derivations, so
 * "optimism" and "optimal" stay themselves.
 */
export function lemmaKey(word: string): string {
  let w = normalizeWord(word).replace(/is(e|es|ed|ing|ation|ations)$/, 'iz$1');
  if (w.endsWith("'d")) w = w.slice(0, -2);
  else if (/[^aeiou]ies$/.test(w)) w = `${w.slice(0, -3)}y`;
  else if (/ing$/.test(w) && w.length >= 6) w = undouble(w.slice(0, -3));
  else if (/ed$/.test(w) && w.length >= 5) w = undouble(w.slice(0, -2));
  else if (/[^s']s$/.test(w) && w.length >= 4) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length >= 5) w = w.slice(0, -1);
  return w;
}

// "trimmed" -> "trim", "riffing" -> "rif"; never l, s or z ("installed", "passed").
const undouble = (w: string) => (/([bdgmnprt])\1$/.test(w) ? w.slice(0, -1) : w);

/** What lemma matching needs from a compiled lexicon, built once per lexicon. */
export interface LemmaIndex {
  /** Every word the lexicon's phrases spell out, at any position. */
  vocabulary: ReadonlySet<string>;
  /** The phrases' first words by their lemma key. */
  triggers: ReadonlyMap<string, string[]>;
  /** Finds words that start like a trigger's key (a cheap test before running wink). */
  prefilter: RegExp;
  /**
   * The prefilter's prefixes alone, without the `u` flag: three times faster to scan, and the
   * same hits (once extended by TAIL) in any text with neither of the two letters that only the
   * `u` flag folds onto ASCII ones (long s, Kelvin sign).
   */
  prefixes: RegExp;
  /** What a form the prefilter found leads to, remembered: most forms recur. */
  forms: Map<string, FormLead | null>;
}

/** A form's lemma key and the listed forms of a trigger with that key. */
interface FormLead {
  key: string;
  alts: string[];
}

// As in the core's matcher: a word glued to what precedes it is part of a longer word.
const GLUED = /[\p{L}\p{M}\p{N}'\u2019\-\u2010\u2011_]/u;
const MIN_KEY = 3;
const NEXT_WORD = /^[\s\u00AD,\-\u2010\u2011]*([\p{L}\p{M}\p{N}]+(?:['\u2018\u2019\u02BC\uFF07][\p{L}\p{M}\p{N}]+)*)/u;

export const lemmaIndex = /* @__PURE__ */ memoize((lexicon: CompiledLexicon): LemmaIndex => {
  const vocabulary = new Set<string>();
  const seen = new Set<TrieNode>();
  const visit = (node: TrieNode) => {
    if (seen.has(node)) return;
    seen.add(node);
    for (const [word, child] of node.next) {
      if (typeof word === 'string') vocabulary.add(word);
      visit(child);
    }
  };
  visit(lexicon.root);
  const triggers = new Map<string, string[]>();
  for (const word of lexicon.root.next.keys()) {
    if (typeof word !== 'string') continue; // a phrase starts with a word, never a slot
    const key = lemmaKey(word);
    if (key.length < MIN_KEY || !/^[\p{L}]/u.test(key)) continue;
    const list = triggers.get(key);
    if (list) list.push(word);
    else triggers.set(key, [word]);
  }
  // A key is a prefix of its forms once "iz" may also be spelt "is".
  const prefixes = new Set<string>();
  for (const key of triggers.keys()) {
    prefixes.add(key);
    if (key.includes('iz')) prefixes.add(key.replaceAll('iz', 'is'));
  }
  // No lookbehind (it slows the scan down at every position): glued words are skipped after.
  const alternation = wordAlternation(prefixes);
  const prefilter = new RegExp(`\\b(?:${alternation})[\\p{L}\\p{M}]*`, 'giu');
  return { vocabulary, triggers, prefilter, prefixes: new RegExp(`\\b(?:${alternation})`, 'gi'), forms: new Map() };
});

/** A match found through a lemma, with what to say about it. */
export interface LemmaMatch extends Match {
  lemma: { form: string; lemma: string; readAs: string };
}

/**
 * Words that are an unlisted form of a trigger and start one of the lexicon's phrases when read
 * as a listed form: the word is read as each lexicon form with the same lemma key in turn, and
 * the core's matcher runs on that form followed by the rest of the sentence. The longest phrase
 * wins, and its offsets are mapped back onto the text (the word keeps its own offsets). No wink
 * yet: the caller has wink confirm the word's part of speech, for these few words only.
 */
export function lemmaMatches(
  text: string,
  index: LemmaIndex,
  lexicon: CompiledLexicon,
  sentenceEnd: (start: number, end: number) => number,
): LemmaMatch[] {
  const found: LemmaMatch[] = [];
  const ascii = !U_FOLDS.test(text);
  const re = new RegExp(ascii ? index.prefixes : index.prefilter);
  for (let hit = re.exec(text); hit; hit = re.exec(text)) {
    const start = hit.index;
    let end = start + hit[0].length;
    if (ascii) {
      // The prefilter's [\p{L}\p{M}]* after the prefix.
      TAIL.lastIndex = end;
      TAIL.test(text);
      re.lastIndex = end = TAIL.lastIndex;
    }
    if (start > 0 && GLUED.test(text[start - 1]!)) continue;
    const form = text.slice(start, end);
    let lead = index.forms.get(form);
    if (lead === undefined) {
      lead = formLead(index, form);
      if (index.forms.size < 10_000) index.forms.set(form, lead);
    }
    if (!lead) continue;
    const { key, alts } = lead;
    const rest = text.slice(end, Math.max(end, sentenceEnd(start, end)));
    let best: LemmaMatch | undefined;
    const next = NEXT_WORD.exec(rest)?.[1];
    for (const alt of alts) {
      // Cheap test first: the phrase must end at the word or go on with the next word or a slot.
      const node = lexicon.root.next.get(alt);
      if (!node || !(node.rule || node.next.has(SOMEONE) || (next !== undefined && node.next.has(normalizeWord(next))))) continue;
      // Matches start and end at word boundaries: 0, the end of the stand-in, or past it.
      const shift = (offset: number) => (offset === 0 ? start : offset <= alt.length ? end : offset - alt.length + end);
      const m = findMatches(alt + rest, lexicon)[0];
      if (!m || m.start !== 0 || (best && shift(m.end) <= best.end)) continue;
      best = {
        start,
        end: shift(m.end),
        rule: m.rule,
        someone: m.someone && { start: shift(m.someone.start), end: shift(m.someone.end) },
        lemma: { form, lemma: key, readAs: alt },
      };
    }
    if (best) found.push(best);
  }
  return found;
}

// Letters that the `u` flag's case folding matches to ASCII ones (s, k) and that `\\b` counts as
// word characters under `iu`: a text with one of them is scanned with the prefilter itself.
const U_FOLDS = /[\u017F\u212A]/;
const TAIL = /[\p{L}\p{M}]*/uy;

/** The lemma key of a form the prefilter found and the listed trigger forms with that key, or null. */
function formLead(index: LemmaIndex, form: string): FormLead | null {
  const norm = normalizeWord(form);
  if (index.vocabulary.has(norm)) return null;
  const key = lemmaKey(norm);
  const alts = index.triggers.get(key);
  return alts ? { key, alts } : null;
}

const CONTENT: ReadonlySet<string> = new Set(['VERB', 'NOUN', 'PROPN', 'ADJ']);

/**
 * wink's word on a lemma match: kept only if the word is a content word (a verb, noun or
 * adjective, not a preposition that happens to share a stem), with wink's lemma in the reason
 * where wink knows the word ("optimising" -> optimize).
 */
export function confirmLemma(match: LemmaMatch, token: NlpToken | undefined): LemmaMatch | undefined {
  if (!token || !CONTENT.has(token.pos)) return undefined;
  const known = token.lemma !== token.norm && /^[\p{L}]+$/u.test(token.lemma);
  return known ? { ...match, lemma: { ...match.lemma, lemma: token.lemma } } : match;
}
