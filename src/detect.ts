import type { Detection, DetectOptions, Rule } from './types.js';
// Import order is bundle order, and gzip compresses data next to data and code next to code
// better than the two interleaved: the lexicon first, then the options, which bring through
// validate-rule.ts the domains and phrase sets its entries name; then each step in the order
// detect() takes them (28 bytes smaller than the cue lists next to the lexicon); the Chinese
// data last (zh-candidates.ts imports its code before its data).
import { lexicon } from './lexicon/index.js';
import { resolveOptions } from './options.js';
import { withRules } from './with-rules.js';
import { compileLexicon, type CompiledLexicon } from './match/compile-lexicon.js';
import { findMatches } from './match/find-matches.js';
import { scoreMatches } from './context/score-match.js';
import { withNearbyEuphemisms } from './context/nearby-euphemisms.js';
import { buildDetection, type ScoredMatch } from './report/build-detection.js';
import { zhCandidates } from './zh-candidates.js';
import { fail } from './fail.js';

/** The built-in lexicon plus the caller's rules, compiled once per rules array. */
export const compiledLexicon: (rules: Rule[]) => CompiledLexicon = /* @__PURE__ */ withRules(lexicon, compileLexicon);

/** The English candidates of `text`, scored. */
function scoredMatches(text: string, lexicon: CompiledLexicon): ScoredMatch[] {
  const matches = findMatches(text, lexicon);
  const scores = scoreMatches(text, matches);
  return matches.map(({ start, end, rule }, i) => ({ start, end, rule, ...scores[i]! }));
}

/** The one check every entry point makes on its input. */
export function assertText(text: unknown): asserts text is string {
  if (typeof text !== 'string') fail(`detect() expects a string, got ${text === null ? 'null' : typeof text}`);
}

/**
 * Finds layoff euphemisms in `text`. Each span says where the phrase is (exact UTF-16 offsets
 * and 1-based line/column), which rule found it, what it means, what to write instead, and
 * how sure we are, with the features behind that score.
 */
export function detect(text: string, options?: DetectOptions): Detection {
  assertText(text);
  const resolved = resolveOptions(options);
  const { language, rules } = resolved;
  const en = language === 'zh' ? [] : scoredMatches(text, compiledLexicon(rules));
  const zh = language === 'en' ? [] : zhCandidates(text, rules);
  const scored = zh.length === 0 ? en : [...en, ...zh].sort((a, b) => a.start - b.start);
  return buildDetection(text, withNearbyEuphemisms(scored), resolved);
}
