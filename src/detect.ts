import type { Detection, DetectOptions, Rule, Span } from './types.js';
import { lexicon } from './lexicon/index.js';
import { compileLexicon, type CompiledLexicon } from './match/compile-lexicon.js';
import { findMatches } from './match/find-matches.js';
import { scoreMatch } from './context/score-match.js';
import { lineColumnCursor } from './report/line-column.js';
import { documentScore } from './report/document-score.js';
import { resolveOverlaps } from './report/resolve-overlaps.js';
import { resolveOptions } from './options.js';

let builtIn: CompiledLexicon | undefined;
const withExtraRules = new WeakMap<Rule[], CompiledLexicon>();

function compiled(rules: Rule[]): CompiledLexicon {
  if (rules.length === 0) return (builtIn ??= compileLexicon(lexicon));
  let result = withExtraRules.get(rules);
  if (!result) {
    result = compileLexicon([...lexicon, ...rules]);
    withExtraRules.set(rules, result);
  }
  return result;
}

/**
 * Finds layoff euphemisms in `text`. Each span says where the phrase is (exact UTF-16 offsets
 * and 1-based line/column), which rule found it, what it means, what to write instead, and
 * how sure we are, with the features behind that score.
 */
export function detect(text: string, options?: DetectOptions): Detection {
  if (typeof text !== 'string') {
    throw new TypeError(`doublespeak: detect() expects a string, got ${text === null ? 'null' : typeof text}`);
  }
  const { minScore, categories, allowed, rules } = resolveOptions(options);
  const candidates = findMatches(text, compiled(rules))
    .filter((m) => !categories || categories.has(m.rule.category))
    .map((m) => ({ ...m, ...scoreMatch(text, m) }))
    .filter((m) => m.score >= minScore && !allowed(m.rule.id, text.slice(m.start, m.end)));
  const position = lineColumnCursor(text);
  const spans = resolveOverlaps(candidates).map(({ start, end, rule, score, reasons }): Span => ({
    start,
    end,
    text: text.slice(start, end),
    ...position(start),
    ruleId: rule.id,
    category: rule.category,
    score: Math.round(score * 1000) / 1000,
    meaning: rule.meaning,
    suggestions: [...rule.suggestions],
    note: rule.note,
    reasons,
  }));
  return { score: Math.round(documentScore(spans.map((s) => s.score)) * 1000) / 1000, spans };
}
