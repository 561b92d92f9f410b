import type { Rule } from '../src/index.js';
import { expandPattern, SOMEONE } from '../src/match/parse-pattern.js';

/**
 * The raw-scan limit the detector is measured against: lowercase the text and run one RegExp
 * alternation of every trigger phrase (slots as one word). No context, no scoring, no objects.
 */
export function rawScanner(rules: readonly Rule[]): (text: string) => number {
  const phrases = new Set<string>();
  for (const rule of rules) {
    for (const phrase of rule.phrases) {
      for (const seq of expandPattern(phrase)) {
        phrases.add(seq.map((t) => (t === SOMEONE ? '\\S+' : t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('[\\s-]+'));
      }
    }
  }
  const re = new RegExp(`\\b(?:${[...phrases].sort((a, b) => b.length - a.length).join('|')})\\b`, 'g');
  return (text) => {
    let count = 0;
    re.lastIndex = 0;
    const lower = text.toLowerCase();
    while (re.exec(lower)) count++;
    return count;
  };
}
