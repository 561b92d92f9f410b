import type { Match } from '../match/find-matches.js';
import { someoneLengths } from '../match/someone-slot.js';
import { TokenStream } from '../match/tokens.js';
import { cueMatcher, type CueMatcher } from '../context/cue-matcher.js';
import { sentenceBounds } from '../context/sentence-bounds.js';
import { WINDOW } from '../context/weights.js';
import { JOB_LOSS_CUES, WEAK_EMPLOYMENT_CUES, WORKPLACE_CUES } from '../context/cues.js';
import { isPeopleNoun, JOB_NOUNS, POSSESSIVES } from './people.js';
import type { NlpToken } from './analyse.js';
import { NLP_WEIGHTS as W } from './weights.js';

/** One piece of NLP evidence: how far it moves the score (log-odds) and how to say it. */
export interface Feature {
  delta: number;
  reason: string;
}

/** What the features look at: the candidate, its tokens, and the tokens of its sentences. */
export interface FeatureInput {
  text: string;
  match: Match;
  /** Placed tokens of the candidate's sentence, in order. */
  sentence: NlpToken[];
  /** wink's sentiment of the candidate's sentence and the best of its neighbours' (read for spin only). */
  sentiment: number | undefined;
  neighbourSentiment: number | undefined;
  /** Whether the sentence or its neighbours talk about jobs (the core's job-loss and workplace cues). */
  aboutJobs: boolean;
}

const signed = (x: number) => `${x >= 0 ? '+' : ''}${x.toFixed(2)}`;
const quote = (text: string, t: NlpToken) => `"${text.slice(t.start, t.end)}"`;

/** Words after "go" that make "let X go" a phrasal verb of movement: "let him go out". */
const PARTICLES = new Set([
  'out', 'back', 'home', 'away', 'ahead', 'free', 'up', 'down', 'around', 'inside', 'outside',
  'through', 'over', 'off', 'forth', 'bankrupt', 'unpunished',
]);
const DETERMINERS = new Set(['DET', 'ADJ', 'NUM']);
const SUBJECT_PRONOUNS = new Set(['i', 'you', 'he', 'she', 'we', 'they']);
const QUOTES = new Set(["'", '"', '\u2018', '\u2019', '\u201C', '\u201D']);
/** "11 of us", "half of them". */
const OF_PEOPLE = new Set(['us', 'them', 'you']);
// Forms of "be", "get" and "remain" (no lemma needed for these).
const BE = new Set(['be', 'is', 'am', 'are', 'was', 'were', 'been', 'being', "'s", "'re", "'m", '\u2019s', '\u2019re', '\u2019m']);
const GET = new Set(['get', 'gets', 'got', 'gotten', 'getting']);
const REMAIN = new Set(['remain', 'remains', 'remained', 'remaining', 'stay', 'stays', 'stayed']);
/** "let go of who the character was": a clause, not a person. */
const WH = new Set(['who', 'whom', 'what', 'which', 'whoever', 'whatever']);
// The core's cue lists, compiled on first use (importing the entry runs nothing).
let cues: { organisation: CueMatcher; staffing: CueMatcher } | undefined;
const matchers = () =>
  (cues ??= { organisation: cueMatcher(WEAK_EMPLOYMENT_CUES), staffing: cueMatcher([...JOB_LOSS_CUES, ...WORKPLACE_CUES]) });

/** Whether a piece of text talks about jobs: one of the core's job-loss or workplace cues. */
export function talksAboutJobs(text: string): boolean {
  return matchers().staffing(text).length > 0;
}

type Who = 'person' | 'organisation' | 'thing' | undefined;

/**
 * Whether a head word stands for people or for a thing. A thing needs a determiner or a
 * possessive in front ("the rope", "her hand"), so that chat words ("tbh") and dates do not
 * pass for objects.
 */
function who(text: string, head: NlpToken, determined = true): Who {
  if (head.entity === 'DATE' || head.entity === 'TIME') return undefined;
  // A name ("John", "Wiggington"), not a product code ("S3") or an acronym.
  if (head.pos === 'PROPN') return /^\p{Lu}\p{Ll}+$/u.test(text.slice(head.start, head.end)) ? 'person' : undefined;
  if (head.pos === 'PRON') {
    if ((POSSESSIVES.has(head.norm) && head.norm !== 'her') || WH.has(head.norm)) return undefined;
    return someoneLengths(new TokenStream(text, head.start), 0).length > 0 || SUBJECT_PRONOUNS.has(head.norm) ? 'person' : 'thing';
  }
  if (head.pos === 'NOUN') {
    const kind = nounKind(head.norm);
    return kind === 'thing' && !determined ? undefined : kind;
  }
  return undefined;
}

const nounKinds = new Map<string, Who>();
/** People ("staff"), where people work ("company", "department"), or a thing. */
function nounKind(noun: string): Who {
  let kind = nounKinds.get(noun);
  if (kind === undefined) {
    if (isPeopleNoun(noun) || JOB_NOUNS.has(noun) || matchers().staffing(noun).length > 0) kind = 'person';
    // A company, a business, a department: where people work, so not a mere thing.
    else kind = matchers().organisation(noun).length > 0 ? 'organisation' : 'thing';
    if (nounKinds.size < 10_000) nounKinds.set(noun, kind);
  }
  return kind;
}

interface Phrase {
  head: NlpToken;
  /** The phrase opens with a determiner, a number, an adjective or a possessive. */
  determined: boolean;
}

/** The head of the noun phrase starting at token i ("the new sales team" -> "team"). */
function nounPhraseHead(tokens: NlpToken[], i: number, limit = 5): Phrase | undefined {
  let determined = false;
  for (let k = i; k < Math.min(tokens.length, i + limit); k++) {
    const t = tokens[k]!;
    const next = tokens[k + 1];
    if (DETERMINERS.has(t.pos)) {
      determined = true;
      continue;
    }
    if (t.pos === 'PRON' && POSSESSIVES.has(t.norm) && next && /^(NOUN|PROPN|ADJ|NUM)$/.test(next.pos)) {
      determined = true;
      continue;
    }
    if (t.pos === 'NOUN' || t.pos === 'PROPN') {
      // A compound counts as people if any of its nouns does: "our talent footprint".
      let head = t;
      let people = isPeopleNoun(t.norm) ? t : undefined;
      while (tokens[k + 1] && /^(NOUN|PROPN)$/.test(tokens[k + 1]!.pos)) {
        head = tokens[++k]!;
        if (isPeopleNoun(head.norm)) people = head;
      }
      return { head: people ?? head, determined };
    }
    if (t.pos === 'PRON') return { head: t, determined: true };
    return undefined;
  }
  return undefined;
}

/** Splits the sentence's tokens into before, inside and after the candidate. */
function around(input: FeatureInput) {
  const { sentence, match } = input;
  const first = sentence.findIndex((t) => t.end > match.start);
  const after = sentence.findIndex((t) => t.start >= match.end);
  const inside = sentence.filter((t) => t.start < match.end && t.end > match.start);
  return { first: first < 0 ? sentence.length : first, after: after < 0 ? sentence.length : after, inside };
}

/**
 * Parts of speech where they decide the sense: what the phrase does to whom.
 * - a verb with a person as object ("released John", "let go of 40 employees"): +
 * - a verb with a thing as object ("released the app", "let go of the rope"): - (one-person
 *   categories only: "restructuring the business" is still a layoff word)
 * - a passive with a person as subject ("I was let go"): +; with a thing ("the app was released"): -
 * - "go" followed by a particle ("let him go out"): a phrasal verb of movement, -
 * - a phrase opening with a preposition after a noun ("breaks between jobs"): -, after "be"
 *   or a person ("I am between jobs"): +
 */
export function partOfSpeechFeatures(input: FeatureInput): Feature[] {
  const { text, match, sentence } = input;
  const features: Feature[] = [];
  const { first, after, inside } = around(input);
  if (inside.length === 0) return features;
  const trigger = inside[0]!;
  const last = inside[inside.length - 1]!;
  // Categories whose words need people as their object: separation and spin (one person),
  // reduction (many). Restructuring words take things ("restructuring the business") anyway.
  const needsPeople = match.rule.category !== 'restructuring' && match.rule.category !== 'impact';
  // Spin words take people in their literal sense too (schools graduate students, clubs
  // players): a person as object or subject says nothing there.
  const schoolsToo = match.rule.category === 'spin';
  // wink tags unknown participles as names ("she was RIFed"): a one-word match after "be" or
  // "get" is read as the verb.
  const previous = sentence[first - 1];
  const verb =
    inside.find((t) => t.pos === 'VERB') ??
    (inside.length === 1 && previous && (BE.has(previous.norm) || GET.has(previous.norm)) ? trigger : undefined);

  // Inside a noun phrase ("a downsized fleet", "the restructured team"), the word is an
  // adjective whatever wink calls it, and the noun after it is what it is about.
  const inNounPhrase = inside.length === 1 && !!previous && (previous.pos === 'DET' || POSSESSIVES.has(previous.norm)) && /^(NOUN|PROPN)$/.test(sentence[after]?.pos ?? '');
  // The phrase ends in its verb or the verb's particle ("released", "let go", "saying goodbye to"):
  // what follows is the verb's object.
  const open = !inNounPhrase && (/^(VERB|ADP|PART|ADV)$/.test(last.pos) || last.norm === 'go');
  // A noun for the act takes its object with "of": "the downsizing of dreams", "of 40 staff".
  const nominalOf = !open && last.pos === 'NOUN' && sentence[after]?.norm === 'of';
  if (nominalOf && !match.someone) {
    const phrase = nounPhraseHead(sentence, after + 1);
    const kind = phrase && who(text, phrase.head, phrase.determined);
    if (kind === 'person' && !schoolsToo) {
      features.push({ delta: W.personObject, reason: `pos: ${quote(text, last)} is done to people (${quote(text, phrase!.head)}) (${signed(W.personObject)})` });
    } else if (kind === 'thing' && needsPeople) {
      features.push({ delta: W.thingObject, reason: `pos: ${quote(text, last)} is done to a thing (${quote(text, phrase!.head)}) (${signed(W.thingObject)})` });
    }
  }
  if (verb && open && !match.someone) {
    // The object: right after the phrase, past an "of" ("let go of 40 employees").
    let k = after;
    if (sentence[k]?.norm === 'of') k++;
    const phrase = sentence[k]?.pos === 'ADP' ? undefined : nounPhraseHead(sentence, k);
    const head = phrase?.head;
    const kind = phrase && who(text, phrase.head, phrase.determined);
    if (kind === 'person' && !schoolsToo) {
      features.push({ delta: W.personObject, reason: `pos: ${quote(text, verb)} is a verb with a person as object (${quote(text, head!)}) (${signed(W.personObject)})` });
    } else if (kind === 'thing' && needsPeople) {
      features.push({ delta: W.thingObject, reason: `pos: ${quote(text, verb)} is a verb with a thing as object (${quote(text, head!)}) (${signed(W.thingObject)})` });
    }
  }
  // The passive: "<someone> was/got <participle>", the auxiliary in the phrase or before it.
  if (verb && !/ing$/.test(verb.norm)) {
    let b = sentence.indexOf(verb) - 1;
    // Past adverbs and scare quotes: "my whole team was 'optimized'".
    while (b >= 0 && (sentence[b]!.pos === 'ADV' || QUOTES.has(sentence[b]!.norm))) b--;
    if (b >= 0 && (BE.has(sentence[b]!.norm) || GET.has(sentence[b]!.norm))) {
      let s = b - 1;
      while (s >= 0 && /^(AUX|ADV|PART)$/.test(sentence[s]!.pos)) s--;
      const subject = s >= 0 ? sentence[s]! : undefined;
      const determined = s > 0 && (DETERMINERS.has(sentence[s - 1]!.pos) || POSSESSIVES.has(sentence[s - 1]!.norm));
      const kindS = subject && who(text, subject, determined);
      if (kindS === 'person' && !schoolsToo) {
        features.push({ delta: W.personPassive, reason: `pos: ${quote(text, verb)} is passive with a person as subject (${quote(text, subject!)}) (${signed(W.personPassive)})` });
      } else if (kindS === 'thing' && needsPeople) {
        features.push({ delta: W.thingPassive, reason: `pos: ${quote(text, verb)} is passive with a thing as subject (${quote(text, subject!)}) (${signed(W.thingPassive)})` });
      }
    }
  }

  // A participle or noun next to a noun: "a downsized fleet" and "vehicle downsizing" are about
  // things; "downsized employees" and "staff downsizing" about people.
  if (!open && !nominalOf && needsPeople && inside.length === 1) {
    // The head of a compound after it: "a downsized Hampton Roads fleet" -> "fleet".
    let h = after;
    while (/^(NOUN|PROPN)$/.test(sentence[h + 1]?.pos ?? '') && /^(NOUN|PROPN)$/.test(sentence[h]?.pos ?? '')) h++;
    const nextNoun = sentence[h]?.pos === 'NOUN' && (trigger.pos === 'ADJ' || trigger.pos === 'VERB') ? sentence[h] : undefined;
    const before = trigger.pos === 'NOUN' && previous?.pos === 'NOUN' ? previous : undefined;
    const noun = nextNoun ?? before;
    if (noun && who(text, noun) === 'thing') {
      const how = nextNoun ? `modifies the noun ${quote(text, noun)}` : `is modified by the noun ${quote(text, noun)}`;
      features.push({ delta: W.thingModifier, reason: `pos: ${quote(text, trigger)} ${how}, a thing (${signed(W.thingModifier)})` });
    }
  }

  if (last.norm === 'go') {
    const particle = sentence[after];
    // "go over a call", "go through HR": a preposition with its own object heads an adjunct
    // (how, when), not a particle of movement; "go out", "go back home" have no object.
    const object = sentence[after + 1];
    const preposition = particle?.pos === 'ADP' && !!object && (/^(DET|NUM|NOUN|PROPN)$/.test(object.pos) || POSSESSIVES.has(object.norm));
    if (particle && PARTICLES.has(particle.norm) && !particle.entity && !preposition) {
      features.push({ delta: W.phrasalGo, reason: `pos: "go ${text.slice(particle.start, particle.end)}" is a phrasal verb of movement (${signed(W.phrasalGo)})` });
    }
  }

  if (trigger.pos === 'ADP' && first > 0) {
    // "time in between jobs", "I'm in between jobs": look past a doubled preposition.
    const skip = first > 1 && sentence[first - 1]!.norm === 'in' ? 2 : 1;
    const before = sentence[first - skip]!;
    if (before.pos === 'NOUN' && !isPeopleNoun(before.norm)) {
      features.push({ delta: W.prepositionAfterNoun, reason: `pos: ${quote(text, trigger)} opens a phrase about the noun ${quote(text, before)} (${signed(W.prepositionAfterNoun)})` });
    } else if (BE.has(before.norm) || REMAIN.has(before.norm) || before.pos === 'ADV' || SUBJECT_PRONOUNS.has(before.norm)) {
      features.push({ delta: W.prepositionAfterBe, reason: `pos: ${quote(text, trigger)} describes a person's state (after ${quote(text, before)}) (${signed(W.prepositionAfterBe)})` });
    }
  }
  return features;
}

/** Strongly positive sentences about a departure are what spin looks like ("Happy graduation!"). */
export function sentimentFeatures(input: FeatureInput): Feature[] {
  const { match, sentiment, neighbourSentiment, aboutJobs } = input;
  // Good cheer is only spin when the subject is a job, as in the core.
  if (match.rule.category !== 'spin' || !aboutJobs) return [];
  const features: Feature[] = [];
  if (sentiment !== undefined && sentiment >= W.sentimentFloor) {
    const delta = W.sentiment * sentiment;
    features.push({ delta, reason: `sentence-sentiment: ${signed(sentiment)} (spin) (${signed(delta)})` });
  } else if (neighbourSentiment !== undefined && neighbourSentiment >= W.sentimentFloor) {
    const delta = W.sentiment * W.neighbour * neighbourSentiment;
    features.push({ delta, reason: `neighbour-sentiment: ${signed(neighbourSentiment)} in a nearby sentence (spin) (${signed(delta)})` });
  }
  return features;
}

/**
 * Numbers and percentages next to people or jobs ("1,200 roles", "12% of staff", "reduce
 * headcount by 12%", "two hundred employees", "let 230 people go", "11 of us"): mass-layoff cues.
 */
export function numberFeatures(input: FeatureInput): Feature[] {
  const { text, match } = input;
  // Counting people is a mass-layoff cue for the many-people categories, and for a one-person
  // phrase only when the count is who it is about ("let 230 people go"). Never for spin: clubs
  // graduate three players, and alumni networks have 3,000 members.
  const { category } = match.rule;
  if (category === 'spin') return [];
  const slot = match.someone;
  if (category === 'separation' && !slot) return [];
  const find = (tokens: NlpToken[]): string | undefined => {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.entity !== 'CARDINAL' && t.entity !== 'PERCENT') continue;
      let j = i;
      while (tokens[j + 1]?.entity === t.entity) j++;
      const number = text.slice(t.start, tokens[j]!.end);
      const percent = t.entity === 'PERCENT';
      for (let k = j + 1; k < Math.min(tokens.length, j + 5); k++) {
        const w = tokens[k]!;
        if (w.pos === 'NOUN' || w.pos === 'PROPN' || (w.pos === 'PRON' && tokens[k - 1]?.norm === 'of')) {
          // "1,200 roles", "12% of staff", "11 of us".
          if (isPeopleNoun(w.norm) || JOB_NOUNS.has(w.norm) || (w.pos === 'PRON' && OF_PEOPLE.has(w.norm))) {
            return `${number}" next to "${text.slice(w.start, w.end)}`;
          }
          if (!percent) break;
        } else if (!/^(ADJ|ADP|DET|NUM|PRON|ADV|SYM|PUNCT)$/.test(w.pos) || w.norm === ',' || w.norm === '.') break;
      }
      if (percent) {
        for (let k = Math.max(0, i - 5); k < i; k++) {
          const w = tokens[k]!;
          if ((w.pos === 'NOUN' || w.pos === 'PROPN') && (isPeopleNoun(w.norm) || JOB_NOUNS.has(w.norm))) {
            return `${number}" after "${text.slice(w.start, w.end)}`;
          }
        }
      }
      i = j;
    }
    return undefined;
  };
  // The sentence only: the core's cues ("# people", "#% of") already read the text around it.
  const near = find(category === 'separation' ? input.sentence.filter((t) => t.start >= slot!.start && t.end <= slot!.end) : input.sentence);
  return near ? [{ delta: W.massNumber, reason: `mass-layoff-number: "${near}" (${signed(W.massNumber)})` }] : [];
}

/**
 * Negation ("we are not rightsizing") leaves the score as it is, and says so. A denied layoff in
 * mild words is still a layoff in mild words, and denial is a spin move of its own ("this is not
 * a layoff, it is a realignment"); the plain sentence is "we are not laying anyone off". Users
 * who disagree can filter on this reason or `allow` the phrase.
 */
export function negationFeatures(input: FeatureInput): Feature[] {
  const { text, match, sentence } = input;
  const negated = sentence.find((t) => t.start < match.end && t.end > match.start && t.negated);
  if (!negated) return [];
  return [{ delta: 0, reason: `negation: ${quote(text, negated)} is negated; a denied euphemism is still one (+0.00)` }];
}

const PREPOSITIONS = new Set([
  'between', 'in', 'on', 'out', 'of', 'off', 'at', 'for', 'from', 'with', 'without', 'after', 'into',
  'through', 'under', 'over', 'upon', 'by', 'to', 'among', 'beyond', 'outside', 'amid', 'during',
  'within', 'across', 'behind', 'around', 'via', 'per', 'against', 'toward', 'towards', 'until',
  'since', 'like', 'near', 'before', 'about', 'inside', 'onto', 'past', 'up', 'down',
]);

/** Where the text has numbers ("12", "two hundred"), found in one pass, for range queries. */
export class NumberIndex {
  private at: number[] | undefined;

  constructor(private readonly text: string) {}

  /** Whether a number starts in [from, to). The text is scanned on the first question only. */
  any(from: number, to: number): boolean {
    const at = (this.at ??= numbersIn(this.text));
    let lo = 0;
    let hi = at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (at[mid]! < from) lo = mid + 1;
      else hi = mid;
    }
    return lo < at.length && at[lo]! < to;
  }

  /**
   * `NUMBER.test(text.slice(from, to))`, from the index. The slice holds the same numbers as
   * the text there unless it cuts a word in two (a number word at a cut edge is a whole word to
   * the slice, but not to the text) or its end cuts a surrogate pair (an astral digit): only then
   * is the slice itself searched.
   */
  inSlice(from: number, to: number): boolean {
    const { text } = this;
    if (cutsWord(text, from) || cutsWord(text, to) || (to < text.length && (text.charCodeAt(to - 1) & 0xfc00) === 0xd800)) {
      return NUMBER.test(text.slice(from, to));
    }
    return this.any(from, to);
  }
}

function numbersIn(text: string): number[] {
  const at: number[] = [];
  // Without the `u` flag (three times faster) where that finds the same numbers: no digit
  // outside 0-9 and neither of the letters that only `u` folds onto ASCII ones (long s, Kelvin).
  const ascii = !U_FOLDS.test(text) && !OTHER_DIGIT.test(text);
  const all = ascii ? new RegExp(NUMBER.source.replace('\\p{N}', '[0-9]'), 'gi') : new RegExp(NUMBER.source, 'giu');
  for (let m = all.exec(text); m; m = all.exec(text)) at.push(m.index);
  return at;
}

const cutsWord = (text: string, at: number) => at > 0 && at < text.length && WORD_CHAR.test(text[at - 1]!) && WORD_CHAR.test(text[at]!);
const U_FOLDS = /[\u017F\u212A]/;
const OTHER_DIGIT = /(?![0-9])\p{N}/u;
/** What `\b` counts as a word character in NUMBER (`i` and `u` flags: ſ and the Kelvin sign too). */
const WORD_CHAR = /^[A-Za-z0-9_\u017F\u212A]$/;

/** How far a number may stand from the phrase and still be in its sentence (the core's window). */
const NEAR = WINDOW;
const NUMBER = /\p{N}|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|dozens?|half|third|quarter)\b/iu;
const WORD_AFTER = /^[\s"'\u2019\u201D)]*([\p{L}\p{N}]+(?:['\u2019][\p{L}\p{N}]+)*)/u;
const WORDS_BEFORE = /([\p{L}\p{N}'\u2019]+)[\s"'\u201C(]+([\p{L}\p{N}'\u2019]+)[\s"'\u201C(]*$/u;

/**
 * The most the features above can move `match`'s score, down and up (log-odds), from what the
 * raw text shows without wink: the words just before and after the phrase (never across
 * punctuation, so within its sentence), its first and last words, its category, and whether a
 * number stands near it. Sentence sentiment is left out: it is for spin only, and at most
 * `NLP_WEIGHTS.sentiment`. A feature whose precondition is absent counts for nothing. The
 * detector reads a sentence with wink only when a move this size could change whether the
 * candidate is reported.
 */
export function featureBounds(text: string, match: Match, numbers: NumberIndex, found?: { sentence?: [number, number] }): [number, number] {
  const { start, end } = match;
  const sentenceStart = Math.max(0, start - NEAR);
  const sentenceEnd = Math.min(text.length, end + NEAR);
  const words = phraseWords(text.slice(start, end));
  const next = WORD_AFTER.exec(text.slice(end, Math.min(sentenceEnd, end + 60)))?.[1]?.toLowerCase();
  const from = Math.max(sentenceStart, start - 60);
  const before = WORDS_BEFORE.exec(text.slice(lastWords(text, from, start), start));
  const previous0 = before?.[1]?.toLowerCase() ?? '';
  const previous1 = before?.[2]?.toLowerCase() ?? '';
  const { category } = match.rule;
  const needsPeople = category !== 'restructuring' && category !== 'impact';
  let up = 0;
  let down = 0;
  const spin = category === 'spin';
  if (next) {
    if (!spin) up += W.personObject;
    if (needsPeople) down += Math.min(W.thingObject, W.thingModifier);
  } else if (previous1 && needsPeople) down += W.thingModifier;
  if (isAuxiliary(previous0) || isAuxiliary(previous1) || words.auxiliary) {
    if (!spin) up += W.personPassive;
    if (needsPeople) down += W.thingPassive;
  }
  if (words.lastIsGo && next && PARTICLES.has(next)) down += W.phrasalGo;
  if (words.prepositionFirst) {
    up += W.prepositionAfterBe;
    down += W.prepositionAfterNoun;
  }
  if (category === 'separation') {
    if (match.someone && NUMBER.test(text.slice(match.someone.start, match.someone.end))) up += W.massNumber;
  } else if (!spin && numbers.any(sentenceStart, sentenceEnd)) {
    // A number near the phrase: is it in the phrase's sentence?
    const sentence = sentenceBounds(text, start, end, WINDOW);
    if (found) found.sentence = sentence;
    if (numbers.inSlice(sentence[0], sentence[1])) up += W.massNumber;
  }
  return [down, up];
}

const isAuxiliary = (w: string) => BE.has(w) || GET.has(w);

/** What featureBounds reads in a phrase's own words; the same phrases recur, so remembered by their text. */
interface PhraseWords {
  /** A form of "be" or "get" before its last word. */
  auxiliary: boolean;
  lastIsGo: boolean;
  prepositionFirst: boolean;
}
const phraseWordsCache = new Map<string, PhraseWords>();
function phraseWords(phrase: string): PhraseWords {
  let found = phraseWordsCache.get(phrase);
  if (!found) {
    const words = phrase.toLowerCase().split(/[^\p{L}\p{N}'\u2019]+/u).filter(Boolean);
    found = {
      auxiliary: words.slice(0, -1).some(isAuxiliary),
      lastIsGo: words[words.length - 1] === 'go',
      prepositionFirst: PREPOSITIONS.has(words[0] ?? ''),
    };
    if (phraseWordsCache.size < 10_000) phraseWordsCache.set(phrase, found);
  }
  return found;
}

/**
 * Where to start reading `text.slice(from, to)` for WORDS_BEFORE so that it finds what it finds
 * in the whole slice, reading only the last words. Its match is two words, separators between
 * and after them, up to the end: what it spans holds letters or digits (other than "'", which
 * also separates) from at most two runs between separators ([\s"\u201C(]). So it cannot start
 * before the last such character of the third-last run that has one. Surrogates count as
 * neither: that can only start the reading earlier.
 */
function lastWords(text: string, from: number, to: number): number {
  let runs = 0;
  let inRun = false;
  let wordy = false;
  for (let i = to - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (isSeparatorOnly(c)) {
      if (inRun && wordy) runs++;
      inRun = false;
      wordy = false;
      continue;
    }
    inRun = true;
    if (!wordy && isWordOnly(c)) {
      // Counting from the end, this is the last word character of its run.
      if (runs === 2) return i + 1;
      wordy = true;
    }
  }
  return from;
}

// WORDS_BEFORE's classes: words [\p{L}\p{N}'\u2019], separators [\s"'\u201C(]; "'" is both.
const SEPARATOR_ONLY = /^[\s"\u201C(]$/;
const WORD_ONLY = /^[\p{L}\p{N}\u2019]$/u;
function isSeparatorOnly(c: number): boolean {
  if (c === 0x20) return true;
  if (c < 0x80) return c === 0x22 || c === 0x28 || (c >= 0x09 && c <= 0x0d);
  return SEPARATOR_ONLY.test(String.fromCharCode(c));
}
function isWordOnly(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return WORD_ONLY.test(String.fromCharCode(c));
}
