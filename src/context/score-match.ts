import type { Rule } from '../types.js';
import type { Match } from '../match/find-matches.js';
import { cueMatcher, type CueMatcher } from './cue-matcher.js';
import { JOB_LOSS_CUES, SPIN_CUES, WEAK_EMPLOYMENT_CUES, WORKPLACE_CUES } from './cues.js';
import { sentenceBounds } from './sentence-bounds.js';
import { inQuotes } from './in-quotes.js';
import { normalizeWord } from '../match/normalize.js';
import { isPeopleWord } from '../match/someone-slot.js';
import { DECAY, FAR, MAX_CUES, RESTRUCTURING_GENERAL, WEIGHTS, WINDOW } from './weights.js';

export interface Scored {
  score: number;
  reasons: string[];
}

/** The shared cue lists a candidate is scored with: English by default, Chinese for Chinese phrases. */
export interface Matchers {
  jobLoss: CueMatcher;
  workplace: CueMatcher;
  weak: CueMatcher;
  spin: CueMatcher;
}

let shared: Matchers | undefined;
const perRule = new WeakMap<Rule, { literal: CueMatcher; cues: CueMatcher }>();

// Built on first use, so importing the library costs nothing.
function sharedMatchers(): Matchers {
  return (shared ??= {
    jobLoss: cueMatcher(JOB_LOSS_CUES),
    workplace: cueMatcher(WORKPLACE_CUES),
    weak: cueMatcher(WEAK_EMPLOYMENT_CUES),
    spin: cueMatcher(SPIN_CUES),
  });
}

function ruleMatchers(rule: Rule) {
  let matchers = perRule.get(rule);
  if (!matchers) {
    matchers = { literal: cueMatcher(rule.literal ?? []), cues: cueMatcher(rule.cues ?? []) };
    perRule.set(rule, matchers);
  }
  return matchers;
}

/**
 * Scores one candidate from named features of the text around it (never the phrase itself):
 * the rule's prior, employment cues, the rule's own cues, literal-sense cues and spin cues.
 * Each feature that moved the score is listed in `reasons` with its weight in log-odds.
 */
export function scoreMatch(text: string, match: Match, cues: Matchers = sharedMatchers()): Scored {
  const { rule } = match;
  const [sentenceStart, sentenceEnd] = sentenceBounds(text, match.start, match.end, WINDOW);
  // The phrase itself is left out: "impacted employees" is not its own evidence.
  const near = `${text.slice(sentenceStart, match.start)}\n${text.slice(match.end, sentenceEnd)}`;
  const far = `${text.slice(Math.max(0, match.start - WINDOW), sentenceStart)}\n${text.slice(sentenceEnd, match.end + WINDOW)}`;
  const { jobLoss, workplace, weak, spin } = cues;
  const own = ruleMatchers(rule);
  const reasons = [`prior: ${rule.base.toFixed(2)} for "${rule.id}" with no context`];
  let logit = Math.log(rule.base / (1 - rule.base));
  const add = (kind: string, matcher: CueMatcher, weight: number): number => {
    const nearCues = matcher(near);
    const farCues = matcher(far).filter((cue) => !nearCues.includes(cue));
    const found = [...nearCues.map((cue) => [cue, 1] as const), ...farCues.map((cue) => [cue, FAR] as const)];
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
  const general = rule.category === 'restructuring' ? RESTRUCTURING_GENERAL : 1;
  const employment =
    add('job-loss-cue', jobLoss, WEIGHTS.jobLoss) +
    add('workplace-cue', workplace, WEIGHTS.workplace * general) +
    add('weak-employment-cue', weak, WEIGHTS.weakEmployment * general);
  add('rule-cue', own.cues, WEIGHTS.ruleCue);
  add('literal-cue', own.literal, WEIGHTS.literal);
  if (match.someone) {
    const who = text.slice(match.someone.start, match.someone.end);
    const last = normalizeWord(who.split(/\s+/).pop()!);
    const [kind, weight] = isPeopleWord(last) ? ['names-people', WEIGHTS.namesPeople] : ['names-a-name', WEIGHTS.namesName];
    logit += weight;
    reasons.push(`${kind}: "${who}" (+${weight.toFixed(2)})`);
  }
  if (inQuotes(text, match.start, match.end)) {
    logit += WEIGHTS.scareQuotes;
    reasons.push(`scare-quotes: the writer quotes the phrase (+${WEIGHTS.scareQuotes.toFixed(2)})`);
  }
  // Good cheer is only spin when the subject is a job.
  if (employment > 0) add('spin-cue', spin, WEIGHTS.spin);
  return { score: 1 / (1 + Math.exp(-logit)), reasons };
}
