import type { Detection, Rule, Span } from '../types.js';
import type { ResolvedOptions } from '../options.js';
import { documentScore } from './document-score.js';
import { lineColumnCursor } from './line-column.js';
import { resolveOverlaps } from './resolve-overlaps.js';
import { describeReason, type Reason } from './reason.js';

/** A candidate with its score and the reasons for it, before options and overlaps are applied. */
export interface ScoredMatch {
  start: number;
  end: number;
  rule: Rule;
  score: number;
  reasons: Reason[];
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Turns scored candidates (sorted by start) into the public result: applies `minScore`,
 * `categories` and `allow`, keeps the best of overlapping spans, adds line and column, and
 * scores the whole document. Every entry point (core, nlp) ends here.
 */
export function buildDetection(text: string, candidates: readonly ScoredMatch[], options: ResolvedOptions): Detection {
  const { minScore, categories, allowed } = options;
  const kept = candidates.filter(
    (m) =>
      m.score >= minScore &&
      (!categories || categories.has(m.rule.category)) &&
      !allowed(m.rule.id, text.slice(m.start, m.end)),
  );
  const position = lineColumnCursor(text);
  const spans = resolveOverlaps(kept).map(({ start, end, rule, score, reasons }): Span => ({
    start,
    end,
    text: text.slice(start, end),
    ...position(start),
    ruleId: rule.id,
    category: rule.category,
    score: round(score),
    meaning: rule.meaning,
    suggestions: [...rule.suggestions],
    reasons: reasons.map(describeReason),
  }));
  return { score: round(documentScore(spans.map((s) => s.score))), spans };
}
