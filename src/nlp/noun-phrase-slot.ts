import type { CompiledLexicon } from '../match/compile-lexicon.js';
import { findMatches, type Match } from '../match/find-matches.js';
import { normalizeWord } from '../match/normalize.js';
import { wordAlternation } from '../match/word-regex.js';
import type { NlpToken } from './analyse.js';
import { isPeopleNoun, POSSESSIVES } from './people.js';

/** A match whose `[someone]` slot a wink noun phrase filled. */
export interface NounPhraseMatch extends Match {
  nounPhrase: string;
}

/**
 * Trigger words that a `[someone]` slot follows ("let [someone] go", "release [someone]"),
 * found where the core's matcher found no phrase: the core's slot takes at most five words
 * from a fixed list, so "let the whole QA contractor team go" escapes it.
 */
export function slotCandidates(text: string, lexicon: CompiledLexicon): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  const trigger = slotTrigger(lexicon);
  if (!trigger) return found;
  for (let hit = trigger.exec(text); hit; hit = trigger.exec(text)) {
    if (hit.index > 0 && GLUED.test(text[hit.index - 1]!)) continue;
    // Only worth reading with wink if a word for people follows soon.
    const end = hit.index + hit[0].length;
    const next = text.slice(end, end + 120).match(WORDS)?.slice(0, MAX_WORDS) ?? [];
    if (next.some((word) => isPeopleNoun(normalizeWord(word)) || OF_PEOPLE.has(normalizeWord(word)))) found.push({ start: hit.index, end });
  }
  return found;
}

const WORDS = /[\p{L}\p{N}]+(?:['\u2019][\p{L}\p{N}]+)*/gu;
// As in the core's matcher: a word glued to what precedes it is part of a longer word.
const GLUED = /[\p{L}\p{M}\p{N}'\u2019\-\u2010\u2011_]/u;

const slotTriggers = new WeakMap<CompiledLexicon, RegExp | null>();
/** One RegExp of the trigger words that a [someone] slot follows, built once per lexicon. */
function slotTrigger(lexicon: CompiledLexicon): RegExp | undefined {
  let re = slotTriggers.get(lexicon);
  if (re === undefined) {
    const words = [...lexicon.root.next].filter(([, node]) => node.someone).map(([word]) => word);
    re = words.length > 0 ? new RegExp(`\\b(?:${wordAlternation(words)})\\b`, 'gi') : null;
    slotTriggers.set(lexicon, re);
  }
  return re ? new RegExp(re) : undefined;
}

const NP_POS = /^(DET|ADJ|NUM|NOUN|PROPN)$/;
const MAX_WORDS = 8;
const OF_PEOPLE = new Set(['us', 'them', 'you']);

/**
 * Reads the noun phrase wink sees after `tokens[i]` (a trigger whose phrase has a `[someone]`
 * slot next). When its head is a person or a group of people ("the whole QA contractor team",
 * "230 people"), the phrase is put in the slot: the core's matcher runs on the trigger, a
 * stand-in pronoun and the rest of the sentence, and the match is mapped back onto the text.
 */
export function matchNounPhraseSlot(
  text: string,
  tokens: NlpToken[],
  i: number,
  sentenceEnd: number,
  lexicon: CompiledLexicon,
): NounPhraseMatch | undefined {
  const trigger = tokens[i]!;
  let k = i + 1;
  let head: NlpToken | undefined;
  while (k < tokens.length && k - i <= MAX_WORDS) {
    const t = tokens[k]!;
    if (NP_POS.test(t.pos) || (t.pos === 'PRON' && POSSESSIVES.has(t.norm)) || t.norm === 'about' || t.norm === 'of') {
      if (t.pos === 'NOUN' || t.pos === 'PROPN') head = t;
      k++;
    } else {
      // "30 of us", "half of them": a pronoun for people ends the phrase.
      if (t.pos === 'PRON' && tokens[k - 1]?.norm === 'of' && OF_PEOPLE.has(t.norm)) head = t;
      break;
    }
  }
  // The phrase ends at its head: "the plant of ..." stops before "of".
  if (!head || !(isPeopleNoun(head.norm) || (head.pos === 'PRON' && OF_PEOPLE.has(head.norm)))) return undefined;
  const word = text.slice(trigger.start, trigger.end);
  const standIn = `${word} them`;
  const probe = standIn + text.slice(head.end, Math.max(head.end, sentenceEnd));
  const slotStart = standIn.length - 'them'.length;
  const shift = (offset: number) =>
    offset <= slotStart ? trigger.start + offset : offset <= standIn.length ? head!.end : offset - standIn.length + head!.end;
  for (const m of findMatches(probe, lexicon)) {
    if (m.start !== 0 || !m.someone || m.someone.start !== slotStart || m.end < standIn.length) continue;
    return {
      start: trigger.start,
      end: shift(m.end),
      rule: m.rule,
      someone: { start: tokens[i + 1]!.start, end: head.end },
      nounPhrase: text.slice(tokens[i + 1]!.start, head.end),
    };
  }
  return undefined;
}
