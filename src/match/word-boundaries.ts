import { hasHan } from './word-regex.js';

/** Characters of context the segmenter reads on each side of a candidate, within its run of Han text. */
const CONTEXT = 12;

let segmenter: Intl.Segmenter | null | undefined;

/**
 * Whether [start, end) starts and ends on word boundaries of the Chinese text around it, by
 * `Intl.Segmenter` on a small window: 待岗 in 等待岗位 (等待|岗位) and 劝退 in 劝退休 (劝|退休)
 * do not. Where the runtime has no `Intl.Segmenter`, every candidate passes.
 *
 * ICU reads a pronoun and the passive marker as one word (我被|优|化), and a verb ending and
 * the aspect particle too (优|化|掉了): a phrase may start at that 被 and end before that 了.
 */
export function onWordBoundaries(text: string, start: number, end: number): boolean {
  segmenter ??= typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
  if (!segmenter) return true;
  let from = Math.max(0, start - CONTEXT);
  for (let i = start - 1; i >= from; i--) if (!hasHan(text[i]!)) from = i + 1;
  let to = Math.min(text.length, end + CONTEXT);
  for (let i = end; i < to; i++) if (!hasHan(text[i]!)) to = i;
  const segments = segmenter.segment(text.slice(from, to));
  const isBoundary = (offset: number) => offset === from || offset === to || segments.containing(offset - from)!.index === offset - from;
  return (text[start] === '被' || isBoundary(start)) && (isBoundary(end) || (text[end] === '了' && isBoundary(end + 1)));
}
