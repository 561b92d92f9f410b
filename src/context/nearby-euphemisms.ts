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
    const neighbours: T[] = [];
    // Sorted by start, so walk outwards only as far as the window reaches.
    for (let i = index - 1; i >= 0 && candidates[i]!.end > candidate.start - WINDOW; i--) neighbours.push(candidates[i]!);
    for (let i = index + 1; i < candidates.length && candidates[i]!.start < candidate.end + WINDOW; i++) neighbours.push(candidates[i]!);
    const likely = neighbours.filter(
      (other) => other.score >= 0.5 && (other.end <= candidate.start || other.start >= candidate.end),
    );
    if (likely.length === 0) return candidate;
    let x = logOdds(candidate.score);
    const reasons = [...candidate.reasons];
    likely.slice(0, MAX_CUES).forEach((other, i) => {
      const delta = WEIGHTS.nearbyEuphemism * DECAY ** i;
      x += delta;
      reasons.push({ feature: 'nearby-euphemism', quote: other.rule.id, weight: delta });
    });
    return { ...candidate, score: probability(x), reasons };
  });
}
