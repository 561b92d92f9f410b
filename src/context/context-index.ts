import type { CueHit, CueScanner } from './cue-matcher.js';
import { WINDOW } from './weights.js';

/**
 * Cue hits of a whole text, read once: the windows around all candidates are merged into
 * regions and each region is scanned once, however many candidates share it (dense text has a
 * candidate every few sentences, and their windows overlap). Hits are kept with absolute
 * offsets, sorted, so each candidate finds its own with two binary searches.
 */
export class ContextIndex<K extends string> {
  readonly hits: CueHit<K>[] = [];

  constructor(text: string, spans: readonly { start: number; end: number }[], scanner: CueScanner<K>) {
    let regionStart = -1;
    let regionEnd = -1;
    const flush = () => {
      if (regionEnd <= regionStart) return;
      for (const hit of scanner(text.slice(regionStart, regionEnd), regionStart)) this.hits.push(hit);
    };
    for (const { start, end } of spans) {
      const from = Math.max(0, start - WINDOW);
      const to = Math.min(text.length, end + WINDOW);
      if (from > regionEnd) {
        flush();
        regionStart = from;
      }
      regionEnd = Math.max(regionEnd, to);
    }
    flush();
  }

  /** The index in `hits` of the first hit at or after `offset`. */
  firstAt(offset: number): number {
    let lo = 0;
    let hi = this.hits.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.hits[mid]!.index < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
