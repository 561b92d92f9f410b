import type { CueHit, CueScanner } from './cue-matcher.js';
import { WINDOW } from './weights.js';

/** Characters read beyond each side of a window: more than the longest cue. */
const SLACK = 48;

/**
 * Cue hits of a whole text, read once: the windows around all candidates are merged into
 * regions and each region is scanned once, however many candidates share it (dense text has a
 * candidate every few sentences, and their windows overlap). Hits are kept with absolute
 * offsets, sorted; each candidate takes those that start in its window.
 */
export interface ContextIndex<K extends string> {
  readonly hits: CueHit<K>[];
  /** The range [first, last) of `hits` that start in [from, to). */
  around(from: number, to: number): [number, number];
}

export function contextIndex<K extends string>(
  text: string,
  spans: readonly { start: number; end: number }[],
  scanner: CueScanner<K>,
): ContextIndex<K> {
  const hits: CueHit<K>[] = [];
  let regionStart = -1;
  let regionEnd = -1;
  const flush = () => {
    if (regionEnd <= regionStart) return;
    for (const hit of scanner(text.slice(regionStart, regionEnd), regionStart)) hits.push(hit);
  };
  for (const { start, end } of spans) {
    // A little past the window: a cue that starts inside it is read whole, and one cut
    // at the region's start falls outside it, whatever other windows the region holds.
    const from = Math.max(0, start - WINDOW - SLACK);
    const to = Math.min(text.length, end + WINDOW + SLACK);
    if (from > regionEnd) {
      flush();
      regionStart = from;
    }
    regionEnd = Math.max(regionEnd, to);
  }
  flush();
  // Where the last window began and ended: candidates come sorted by start, so the next
  // window's bounds are a few hits further on, and a walk finds them.
  let lo = 0;
  let hi = 0;
  return {
    hits,
    around: (from, to) => [(lo = seek(hits, lo, from)), (hi = seek(hits, Math.max(hi, lo), to))],
  };
}

/** The index of the first hit at or after `offset`, walking from `i`. */
function seek(hits: readonly CueHit<string>[], i: number, offset: number): number {
  while (i < hits.length && hits[i]!.index < offset) i++;
  while (i > 0 && hits[i - 1]!.index >= offset) i--;
  return i;
}
