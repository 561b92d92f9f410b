/**
 * How euphemistic a whole text is: the chance that at least one of its spans is a layoff
 * euphemism, taking each span's score as an independent probability (noisy-OR).
 */
export function documentScore(spanScores: readonly number[]): number {
  return 1 - spanScores.reduce((none, score) => none * (1 - score), 1);
}
