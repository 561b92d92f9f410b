import type { CompiledLexicon, TrieNode } from '../match/compile-lexicon.js';
import { findMatches, type Match } from '../match/find-matches.js';
import { SOMEONE } from '../match/parse-pattern.js';
import { normalizeWord } from '../match/normalize.js';
import { wordAlternation } from '../match/word-regex.js';
import { memoize } from '../memoize.js';
import type { NlpToken } from './analyse.js';
import { isPeopleNoun, JOB_NOUNS, POSSESSIVES, WORKPLACES } from './people.js';

/** A match whose `[someone]` slot, or whose word for jobs, a wink noun phrase filled. */
export interface NounPhraseMatch extends Match {
  nounPhrase: string;
  /** What the noun phrase names: people (it fills `[someone]`) or jobs (its head fills the rule's job noun). */
  names: 'people' | 'jobs';
}

/**
 * Trigger words that a `[someone]` slot or a word for jobs follows ("let [someone] go",
 * "eliminate (the) positions"), found where the core's matcher found no phrase: the core's slot
 * takes at most five words from a fixed list, and its job phrases take a determiner at most, so
 * "let the whole QA contractor team go" and "eliminate roughly 2,000 positions" escape it.
 */
export function slotCandidates(text: string, lexicon: CompiledLexicon): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  const trigger = slotTrigger(lexicon);
  if (!trigger) return found;
  for (let hit = trigger.exec(text); hit; hit = trigger.exec(text)) {
    if (hit.index > 0 && GLUED.test(text[hit.index - 1]!)) continue;
    // Only worth reading with wink if a word for people, a workplace or jobs follows soon.
    const end = hit.index + hit[0].length;
    if (worthReadingAfter(text.slice(end, end + 120))) found.push({ start: hit.index, end });
  }
  return found;
}

/** Whether one of the first MAX_WORDS words of `after` is worth reading. */
function worthReadingAfter(after: string): boolean {
  WORDS.lastIndex = 0;
  for (let n = 0, m = WORDS.exec(after); m && n < MAX_WORDS; n++, m = WORDS.exec(after)) {
    const word = m[0];
    let worth = worthReadingWords.get(word);
    if (worth === undefined) {
      worth = worthReading(normalizeWord(word));
      if (worthReadingWords.size < 10_000) worthReadingWords.set(word, worth);
    }
    if (worth) return true;
  }
  return false;
}

/** worthReading by the word as written: the same words recur after every trigger. */
const worthReadingWords = new Map<string, boolean>();

const worthReading = (word: string) => isPeopleNoun(word) || OF_PEOPLE.has(word) || WORKPLACES.has(word) || JOB_NOUNS.has(word);

const WORDS = /[\p{L}\p{N}]+(?:['\u2019][\p{L}\p{N}]+)*/gu;
// As in the core's matcher: a word glued to what precedes it is part of a longer word.
const GLUED = /[\p{L}\p{M}\p{N}'\u2019\-\u2010\u2011_]/u;

const slotTriggers = /* @__PURE__ */ memoize((lexicon: CompiledLexicon): RegExp | null => {
  const words = [...lexicon.root.next].filter(([, node]) => node.next.has(SOMEONE) || leadsToJobs(node, 2)).map(([word]) => word as string);
  return words.length > 0 ? new RegExp(`\\b(?:${wordAlternation(words)})\\b`, 'gi') : null;
});

/** One RegExp of the trigger words that a [someone] slot or a job noun follows, built once per lexicon. */
function slotTrigger(lexicon: CompiledLexicon): RegExp | undefined {
  const re = slotTriggers(lexicon);
  return re ? new RegExp(re) : undefined;
}

/**
 * Whether a word for jobs follows `node`, at once or past `depth - 1` determiners or an "of"
 * ("eliminate the roles", "elimination of the roles"): where a noun phrase may stand.
 */
function leadsToJobs(node: TrieNode, depth: number): boolean {
  for (const [word, next] of node.next) {
    if (typeof word !== 'string') continue;
    if (JOB_NOUNS.has(word) || (depth > 1 && NP_LEADS.has(word) && leadsToJobs(next, depth - 1))) return true;
  }
  return false;
}

const NP_LEADS = new Set(['of', 'the', 'a', 'an', 'our', 'its', 'their', 'your', 'his', 'her', 'my', 'these', 'those', 'some', 'several', 'many', 'certain', 'all']);

const NP_POS = /^(DET|ADJ|NUM|NOUN|PROPN)$/;
const MAX_WORDS = 8;
const OF_PEOPLE = new Set(['us', 'them', 'you']);

/** Words for a share of something: "half of the plant", "most of the team". */
const SHARES = new Set(['half', 'third', 'quarter', 'most', 'many', 'some', 'all', 'part', 'rest', 'much', 'majority', 'bulk', 'fifth', 'tenth']);
const QUANTITY = new Set(['CARDINAL', 'PERCENT', 'ORDINAL']);

/**
 * Reads the noun phrase wink sees after `tokens[i]` (a trigger whose phrase has a `[someone]`
 * slot or a word for jobs next). When its head is a person or a group of people ("the whole QA
 * contractor team", "230 people"), or a share of a workplace ("a third of the plant": its
 * people), the phrase is put in the slot: the core's matcher runs on the trigger, a stand-in
 * pronoun and the rest of the sentence. When its head is a word for jobs ("roughly 2,000
 * positions"), the matcher runs on the trigger and the head alone ("eliminate positions"): a
 * noun phrase means what its head means, whatever numbers and adjectives come before it. The
 * match is mapped back onto the text.
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
  let share = false;
  while (k < tokens.length && k - i <= MAX_WORDS) {
    const t = tokens[k]!;
    // "roughly 2,000", "nearly half": an adverb before a number.
    const beforeNumber = t.pos === 'ADV' && (tokens[k + 1]?.pos === 'NUM' || SHARES.has(tokens[k + 1]?.norm ?? ''));
    if (NP_POS.test(t.pos) || (t.pos === 'PRON' && POSSESSIVES.has(t.norm)) || t.norm === 'about' || t.norm === 'of' || beforeNumber) {
      if (t.pos === 'NOUN' || t.pos === 'PROPN') head = t;
      if ((t.entity && QUANTITY.has(t.entity)) || SHARES.has(t.norm)) share = true;
      k++;
    } else {
      // "30 of us", "half of them": a pronoun for people ends the phrase.
      if (t.pos === 'PRON' && tokens[k - 1]?.norm === 'of' && OF_PEOPLE.has(t.norm)) head = t;
      break;
    }
  }
  if (!head) return undefined;
  const first = tokens[i + 1]!;
  const people = isPeopleNoun(head.norm) || (head.pos === 'PRON' && OF_PEOPLE.has(head.norm)) || (share && WORKPLACES.has(head.norm));
  if (people) {
    const word = text.slice(trigger.start, trigger.end);
    const standIn = `${word} them`;
    const found = probe(standIn, standIn.length - 'them'.length, true, head, sentenceEnd, text, lexicon, trigger);
    return found && { ...found, someone: { start: first.start, end: head.end }, nounPhrase: text.slice(first.start, head.end), names: 'people' };
  }
  if (!JOB_NOUNS.has(head.norm)) return undefined;
  // "elimination of about 400 positions": the "of" belongs to the trigger's phrase.
  const from = first.norm === 'of' ? tokens[i + 2]! : first;
  if (from === head) return undefined; // nothing before the head: the core's matcher has seen it
  const prefix = text.slice(trigger.start, from.start);
  const headText = text.slice(head.start, head.end);
  const found = probe(prefix + headText, prefix.length, false, head, sentenceEnd, text, lexicon, trigger);
  return found && { ...found, nounPhrase: text.slice(from.start, head.end), names: 'jobs' };
}

/**
 * Runs the core's matcher on `lead` (the trigger and a stand-in for the noun phrase, which starts
 * at `slot`) and the sentence after the phrase's head, and maps a match that starts at the
 * trigger and takes the whole stand-in (in the [someone] slot, if `someone`) back onto the text.
 */
function probe(
  lead: string,
  slot: number,
  someone: boolean,
  head: NlpToken,
  sentenceEnd: number,
  text: string,
  lexicon: CompiledLexicon,
  trigger: NlpToken,
): Pick<Match, 'start' | 'end' | 'rule'> | undefined {
  const probeText = lead + text.slice(head.end, Math.max(head.end, sentenceEnd));
  const shift = (offset: number) =>
    offset <= slot ? trigger.start + offset : offset <= lead.length ? head.end : offset - lead.length + head.end;
  for (const m of findMatches(probeText, lexicon)) {
    if (m.start !== 0 || m.end < lead.length) continue;
    // A stand-in pronoun must fill the rule's [someone] slot, not end some other phrase.
    if (someone && m.someone?.start !== slot) continue;
    return { start: trigger.start, end: shift(m.end), rule: m.rule };
  }
  return undefined;
}
