import { describe, expect, it } from 'vitest';
import { resolveOverlaps } from '../../src/report/resolve-overlaps.js';

describe('resolveOverlaps', () => {
  it('keeps disjoint items and, of overlapping ones, the higher score then the longer', () => {
    const items = [
      { start: 0, end: 5, score: 0.6 },
      { start: 3, end: 9, score: 0.8 },
      { start: 10, end: 12, score: 0.5 },
      { start: 10, end: 15, score: 0.5 },
      { start: 20, end: 22, score: 0.9 },
    ];
    expect(resolveOverlaps(items)).toEqual([items[1], items[3], items[4]]);
  });
});
