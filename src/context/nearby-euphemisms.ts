import type { ScoredMatch } from '../report/build-detection.js';
import { logOdds, probability } from './log-odds.js';
import { DECAY, MAX_CUES, WEIGHTS, WINDOW } from './weights.js';


/**
 * Layoff euphemisms come in clusters: a memo that says "rightsizing" tends to say "impacted
 * employees" too. Each candidate gains weight from other candidates within `WINDOW` characters
 * that are likely euphemisms on their own (first-pass score of at least 0.5). Input sorted by start.
 */
export function withNearbyEuphemisms<T extends ScoredMatch>(candidates: readonly T[]): T[] {
  return candidates.map((candidate, index) => {
    // The nearest likely ones before it, then after it, at most MAX_CUES; sorted by start, so
    // the walk outwards stops where the window does.
    const likely: T[] = [];
    const take = (other: T) => {
      if (other.score >= 0.5 && (other.end <= candidate.start || other.start >= candidate.end)) likely.push(other);
    };
    for (let i = index - 1; i >= 0 && candidates[i]!.end > candidate.start - WINDOW && likely.length < MAX_CUES; i--) take(candidates[i]!);
    for (let i = index + 1; i < candidates.length && candidates[i]!.start < candidate.end + WINDOW && likely.length < MAX_CUES; i++) take(candidates[i]!);
    if (likely.length === 0) return candidate;
    let x = logOdds(candidate.score);
    const reasons = [...candidate.reasons];
    likely.forEach((other, i) => {
      const delta = WEIGHTS.nearbyEuphemism * DECAY ** i;
      x += delta;
      reasons.push({ feature: 'nearby-euphemism', quote: other.rule.id, weight: delta });
    });
    return { ...candidate, score: probability(x), reasons };
  });
}
