import type { Rule } from './types.js';
import { compileZh, type CompiledZh } from './match/compile-zh.js';
import { hasHan } from './match/word-regex.js';
import { findZhMatches } from './match/find-zh-matches.js';
import { scoreMatches } from './context/score-match.js';
// Data last, the cue lists before the lexicon (7 bytes smaller): see the note on import order in detect.ts.
import { zhMatchers } from './context/zh-cues.js';
import { zhLexicon } from './lexicon/zh/index.js';
import type { ScoredMatch } from './report/build-detection.js';
import { withRules } from './with-rules.js';

/** The Chinese phrases of the built-in lexicon plus the caller's rules, compiled once per rules array. */
export const compiledZh: (rules: Rule[]) => CompiledZh = /* @__PURE__ */ withRules(zhLexicon, compileZh);

/**
 * The Chinese candidates in `text`, scored with the Chinese cue lists; none, at no cost, when
 * the text has no Chinese character. Sorted by start.
 */
export function zhCandidates(text: string, rules: Rule[]): ScoredMatch[] {
  if (!hasHan(text)) return [];
  // All at once, as for English: scoreMatches reads each rule's own words around that rule's
  // candidates, so no candidate needs a call (and a scan of its window) of its own.
  const matches = findZhMatches(text, compiledZh(rules));
  const scores = scoreMatches(text, matches, zhMatchers());
  return matches.map((m, i) => ({ ...m, ...scores[i]! }));
}
