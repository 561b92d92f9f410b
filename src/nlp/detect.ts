import type { Detection, DetectOptions } from '../types.js';
import { assertText, compiledLexicon } from '../detect.js';
import { resolveOptions } from '../options.js';
import { findMatches, type Match } from '../match/find-matches.js';
import { scoreMatch } from '../context/score-match.js';
import { withNearbyEuphemisms } from '../context/nearby-euphemisms.js';
import { DECAY, MAX_CUES, WEIGHTS, WINDOW } from '../context/weights.js';
import { sentenceBounds } from '../context/sentence-bounds.js';
import { buildDetection, type ScoredMatch } from '../report/build-detection.js';
import { analyse, type Analysis, type NlpToken } from './analyse.js';
import {
  featureBounds,
  negationFeatures,
  numberFeatures,
  partOfSpeechFeatures,
  sentimentFeatures,
  talksAboutJobs,
  type Feature,
} from './features.js';
import { confirmLemma, lemmaIndex, lemmaMatches, type LemmaMatch } from './lemma.js';
import { matchNounPhraseSlot, slotCandidates, type NounPhraseMatch } from './noun-phrase-slot.js';
import { sentenceContext, type SentenceContext } from './sentences.js';

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
  const lexicon = compiledLexicon(resolved.rules);
  const reader = new SentenceReader(text);
  const core = findMatches(text, lexicon);
  const covered = coverage(core);

  // What the core's matcher cannot see: unlisted forms of a trigger, and people named by a
  // noun phrase longer than its [someone] slot takes. Only where the core found nothing.
  const found: Match[] = [...core];
  const starts = new Set(core.map((m) => m.start));
  const add = (match: Match | undefined) => {
    if (match && !covered(match.start) && !starts.has(match.start)) {
      found.push(match);
      starts.add(match.start);
    }
  };
  const sentenceEnd = (start: number, end: number) => sentenceBounds(text, start, end, WINDOW)[1];
  for (const match of lemmaMatches(text, lemmaIndex(lexicon), lexicon, sentenceEnd)) {
    if (covered(match.start)) continue;
    const sentence = sentenceContext(text, match.start, match.end).sentence;
    add(confirmLemma(match, reader.tokens(sentence).find((t) => t.start === match.start)));
  }
  for (const hit of slotCandidates(text, lexicon)) {
    if (covered(hit.start)) continue;
    const sentence = sentenceContext(text, hit.start, hit.end).sentence;
    const tokens = reader.tokens(sentence);
    const at = tokens.findIndex((t) => t.start === hit.start && t.end === hit.end);
    if (at >= 0) add(matchNounPhraseSlot(text, tokens, at, sentence[1], lexicon));
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);

  const candidates = found.map((m) => score(text, m, reader, readAll ? undefined : resolved.minScore));
  // The core's last scoring step, after the NLP evidence so that it counts likely neighbours.
  return buildDetection(text, withNearbyEuphemisms(candidates), resolved);
}

/** The most the core's nearby-euphemism step can add to a candidate (log-odds). */
const NEARBY_MAX = Array.from({ length: MAX_CUES }, (_, i) => WEIGHTS.nearbyEuphemism * DECAY ** i).reduce((a, b) => a + b, 0);
/** First-pass scores from here on count as likely euphemisms for the nearby-euphemism step. */
const LIKELY = 0.5;

/** The core's score for `m`, moved by the NLP features, with every feature in the reasons. */
function score(text: string, m: Match, reader: SentenceReader, minScore: number | undefined): ScoredMatch {
  // The core's evidence, exactly as the core entry computes it (its cue window is the core's to
  // tune); the NLP features take the candidate's sentence and its neighbours as their unit.
  const base = scoreMatch(text, m);
  const reasons = [...base.reasons];
  const ownMatch = 'lemma' in m || 'nounPhrase' in m;
  if ('lemma' in m) {
    const { form, lemma, readAs } = (m as LemmaMatch).lemma;
    reasons.push(`lemma: "${form}" -> ${lemma} (read as "${readAs}")`);
  }
  if ('nounPhrase' in m) reasons.push(`noun-phrase: "${(m as NounPhraseMatch).nounPhrase}" names people, so it fills [someone]`);

  let logit = logOdds(base.score);
  // Neighbouring sentences matter to spin only (their mood), so only spin looks for them.
  const spin = m.rule.category === 'spin';
  const context: SentenceContext = spin ? sentenceContext(text, m.start, m.end) : sentenceOnly(text, m);
  const aboutJobs = spin && talksAboutJobs(text.slice(context.previous[0], context.next[1]));
  const [down, up] = featureBounds(text, m, context.sentence, aboutJobs);
  // Whether NLP evidence could move the candidate across the caller's minScore (after the
  // nearby-euphemism step) or across the first-pass line that step uses.
  const crosses = (line: number, extra: number) => (logit < line ? logit + up + extra >= line : logit + down < line);
  if (minScore !== undefined && !ownMatch && !crosses(logOdds(minScore), NEARBY_MAX) && !crosses(logOdds(LIKELY), 0)) {
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
  for (const f of features) {
    logit += f.delta;
    reasons.push(f.reason);
  }
  return { start: m.start, end: m.end, rule: m.rule, score: 1 / (1 + Math.exp(-logit)), reasons };
}

function sentenceOnly(text: string, m: Match): SentenceContext {
  const sentence = sentenceBounds(text, m.start, m.end, WINDOW);
  return { sentence, previous: [sentence[0], sentence[0]], next: [sentence[1], sentence[1]] };
}

const logOdds = (p: number) => {
  const q = Math.min(1 - 1e-9, Math.max(1e-9, p));
  return Math.log(q / (1 - q));
};

const maxDefined = (...xs: (number | undefined)[]) => {
  const defined = xs.filter((x): x is number => x !== undefined);
  return defined.length > 0 ? Math.max(...defined) : undefined;
};

/**
 * Reads sentences with wink, each on its own and at most once per detect() call: a sentence's
 * tokens, parts of speech and sentiment never depend on what else the text holds.
 */
class SentenceReader {
  private readonly cache = new Map<string, Analysis & { placed: NlpToken[] }>();

  constructor(private readonly text: string) {}

  private read([from, to]: Range) {
    const key = `${from}:${to}`;
    let analysis = this.cache.get(key);
    if (!analysis) {
      const read = analyse(this.text, from, to);
      analysis = { ...read, placed: read.tokens.filter((t) => t.start >= 0) };
      this.cache.set(key, analysis);
    }
    return analysis;
  }

  /** The sentence's tokens that could be placed in the text, in order. */
  tokens(range: Range): NlpToken[] {
    return range[1] > range[0] ? this.read(range).placed : [];
  }

  /** wink's sentiment of the sentence (of its parts, weighted by length, if wink split it). */
  sentiment(range: Range): number | undefined {
    if (range[1] <= range[0]) return undefined;
    let sum = 0;
    let weight = 0;
    for (const s of this.read(range).sentences) {
      if (s.start < 0) continue;
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
