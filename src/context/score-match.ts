// Data first: see the note on import order in detect.ts.
import { JOB_LOSS_CUES, SPIN_CUES, WEAK_EMPLOYMENT_CUES, WORKPLACE_CUES } from './cues.js';
import { LITERAL_DOMAINS } from '../lexicon/domains.js';
import type { Rule } from '../types.js';
import type { Match } from '../match/find-matches.js';
import { cueScanner, type CueHit, type CueScanner } from './cue-matcher.js';
import { ContextIndex } from './context-index.js';
import { logOdds, probability } from './log-odds.js';
import { wordAlternation } from '../match/word-regex.js';
import { sentenceBounds } from './sentence-bounds.js';
import { inQuotes } from './in-quotes.js';
import { normalizeWord } from '../match/normalize.js';
import { isPeopleWord } from '../match/someone-slot.js';
import { DECAY, FAR, MAX_CUES, RESTRUCTURING_GENERAL, WEIGHTS, WINDOW } from './weights.js';

const PRONOUN = /^(?:you|him|her|them|me|us)$/;

export interface Scored {
  score: number;
  reasons: string[];
}

/** The kinds of shared cue a candidate is scored with. */
export type SharedKind = 'jobLoss' | 'workplace' | 'weak' | 'spin';
/** The shared cue lists in one scanner: English by default, Chinese for Chinese phrases. */
export type SharedCues = CueScanner<SharedKind>;
type RuleKind = 'cue' | 'literal';

let shared: SharedCues | undefined;

// Built on first use, so importing the library costs nothing.
function sharedCues(): SharedCues {
  return (shared ??= cueScanner({ jobLoss: JOB_LOSS_CUES, workplace: WORKPLACE_CUES, weak: WEAK_EMPLOYMENT_CUES, spin: SPIN_CUES }));
}

const domains: Record<string, readonly string[]> = LITERAL_DOMAINS;
/** `literal: ['@software', 'brisket']`: each `@name` stands for the words of that domain. */
const expandDomains = (words: readonly string[]) => words.flatMap((w) => (w[0] === '@' ? (domains[w.slice(1)] ?? []) : w));

const ownWords = (rule: Rule) => ({ cue: rule.cues ?? [], literal: expandDomains(rule.literal ?? []) });

/** Tests whether a found word (normalised) is one of a rule's own cues or literal-sense words. */
const perRule = new WeakMap<Rule, Record<RuleKind, RegExp>>();
function ruleTests(rule: Rule): Record<RuleKind, RegExp> {
  let tests = perRule.get(rule);
  if (!tests) {
    const anchored = (words: readonly string[]) =>
      words.length ? new RegExp(`^(?:${wordAlternation(words.map((w) => w.toLowerCase()))})$`) : /(?!)/;
    const { cue, literal } = ownWords(rule);
    tests = { cue: anchored(cue), literal: anchored(literal) };
    perRule.set(rule, tests);
  }
  return tests;
}

/** One scanner for the own words of every rule in a set, compiled once per set. */
const vocabularies = new WeakMap<object, CueScanner<'word'>>();
function vocabulary(key: object, rules: readonly Rule[]): CueScanner<'word'> {
  let scanner = vocabularies.get(key);
  if (!scanner) {
    const words = new Set(rules.flatMap((rule) => Object.values(ownWords(rule)).flat()));
    scanner = cueScanner({ word: [...words] });
    vocabularies.set(key, scanner);
  }
  return scanner;
}

/**
 * The distinct cues of each kind around [start, end): those in the candidate's sentence first
 * (distance 1), then those in nearby sentences (distance FAR); never ones inside the phrase,
 * since "impacted employees" is not its own evidence.
 */
function cuesAround<H extends CueHit<string>, K extends string>(
  hits: H[],
  kindOf: (hit: H) => K | undefined,
  match: Match,
  sentence: [number, number],
): Map<K, [cue: string, distance: number][]> {
  const byKind = new Map<K, [string, number][]>();
  for (const pass of [1, FAR]) {
    for (const hit of hits) {
      const start = hit.index;
      const end = hit.end;
      if (end > match.start && start < match.end) continue;
      const distance = start >= sentence[0] && end <= sentence[1] ? 1 : FAR;
      const kind = distance === pass ? kindOf(hit) : undefined;
      if (kind === undefined) continue;
      const list = byKind.get(kind) ?? [];
      if (!list.some(([cue]) => cue === hit.cue)) list.push([hit.cue, distance]);
      byKind.set(kind, list);
    }
  }
  return byKind;
}

/**
 * Scores candidates (sorted by start) from named features of the text around each one (never
 * the phrase itself): the rule's prior, employment cues, the rule's own cues, literal-sense cues
 * and spin cues. Each feature that moved a score is listed in `reasons` with its weight in
 * log-odds. `rules` (the lexicon the matches came from) lets the rules' own words be compiled
 * into one scanner once per lexicon.
 */
export function scoreMatches(
  text: string,
  matches: readonly Match[],
  cues: SharedCues = sharedCues(),
  rules?: readonly Rule[],
): Scored[] {
  if (matches.length === 0) return [];
  const own = rules
    ? vocabulary(rules, rules)
    : matches.length === 1
      ? vocabulary(matches[0]!.rule, [matches[0]!.rule])
      : vocabulary({}, matches.map((m) => m.rule));
  const general = new ContextIndex(text, matches, cues);
  const words = new ContextIndex(text, matches, own);
  return matches.map((match) => scoreOne(text, match, general, words));
}

/** Scores one candidate; see `scoreMatches`. */
export function scoreMatch(text: string, match: Match, cues: SharedCues = sharedCues()): Scored {
  return scoreMatches(text, [match], cues)[0]!;
}

function scoreOne(text: string, match: Match, shared: ContextIndex<SharedKind>, words: ContextIndex<'word'>): Scored {
  const { rule } = match;
  const sentence = sentenceBounds(text, match.start, match.end, WINDOW);
  const from = match.start - WINDOW;
  const to = match.end + WINDOW;
  const general = cuesAround(shared.between(from, to), (hit) => hit.kind, match, sentence);
  const tests = ruleTests(rule);
  const ownKind = (hit: CueHit<'word'>): RuleKind | undefined =>
    tests.literal.test(hit.cue) ? 'literal' : tests.cue.test(hit.cue) ? 'cue' : undefined;
  const own = cuesAround(words.between(from, to), ownKind, match, sentence);
  const reasons = [`prior: ${rule.base.toFixed(2)} for "${rule.id}" with no context`];
  let logit = logOdds(rule.base);
  const add = (kind: string, found: [string, number][] = [], weight: number): number => {
    found.slice(0, MAX_CUES).forEach(([cue, distance], i) => {
      const delta = weight * distance * DECAY ** i;
      logit += delta;
      const where = distance === 1 ? '' : ' in a nearby sentence';
      reasons.push(`${kind}: "${cue}"${where} (${delta > 0 ? '+' : ''}${delta.toFixed(2)})`);
    });
    return found.length;
  };
  // Reorganisation words hide cuts only where cuts are talked about: for them, mere talk of
  // staff or business counts for less.
  const soft = rule.category === 'restructuring' ? RESTRUCTURING_GENERAL : 1;
  const employment =
    add('job-loss-cue', general.get('jobLoss'), WEIGHTS.jobLoss) +
    add('workplace-cue', general.get('workplace'), WEIGHTS.workplace * soft) +
    add('weak-employment-cue', general.get('weak'), WEIGHTS.weakEmployment * soft);
  add('rule-cue', own.get('cue'), WEIGHTS.ruleCue);
  add('literal-cue', own.get('literal'), WEIGHTS.literal);
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
    reasons.push(`${kind}: "${who}" (+${weight.toFixed(2)})`);
  }
  if (inQuotes(text, match.start, match.end)) {
    logit += WEIGHTS.scareQuotes;
    reasons.push(`scare-quotes: the writer quotes the phrase (+${WEIGHTS.scareQuotes.toFixed(2)})`);
  }
  // Good cheer is only spin when the subject is a job.
  if (employment > 0) add('spin-cue', general.get('spin'), WEIGHTS.spin);
  return { score: probability(logit), reasons };
}
