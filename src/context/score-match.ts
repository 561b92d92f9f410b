// Data first: see the note on import order in detect.ts.
import { JOB_LOSS_CUES, SPIN_CUES, WEAK_EMPLOYMENT_CUES, WORKPLACE_CUES } from './cues.js';
import { LITERAL_DOMAINS } from '../lexicon/domains.js';
import type { Rule } from '../types.js';
import type { Match } from '../match/find-matches.js';
import { cueScanner, type CueScanner } from './cue-matcher.js';
import { contextIndex, type ContextIndex } from './context-index.js';
import { logOdds, probability } from './log-odds.js';
import { sentenceBounds } from './sentence-bounds.js';
import type { Reason } from '../report/reason.js';
import { inQuotes } from './in-quotes.js';
import { normalizeWord } from '../match/normalize.js';
import { isPeopleWord } from '../match/someone-slot.js';
import { memoize } from '../memoize.js';
import { DECAY, FAR, MAX_CUES, RESTRUCTURING_GENERAL, WEIGHTS, WINDOW } from './weights.js';

const PRONOUN = /^(?:you|him|her|them|me|us)$/;

export interface Scored {
  score: number;
  reasons: Reason[];
}

/** The kinds of shared cue a candidate is scored with. */
export type SharedKind = 'jobLoss' | 'workplace' | 'weak' | 'spin';
/** The shared cue lists in one scanner: English by default, Chinese for Chinese phrases. */
export type SharedCues = CueScanner<SharedKind>;
type RuleKind = 'cue' | 'literal';

/** The scanner of four shared cue lists, built on first use, so importing the library costs nothing. */
export function sharedScanner(jobLoss: readonly string[], workplace: readonly string[], weak: readonly string[], spin: readonly string[]): () => SharedCues {
  let scanner: SharedCues | undefined;
  return () => (scanner ??= cueScanner({ jobLoss, workplace, weak, spin }));
}

const sharedCues = /* @__PURE__ */ sharedScanner(JOB_LOSS_CUES, WORKPLACE_CUES, WEAK_EMPLOYMENT_CUES, SPIN_CUES);

/** `literal: ['@software', 'brisket']`: each `@name` stands for the words of that domain. */
const expandDomains = (words: readonly string[]) =>
  words.flatMap((w) => (w[0] === '@' ? ((LITERAL_DOMAINS as Record<string, readonly string[]>)[w.slice(1)] ?? []) : w));

/** A scanner for a rule's own words: its literal-sense words (the first kind, so they win an overlap) and its own cues. */
const ownWords = /* @__PURE__ */ memoize((rule: Rule) => cueScanner({ literal: expandDomains(rule.literal ?? []), cue: rule.cues ?? [] }));

/** Cues of one kind around a candidate, as [cue, distance]: in its sentence first, then nearby. */
type Found = [cue: string, distance: number][];

/**
 * The distinct cues of each kind among `index.hits` around [start, end): those in the
 * candidate's sentence first (distance 1), then those in nearby sentences (distance FAR); never
 * ones inside the phrase, since "impacted employees" is not its own evidence, except a job-loss
 * cue that fills its `[someone]` slot: "letting 230 people go" names a number of people.
 */
function cuesAround<K extends string>(index: ContextIndex<K>, match: Match, sentence: [number, number]): Partial<Record<K, Found>> {
  const found: Partial<Record<K, Found>> = {};
  const { hits } = index;
  const { someone } = match;
  const [first, last] = index.around(match.start - WINDOW, match.end + WINDOW);
  // Two passes: the cues in the sentence, then those nearby that it does not already hold.
  for (const distance of [1, FAR]) {
    for (let i = first; i < last; i++) {
      const hit = hits[i]!;
      const { kind } = hit;
      const fills = someone !== undefined && hit.index >= someone.start && hit.end <= someone.end && kind === 'jobLoss';
      if ((hit.end > match.start && hit.index < match.end && !fills) || (hit.index >= sentence[0] && hit.end <= sentence[1] ? 1 : FAR) !== distance) continue;
      const list = (found[kind] ??= []);
      if (!list.some(([cue]) => cue === hit.cue)) list.push([hit.cue, distance]);
    }
  }
  return found;
}

/**
 * Scores candidates (sorted by start) from named features of the text around each one (never
 * the phrase itself): the rule's prior, employment cues, the rule's own cues, literal-sense cues
 * and spin cues. Each feature that moved a score is listed in `reasons` with its weight in
 * log-odds. The shared cues are read once over all the candidates' windows; each rule's own
 * words with that rule's own scanner, around its own candidates.
 */
export function scoreMatches(text: string, matches: readonly Match[], cues: SharedCues = sharedCues()): Scored[] {
  if (matches.length === 0) return [];
  const general = contextIndex(text, matches, cues);
  // Each rule's own words are read around its own candidates only.
  const byRule = new Map<Rule, Match[]>();
  for (const match of matches) {
    const ofRule = byRule.get(match.rule);
    if (ofRule) ofRule.push(match);
    else byRule.set(match.rule, [match]);
  }
  const own = new Map([...byRule].map(([rule, ofRule]) => [rule, contextIndex(text, ofRule, ownWords(rule))]));
  return matches.map((match) => scoreOne(text, match, general, own.get(match.rule)!));
}

/** Scores one candidate; see `scoreMatches`. */
export function scoreMatch(text: string, match: Match, cues: SharedCues = sharedCues()): Scored {
  return scoreMatches(text, [match], cues)[0]!;
}

/** A rule's prior as a reason, written once per rule. */
const priorReason = /* @__PURE__ */ memoize((rule: Rule) => `prior: ${rule.base.toFixed(2)} for "${rule.id}" with no context`);

function scoreOne(text: string, match: Match, shared: ContextIndex<SharedKind>, words: ContextIndex<RuleKind>): Scored {
  const { rule } = match;
  const sentence = sentenceBounds(text, match.start, match.end, WINDOW);
  const general = cuesAround(shared, match, sentence);
  const own = cuesAround(words, match, sentence);
  const reasons: Reason[] = [priorReason(rule)];
  let logit = logOdds(rule.base);
  const add = (kind: string, found: Found = [], weight: number): number => {
    found.slice(0, MAX_CUES).forEach(([cue, distance], i) => {
      const delta = weight * distance * DECAY ** i;
      logit += delta;
      reasons.push({ feature: kind, quote: cue, weight: delta, far: distance !== 1 });
    });
    return found.length;
  };
  // Reorganisation words hide cuts only where cuts are talked about: for them, mere talk of
  // staff or business counts for less.
  const soft = rule.category === 'restructuring' ? RESTRUCTURING_GENERAL : 1;
  const employment =
    add('job-loss-cue', general.jobLoss, WEIGHTS.jobLoss) +
    add('workplace-cue', general.workplace, WEIGHTS.workplace * soft) +
    add('weak-employment-cue', general.weak, WEIGHTS.weakEmployment * soft);
  add('rule-cue', own.cue, WEIGHTS.ruleCue);
  add('literal-cue', own.literal, WEIGHTS.literal);
  if (match.someone) {
    const who = text.slice(match.someone.start, match.someone.end);
    const last = normalizeWord(who.split(/\s+/).pop()!);
    // A pronoun is a person, but "affect me" or "let me go home" say nothing of a job: only a
    // group of people ("200 workers", "the sales team") counts in full.
    const [kind, weight] = PRONOUN.test(last)
      ? ['names-a-pronoun', WEIGHTS.namesName]
      : isPeopleWord(last)
        ? ['names-people', WEIGHTS.namesPeople]
        : ['names-a-name', WEIGHTS.namesName];
    logit += weight;
    reasons.push({ feature: kind, quote: who, weight });
  }
  if (inQuotes(text, match.start, match.end)) {
    logit += WEIGHTS.scareQuotes;
    reasons.push(`scare-quotes: the writer quotes the phrase (+${WEIGHTS.scareQuotes.toFixed(2)})`);
  }
  // Good cheer is only spin when the subject is a job.
  if (employment > 0) add('spin-cue', general.spin, WEIGHTS.spin);
  return { score: probability(logit), reasons };
}
