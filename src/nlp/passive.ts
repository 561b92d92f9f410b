import type { CompiledLexicon } from '../match/compile-lexicon.js';
import { findMatches, type Match } from '../match/find-matches.js';
import type { NlpToken } from './analyse.js';
import { wordAlternation } from '../match/word-regex.js';
import { JOB_NOUNS } from './people.js';

/** A match the core's matcher made on the sentence with its passive read as a plain one. */
export interface PassiveMatch extends Match {
  /** What was read past: "got" as "was", an adverb, scare quotes. */
  passive: string[];
}

/**
 * Where a word for jobs is followed, within a few words, by a "get" passive, an adverb, a
 * quote or a preposition ("my role got 'eliminated'", "the position was unfortunately
 * eliminated", "your role on the Brand team is no longer needed"): the core's job phrases
 * ("@roles (@aux) eliminated") take "be" and its auxiliaries only, right after the noun and
 * right before the participle. Raw text only: wink confirms.
 */
export function passiveCandidates(text: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  // The hint's words, found by the words for jobs alone: the same hits as running the hint on
  // every word and keeping the words for jobs (a scan that tried every word was most of the cost).
  // The words are found without the `u` flag (five times faster) where that finds the same ones,
  // and the hint is then tried at each.
  const words = (jobWords ??= new RegExp(`\\b(?:${wordAlternation(JOB_NOUNS)})\\b`, 'gi'));
  const hint = (jobHint ??= new RegExp(`\\b(${wordAlternation(JOB_NOUNS)})\\b${HINT_AFTER}`, 'giu'));
  const ascii = !U_FOLDS.test(text);
  const scan = new RegExp(ascii ? words : hint);
  const at = ascii ? new RegExp(hint, 'iuy') : undefined;
  for (let w = scan.exec(text); w; w = scan.exec(text)) {
    let m: RegExpExecArray | null = w;
    if (at) {
      at.lastIndex = w.index;
      m = at.exec(text);
      if (!m) continue;
    }
    if (!JOB_NOUNS.has(m[1]!.toLowerCase())) continue;
    // Where letters run on before the word ("éjobs"), the word the hint reads starts at the
    // run's first word boundary, which may be earlier: ask the hint itself from the run's start.
    const from = letterRunStart(text, m.index);
    if (from < m.index) {
      const hint = new RegExp(PASSIVE_HINT, 'giu');
      hint.lastIndex = from;
      if (hint.exec(text)?.index !== m.index) continue;
    }
    found.push({ start: m.index, end: m.index + m[1]!.length });
  }
  return found;
}

/** What must follow a word for jobs: auxiliaries, then "got", an adverb, a quote or a preposition. */
const HINT_AFTER = String.raw`(?=(?:\s+(?:has|have|had|is|are|was|were|will|be|been|being|just|now))*\s+(?:got|gets|get|gotten|getting|\p{L}+ly\b|['‘“"]|(?:in|on|at|within|across|for)\s))`;
/** Any word followed by the above: the hint as first written, which read every word. */
const PASSIVE_HINT = String.raw`\b(\p{L}+)\b${HINT_AFTER}`;
let jobHint: RegExp | undefined;
let jobWords: RegExp | undefined;
// Letters that the `u` flag's case folding matches to ASCII ones (s, k) and that `\\b` counts as
// word characters under `iu`: a text with one of them is scanned with the hint itself.
const U_FOLDS = /[\u017F\u212A]/;

const LETTER = /^\p{L}$/u;
/** Where the run of letters (\p{L}) that goes on up to `at` starts: `at` itself if no letter precedes it. */
function letterRunStart(text: string, at: number): number {
  let r = at;
  while (r > 0) {
    const low = text.charCodeAt(r - 1);
    const width = low >= 0xdc00 && low <= 0xdfff && r >= 2 && (text.charCodeAt(r - 2) & 0xfc00) === 0xd800 ? 2 : 1;
    if (!LETTER.test(text.slice(r - width, r))) break;
    r -= width;
  }
  return r;
}

// The "get" passive and the "be" form of the same length or shorter (padded with spaces).
const GET_AS_BE: Record<string, string> = { got: 'was', gets: 'is', get: 'be', gotten: 'been', getting: 'being' };
const QUOTES = new Set(["'", '"', '\u2018', '\u2019', '\u201C', '\u201D']);

/**
 * Reads the sentence from a word for jobs (`tokens[i]`) on as a plain passive: a prepositional
 * phrase after the noun, adverbs and scare quotes before the participle left out, a "get"
 * passive read as "be" ("got" as "was"), and runs the
 * core's matcher on it. The rewrite keeps every offset (words are replaced by words as long, or
 * by spaces), so a match maps straight back onto the text. Only a match that starts at the word
 * for jobs and reaches past what was rewritten counts.
 */
export function matchPassive(text: string, tokens: NlpToken[], i: number, lexicon: CompiledLexicon): PassiveMatch | undefined {
  const subject = tokens[i]!;
  const passive: string[] = [];
  const chars = text.slice(subject.start, tokens[tokens.length - 1]!.end).split('');
  const blank = (t: NlpToken) => {
    for (let c = t.start; c < t.end; c++) chars[c - subject.start] = ' ';
  };
  let k = i + 1;
  let rewritten = -1;
  // A prepositional phrase after the subject's head says which job, not what happens to it:
  // "your role on the Brand team is no longer needed".
  if (tokens[k]?.pos === 'ADP' && tokens[k]!.norm !== 'of') {
    let e = k + 1;
    while (e < tokens.length && e - k <= 5 && /^(DET|ADJ|NUM|NOUN|PROPN)$/.test(tokens[e]!.pos)) e++;
    if (e > k + 1 && /^(NOUN|PROPN)$/.test(tokens[e - 1]!.pos) && tokens[e]?.pos === 'AUX') {
      passive.push(`"${text.slice(tokens[k]!.start, tokens[e - 1]!.end)}" says which job`);
      for (let b = k; b < e; b++) blank(tokens[b]!);
      rewritten = tokens[e - 1]!.end;
      k = e;
    }
  }
  // Auxiliaries, adverbs, quotes, up to the participle.
  for (const from = k; k < tokens.length && k - from <= 6; k++) {
    const t = tokens[k]!;
    const be = GET_AS_BE[t.norm];
    if (be !== undefined) {
      blank(t);
      for (let c = 0; c < be.length; c++) chars[t.start - subject.start + c] = be[c]!;
      passive.push(`"${text.slice(t.start, t.end)}" as "${be}"`);
      rewritten = t.end;
    } else if (t.pos === 'ADV' && /ly$/.test(t.norm)) {
      blank(t);
      passive.push(`adverb "${text.slice(t.start, t.end)}"`);
      rewritten = t.end;
    } else if (QUOTES.has(t.norm)) {
      blank(t);
      if (!passive.includes('scare quotes')) passive.push('scare quotes');
      rewritten = t.end;
    } else if (t.pos !== 'AUX') break;
  }
  // The word the rewrite leads to (the participle, or "no longer needed"): the match must take it.
  const participle = tokens[k];
  if (rewritten < 0 || !participle) return undefined;
  // A closing quote right after the participle.
  const close = tokens[k + 1];
  const closing = !!close && QUOTES.has(close.norm) && close.start === participle.end;
  if (closing) blank(close);
  const probe = chars.join('');
  for (const m of findMatches(probe, lexicon)) {
    const end = subject.start + m.end;
    if (m.start !== 0 || end < participle.end) continue;
    return { start: subject.start, end: closing && end === participle.end ? close.end : end, rule: m.rule, passive };
  }
  return undefined;
}
