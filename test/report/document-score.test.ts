import { describe, expect, it } from 'vitest';
import { documentScore } from '../../src/report/document-score.js';

describe('documentScore', () => {
  it('is 0 with no spans and grows with each span (noisy-OR)', () => {
    expect(documentScore([])).toBe(0);
    expect(documentScore([0.5])).toBeCloseTo(0.5);
    expect(documentScore([0.5, 0.5])).toBeCloseTo(0.75);
    expect(documentScore([0.9, 0.2])).toBeCloseTo(0.92);
  });
});
