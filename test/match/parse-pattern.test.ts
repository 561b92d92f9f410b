import { describe, expect, it } from 'vitest';
import { expandPattern, SOMEONE } from '../../src/match/parse-pattern.js';

describe('expandPattern', () => {
  it('lowercases words and straightens apostrophes', () => {
    expect(expandPattern("RIF’d")).toEqual([["rif'd"]]);
  });

  it('expands a|b choices', () => {
    expect(expandPattern('let|lets go')).toEqual([['let', 'go'], ['lets', 'go']]);
  });

  it('expands optional words and optional word groups', () => {
    expect(expandPattern('trim (the) fat')).toEqual([['trim', 'fat'], ['trim', 'the', 'fat']]);
    expect(expandPattern('upgraded (or downgraded) to customers')).toEqual([
      ['upgraded', 'to', 'customers'],
      ['upgraded', 'or', 'downgraded', 'to', 'customers'],
    ]);
  });

  it('gives a hyphenated word its spaced and closed forms', () => {
    expect(expandPattern('right-sizing')).toEqual([['right', 'sizing'], ['rightsizing']]);
  });

  it('keeps the [someone] slot', () => {
    expect(expandPattern('let [someone] go')).toEqual([['let', SOMEONE, 'go']]);
  });

  it.each([
    ['', 'is empty'],
    ['[someone] go', 'must start with a literal word'],
    ['(the) fat', 'must start with a literal word'],
    ['let [person] go', 'the only slot is [someone]'],
    ['trim (the fat', 'unbalanced parentheses'],
    ['trim the fat!', 'not a word'],
    ['trim (|the) fat', 'empty choice'],
  ])('rejects %j', (pattern, message) => {
    expect(() => expandPattern(pattern)).toThrow(message);
  });
});
