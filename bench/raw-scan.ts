import type { Rule } from '../src/index.js';
import { expandPattern, NUMBER, SOMEONE } from '../src/match/parse-pattern.js';
import { wordAlternation } from '../src/match/word-regex.js';

/**
 * The source of the raw scan's RegExp: one alternation of every trigger phrase (up to a slot, if
 * it has one), factored by shared prefixes as a careful hand-written scanner would be.
 */
export function rawPattern(rules: readonly Rule[]): string {
  const phrases = new Set<string>();
  for (const rule of rules) {
    for (const phrase of rule.phrases) {
      for (const sequence of expandPattern(phrase)) {
        const slot = sequence.findIndex((token) => token === SOMEONE || token === NUMBER);
        phrases.add((slot < 0 ? sequence : sequence.slice(0, slot)).join(' '));
      }
    }
  }
  return `\\b(?:${wordAlternation(phrases)})\\b`;
}

/**
 * The raw-scan limit the detector is measured against: lowercase the text and run the one
 * RegExp of `rawPattern`. No context, no scoring, no objects per match. (bench/peers/tools.ts
 * runs the same loop in a child process.)
 */
export function rawScanner(rules: readonly Rule[]): (text: string) => number {
  const re = new RegExp(rawPattern(rules), 'g');
  return (text) => {
    let count = 0;
    re.lastIndex = 0;
    const lower = text.toLowerCase();
    while (re.exec(lower)) count++;
    return count;
  };
}
