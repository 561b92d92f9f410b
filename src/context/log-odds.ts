/**
 * Scores are probabilities; evidence adds in log-odds. Clamped so that 0 and 1 (a minScore of
 * 0, a saturated score) stay finite.
 */
export function logOdds(p: number): number {
  const q = Math.min(1 - 1e-9, Math.max(1e-9, p));
  return Math.log(q / (1 - q));
}

/** The probability of log-odds `x`. */
export function probability(x: number): number {
  return 1 / (1 + Math.exp(-x));
}
