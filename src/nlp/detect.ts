import type { Detection, DetectOptions } from '../types.js';
import { assertText, compiledLexicon } from '../detect.js';
import { resolveOptions } from '../options.js';
import { zhCandidates } from '../zh-candidates.js';
import { findMatches, type Match } from '../match/find-matches.js';
import { scoreMatch, scoreMatches, type Scored } from '../context/score-match.js';
import { withNearbyEuphemisms } from '../context/nearby-euphemisms.js';
import { logOdds, probability } from '../context/log-odds.js';
import { DECAY, MAX_CUES, WEIGHTS, WINDOW } from '../context/weights.js';
import { sentenceBounds } from '../context/sentence-bounds.js';
import { buildDetection, type ScoredMatch } from '../report/build-detection.js';
import { analyseRanges, type Analysis, type NlpToken } from './analyse.js';
import {
  featureBounds,
  NumberIndex,
  negationFeatures,
  numberFeatures,
  partOfSpeechFeatures,
  sentimentFeatures,
  talksAboutJobs,
  type Feature,
} from './features.js';
import { confirmLemma, lemmaIndex, lemmaMatches, type LemmaMatch } from './lemma.js';
import { NLP_WEIGHTS } from './weights.js';
import { matchNounPhraseSlot, slotCandidates, type NounPhraseMatch } from './noun-phrase-slot.js';
import { sentenceContext, type SentenceContext } from './sentences.js';
import { matchPassive, passiveCandidates, type PassiveMatch } from './passive.js';

type Range = [number, number];

/**
 * Finds layoff euphemisms in `text`, like the core `detect()`, and weighs each candidate with
 * what wink-nlp reads in its sentence: lemmas (forms the lexicon does not list), noun phrases
 * (people the core's `[someone]` slot misses), parts of speech (what the phrase does to whom),
 * sentence sentiment, numbers next to people, and negation. Every NLP feature is one more named
 * entry in `reasons`.
 *
 * wink reads single sentences, never the whole text: the sentence of each candidate whose
 * verdict the NLP evidence could still change (and, for spin, the sentences on each side), and
 * the sentences where a trigger may have an unlisted form or a long noun phrase after it.
 */
export function detect(text: string, options?: DetectOptions): Detection {
  return run(text, options, false);
}

/**
 * detect() with every candidate's sentence read, even where no NLP evidence could change the
 * verdict: the same spans, with the NLP reasons on all of them. For tests and explanations.
 */
export function detectReadingAll(text: string, options?: DetectOptions): Detection {
  return run(text, options, true);
}

function run(text: string, options: DetectOptions | undefined, readAll: boolean): Detection {
  assertText(text);
  const resolved = resolveOptions(options);
  // Chinese phrases get the core's evidence alone: wink's model reads English only.
  const zh = resolved.language === 'en' ? [] : zhCandidates(text, resolved.rules).map(coreOnly);
  if (resolved.language === 'zh') return buildDetection(text, withNearbyEuphemisms(zh), resolved);
  const lexicon = compiledLexicon(resolved.rules);
  const reader = new SentenceReader(text);
  const core = findMatches(text, lexicon);
  const covered = coverage(core);
  const minScore = readAll ? undefined : resolved.minScore;

  // What the core's matcher cannot see: unlisted forms of a trigger, and people named by a
  // noun phrase longer than its [someone] slot takes. Only where the core found nothing, and
  // only where the raw text shows a phrase could start (wink then confirms).
  const sentenceOf = (start: number, end: number) => sentenceBounds(text, start, end, WINDOW);
  const lemmaHits = lemmaMatches(text, lemmaIndex(lexicon), lexicon, (a, b) => sentenceOf(a, b)[1]).filter((m) => !covered(m.start));
  const slotHits = slotCandidates(text, lexicon).filter((hit) => !covered(hit.start));
  // And passives the core's job phrases do not take: "my role got 'eliminated'".
  const passiveHits = passiveCandidates(text).filter((hit) => !covered(hit.start));

  // Which sentences wink must read, decided before it reads any, so that it reads them all in
  // one pass.
  const numbers = new NumberIndex(text);
  // The core's evidence for all its candidates in one pass over their context, as the core does.
  const bases = scoreMatches(text, core);
  const plans = core.map((m, i) => plan(text, m, minScore, numbers, bases[i]!));
  const toRead = [...lemmaHits, ...slotHits, ...passiveHits].map((hit) => sentenceOf(hit.start, hit.end));
  for (const p of plans) for (const range of p.reads) toRead.push(range);
  reader.prefetch(toRead);

  // Where candidates start, worked out only if the NLP entry found one of its own.
  let starts: Set<number> | undefined;
  const add = (match: Match | undefined) => {
    if (match && !covered(match.start) && !(starts ??= new Set(core.map((m) => m.start))).has(match.start)) {
      starts.add(match.start);
      plans.push(plan(text, match, minScore, numbers));
    }
  };
  for (const match of lemmaHits) {
    add(confirmLemma(match, reader.tokens(sentenceOf(match.start, match.end)).find((t) => t.start === match.start)));
  }
  for (const hit of slotHits) {
    const sentence = sentenceOf(hit.start, hit.end);
    const tokens = reader.tokens(sentence);
    const at = tokens.findIndex((t) => t.start === hit.start && t.end === hit.end);
    if (at >= 0) add(matchNounPhraseSlot(text, tokens, at, sentence[1], lexicon));
  }
  for (const hit of passiveHits) {
    const sentence = sentenceOf(hit.start, hit.end);
    const tokens = reader.tokens(sentence);
    const at = tokens.findIndex((t) => t.start === hit.start && t.end === hit.end);
    if (at >= 0) add(matchPassive(text, tokens, at, lexicon));
  }
  // (A stable sort leaves sorted plans as they are: skip it when nothing was added out of order.)
  if (!inOrder(plans)) plans.sort(byPosition);

  const candidates = plans.map((p) => finish(text, p, reader));
  const all = zh.length === 0 ? candidates : [...candidates, ...zh].sort((a, b) => a.start - b.start);
  // The core's last scoring step, after the NLP evidence so that it counts likely neighbours.
  return buildDetection(text, withNearbyEuphemisms(all), resolved);
}

const byPosition = (a: Plan, b: Plan) => a.match.start - b.match.start || b.match.end - a.match.end;
function inOrder(plans: readonly Plan[]): boolean {
  for (let i = 1; i < plans.length; i++) if (byPosition(plans[i - 1]!, plans[i]!) > 0) return false;
  return true;
}

const coreOnly = (m: ScoredMatch): ScoredMatch => ({ ...m, reasons: [...m.reasons, 'nlp: Chinese, scored by the core alone'] });

/** The most the core's nearby-euphemism step can add to a candidate (log-odds). */
const NEARBY_MAX = Array.from({ length: MAX_CUES }, (_, i) => WEIGHTS.nearbyEuphemism * DECAY ** i).reduce((a, b) => a + b, 0);
/** First-pass scores from here on count as likely euphemisms for the nearby-euphemism step. */
const LIKELY = 0.5;
const LIKELY_LOGIT = logOdds(LIKELY);

/** A candidate with the core's evidence, and the sentences wink has to read for it (if any). */
interface Plan {
  match: Match;
  base: Scored;
  /** The candidate's sentence (and, for spin, its neighbours), when wink reads it. */
  context: SentenceContext | undefined;
  aboutJobs: boolean;
  reads: Range[];
}

/**
 * The core's evidence for `m`, exactly as the core entry computes it (its cue window is the
 * core's to tune), and whether wink needs to read its sentence: only if the NLP features could
 * move it across the caller's minScore (after the nearby-euphemism step) or across the
 * first-pass line that step uses. Matches found by the NLP entry itself are always read.
 * `minScore` undefined: always read.
 */
function plan(text: string, m: Match, minScore: number | undefined, numbers: NumberIndex, base: Scored = scoreMatch(text, m)): Plan {
  const spin = m.rule.category === 'spin';
  let read = minScore === undefined || 'lemma' in m || 'nounPhrase' in m || 'passive' in m;
  let aboutJobs: boolean | undefined;
  // Spin's sentence and neighbours, and the sentence if featureBounds worked it out: once each.
  let context: SentenceContext | undefined;
  const found: { sentence?: Range } = {};
  if (!read) {
    const logit = logOdds(base.score);
    const [down, up] = featureBounds(text, m, numbers, found);
    const line = logOdds(minScore!);
    read = matters(logit, down, up, line);
    // Sentiment counts for spin about jobs only: look for jobs talk only if it would matter.
    if (!read && spin && matters(logit, down, up + NLP_WEIGHTS.sentiment, line)) {
      context = sentenceContext(text, m.start, m.end);
      read = aboutJobs = spinAboutJobs(text, context);
    }
  }
  if (!read) return { match: m, base, context: undefined, aboutJobs: false, reads: [] };
  // Neighbouring sentences matter to spin only (their mood), so only spin looks for them.
  if (spin) context ??= sentenceContext(text, m.start, m.end);
  else context = sentenceOnly(text, m, found.sentence);
  aboutJobs ??= spin && spinAboutJobs(text, context);
  const reads: Range[] = aboutJobs ? [context.previous, context.sentence, context.next] : [context.sentence];
  return { match: m, base, context, aboutJobs, reads };
}

/**
 * Whether NLP evidence between `down` and `up` (log-odds) could move a candidate at `logit`
 * across the caller's line (`line`, after the nearby-euphemism step, which only adds) or across
 * the first-pass line that step uses.
 */
function matters(logit: number, down: number, up: number, line: number): boolean {
  return crosses(logit, down, up, line, NEARBY_MAX) || crosses(logit, down, up, LIKELY_LOGIT, 0);
}

function crosses(logit: number, down: number, up: number, line: number, extra: number): boolean {
  return logit < line ? logit + up + extra >= line : logit + down < line;
}

/** Whether the sentences around a spin candidate talk about jobs. */
function spinAboutJobs(text: string, { previous, next }: SentenceContext): boolean {
  return talksAboutJobs(text.slice(previous[0], next[1]));
}

/** The core's score moved by the NLP features, with every feature in the reasons. */
function finish(text: string, { match: m, base, context, aboutJobs }: Plan, reader: SentenceReader): ScoredMatch {
  const reasons = base.reasons.slice();
  if ('lemma' in m) {
    const { form, lemma, readAs } = (m as LemmaMatch).lemma;
    reasons.push(`lemma: "${form}" -> ${lemma} (read as "${readAs}")`);
  }
  if ('nounPhrase' in m) {
    const { nounPhrase, names } = m as NounPhraseMatch;
    reasons.push(
      names === 'people'
        ? `noun-phrase: "${nounPhrase}" names people, so it fills [someone]`
        : `noun-phrase: "${nounPhrase}" names jobs, so it counts as its head noun`,
    );
  }
  if ('passive' in m) reasons.push(`passive: read as a plain passive (${(m as PassiveMatch).passive.join(', ')})`);
  if (!context) {
    reasons.push('nlp: sentence not read; no NLP evidence could change whether this is reported');
    return { start: m.start, end: m.end, rule: m.rule, score: base.score, reasons };
  }
  const input = {
    text,
    match: m,
    sentence: reader.tokens(context.sentence),
    sentiment: reader.sentiment(context.sentence),
    // Spin needs the neighbours' mood ("Happy graduation! Your last day is Friday.").
    neighbourSentiment: aboutJobs ? maxDefined(reader.sentiment(context.previous), reader.sentiment(context.next)) : undefined,
    aboutJobs,
  };
  const features: Feature[] = [
    ...partOfSpeechFeatures(input),
    ...sentimentFeatures(input),
    ...numberFeatures(input),
    ...negationFeatures(input),
  ];
  let logit = logOdds(base.score);
  for (const f of features) {
    logit += f.delta;
    reasons.push(f.reason);
  }
  return { start: m.start, end: m.end, rule: m.rule, score: probability(logit), reasons };
}

function sentenceOnly(text: string, m: Match, sentence: Range = sentenceBounds(text, m.start, m.end, WINDOW)): SentenceContext {
  return { sentence, previous: [sentence[0], sentence[0]], next: [sentence[1], sentence[1]] };
}

const maxDefined = (...xs: (number | undefined)[]) => {
  const defined = xs.filter((x): x is number => x !== undefined);
  return defined.length > 0 ? Math.max(...defined) : undefined;
};

/**
 * Reads sentences with wink, each at most once per detect() call. Sentences are read together
 * in one document, separated by blank lines, which wink takes as sentence breaks: a sentence's
 * tokens, parts of speech and negation come out as if it were read alone (checked on the
 * benchmark text), so they never depend on what else the text holds.
 */
class SentenceReader {
  /** Analyses by range start, then range end. */
  private readonly cache = new Map<number, Map<number, Analysis>>();

  constructor(private readonly text: string) {}

  /** Reads every range not read yet, in one wink pass. */
  prefetch(ranges: Range[]): void {
    const todo: Range[] = [];
    for (const r of ranges) if (r[1] > r[0] && !this.cached(r)) todo.push(r);
    if (todo.length === 0) return;
    todo.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    // Each range once.
    const list = todo.filter((r, i) => i === 0 || r[0] !== todo[i - 1]![0] || r[1] !== todo[i - 1]![1]);
    const analyses = analyseRanges(this.text, list);
    for (let i = 0; i < list.length; i++) {
      const [start, end] = list[i]!;
      let byEnd = this.cache.get(start);
      if (!byEnd) this.cache.set(start, (byEnd = new Map()));
      byEnd.set(end, analyses[i]!);
    }
  }

  private cached(range: Range): Analysis | undefined {
    return this.cache.get(range[0])?.get(range[1]);
  }

  private read(range: Range): Analysis {
    let analysis = this.cached(range);
    if (!analysis) {
      this.prefetch([range]);
      analysis = this.cached(range)!;
    }
    return analysis;
  }

  /** The sentence's tokens that could be placed in the text, in order. */
  tokens(range: Range): NlpToken[] {
    return range[1] > range[0] ? this.read(range).tokens : [];
  }

  /** wink's sentiment of the sentence (of its parts, weighted by length, if wink split it). */
  sentiment(range: Range): number | undefined {
    if (range[1] <= range[0]) return undefined;
    let sum = 0;
    let weight = 0;
    for (const s of this.read(range).sentences) {
      sum += s.sentiment * (s.end - s.start);
      weight += s.end - s.start;
    }
    return weight > 0 ? sum / weight : undefined;
  }
}

/** Whether an offset lies inside one of `matches` (sorted by start), in O(log n). */
function coverage(matches: readonly Match[]): (offset: number) => boolean {
  const reach: number[] = [];
  matches.forEach((m, i) => reach.push(Math.max(m.end, i > 0 ? reach[i - 1]! : 0)));
  return (offset) => {
    let lo = 0;
    let hi = matches.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (matches[mid]!.start <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && reach[lo - 1]! > offset;
  };
}
