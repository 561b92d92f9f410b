import { describe, expect, it } from 'vitest';
import { expandPattern, NUMBER, SOMEONE } from '../../src/match/parse-pattern.js';
import { PHRASE_SETS } from '../../src/lexicon/phrase-sets.js';
import { validateRule } from '../../src/lexicon/validate-rule.js';
import { detect, type Rule } from '../../src/index.js';

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

  it('keeps the [someone] and [number] slots', () => {
    expect(expandPattern('let [someone] go')).toEqual([['let', SOMEONE, 'go']]);
    expect(expandPattern('shed [number] jobs')).toEqual([['shed', NUMBER, 'jobs']]);
  });

  it('expands {a,b} endings inside a word, several groups and empty choices too', () => {
    expect(expandPattern('rightsiz{e,ed,ing}')).toEqual([['rightsize'], ['rightsized'], ['rightsizing']]);
    expect(expandPattern('laid off customer{,s}|client')).toEqual([['laid', 'off', 'customer'], ['laid', 'off', 'customers'], ['laid', 'off', 'client']]);
    expect(expandPattern('optimi{z,s}{e,ing}')).toEqual([['optimize'], ['optimizing'], ['optimise'], ['optimising']]);
    expect(expandPattern('re-structur{e,ing}')).toEqual([['re', 'structure'], ['restructure'], ['re', 'structuring'], ['restructuring']]);
    expect(expandPattern('trim (the|our) fat{,s}')).toContainEqual(['trim', 'our', 'fats']);
  });

  it('expands @set to the alternatives of the named phrase set, multi-word ones too', () => {
    const roles = PHRASE_SETS.roles.split('|');
    expect(expandPattern('@roles cut')).toEqual(roles.map((role) => [role, 'cut']));
    expect(expandPattern('shed @people')).toContainEqual(['shed', 'team', 'members']);
    expect(expandPattern('shed @people')).toContainEqual(['shed', 'co', 'workers']);
    expect(expandPattern('shed @people')).toContainEqual(['shed', 'coworkers']);
  });

  it('takes (@set) as optional and mixes @set with plain words', () => {
    const det = PHRASE_SETS.det.split('|');
    expect(expandPattern('trim (@det) fat')).toEqual([['trim', 'fat'], ...det.map((d) => ['trim', d, 'fat'])]);
    expect(expandPattern('@be|got let go')).toEqual([...PHRASE_SETS.be.split('|'), 'got'].map((w) => [w, 'let', 'go']));
    expect(expandPattern('cut (@det|some) jobs')).toContainEqual(['cut', 'some', 'jobs']);
  });

  it.each([
    ['', 'is empty'],
    ['cut @jobz', 'unknown phrase set "@jobz"; known: @det,'],
    ['cut job{s', 'not a word'],
    ['cut job{s,}}', 'not a word'],
    ['[someone] go', 'must start with a literal word'],
    ['(the) fat', 'must start with a literal word'],
    ['let [person] go', 'the slots are [someone] and [number]'],
    ['trim (the fat', 'unbalanced parentheses'],
    ['trim the fat!', 'not a word'],
    ['trim (|the) fat', 'empty choice'],
  ])('rejects %j', (pattern, message) => {
    expect(() => expandPattern(pattern)).toThrow(message);
  });
});

describe('phrase sets', () => {
  it('hold lowercase words, one or more per alternative', () => {
    for (const [name, set] of Object.entries(PHRASE_SETS)) {
      for (const alternative of set.split('|')) expect(alternative, name).toMatch(/^[a-z][a-z'-]*( [a-z][a-z'-]*)*$/);
    }
  });

  it('reject an unknown @set with a TypeError naming the field', () => {
    const rule: Rule = { id: 'x', category: 'reduction', phrases: ['cut @roles', 'shed @jobz'], meaning: 'm', suggestions: ['s'], base: 0.5 };
    expect(() => validateRule(rule, 'rules[0]')).toThrow(TypeError);
    expect(() => validateRule(rule, 'rules[0]')).toThrow(/^doublespeak: rules\[0\]\.phrases\[1\]: "shed @jobz" has unknown phrase set "@jobz"/);
    expect(() => detect('x', { rules: [rule] })).toThrow(/options\.rules\[0\]\.phrases\[1\]: .*unknown phrase set "@jobz"/);
    expect(() => validateRule({ ...rule, phrases: ['cut @roles'] }, 'rules[0]')).not.toThrow();
  });

  it('work in caller rules', () => {
    const rule: Rule = { id: 'flibbertigibbet', category: 'impact', phrases: ['flibbertigibbeted @roles'], meaning: 'm', suggestions: ['s'], base: 0.9 };
    expect(detect('All 40 flibbertigibbeted positions end in May.', { rules: [rule] }).spans.map((s) => s.text)).toEqual(['flibbertigibbeted positions']);
  });
});
