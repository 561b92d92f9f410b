import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Detection, DetectOptions } from '../../src/index.js';
import { metrics, overlaps, type Metrics } from './metrics.js';

export type DetectFn = (text: string, options?: DetectOptions) => Detection;

export interface CorpusLine {
  id: string;
  genre: string;
  split: 'dev' | 'test';
  text: string;
  euphemisms: string[];
}

/** The Chinese corpus (same format), scored on its own. */
export const ZH_CORPUS = join(import.meta.dirname, '..', 'corpus', 'zh.jsonl');

export function loadCorpus(file = join(import.meta.dirname, '..', 'corpus', 'en.jsonl')): CorpusLine[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as CorpusLine);
}

/** Gold spans: each listed phrase at its next occurrence after the previous one. */
export function goldSpans(line: CorpusLine): { start: number; end: number; text: string }[] {
  let from = 0;
  return line.euphemisms.map((phrase) => {
    const start = line.text.indexOf(phrase, from);
    if (start < 0) throw new Error(`${line.id}: "${phrase}" is not in its text`);
    from = start + phrase.length;
    return { start, end: from, text: phrase };
  });
}

export interface Mistake {
  id: string;
  kind: 'false alarm' | 'missed';
  text: string;
  detail: string;
}

/**
 * Span-level scores: a found span that overlaps a gold span is a true positive (each gold span
 * counts once); other found spans are false alarms, unfound gold spans are misses.
 */
export function scoreCorpus(lines: CorpusLine[], detect: DetectFn, options?: DetectOptions): Metrics & { mistakes: Mistake[] } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const mistakes: Mistake[] = [];
  for (const line of lines) {
    const gold = goldSpans(line);
    const found = detect(line.text, options).spans;
    const hit = new Set<number>();
    for (const span of found) {
      const g = gold.findIndex((s, i) => !hit.has(i) && overlaps(s, span));
      if (g >= 0) {
        hit.add(g);
        tp++;
      } else {
        fp++;
        mistakes.push({ id: line.id, kind: 'false alarm', text: line.text, detail: `${span.text} [${span.ruleId} ${span.score}] ${span.reasons.join('; ')}` });
      }
    }
    gold.forEach((s, i) => {
      if (hit.has(i)) return;
      fn++;
      mistakes.push({ id: line.id, kind: 'missed', text: line.text, detail: s.text });
    });
  }
  return { ...metrics(tp, fp, fn), mistakes };
}
