import { describe, expect, it } from 'vitest';
import { detect as core, type Rule } from '../../src/index.js';
import { detect, lexicon, CATEGORIES, DEFAULT_MIN_SCORE } from '../../src/nlp/index.js';
import { detectReadingAll } from '../../src/nlp/detect.js';
import { winkLoaded } from '../../src/nlp/wink.js';
import { lemmaKey } from '../../src/nlp/lemma.js';
import { loadCorpus } from '../eval/corpus.js';

// Every candidate's sentence read, so each feature shows whatever the core's score.
const reasons = (text: string, phrase: string) => {
  const span = detectReadingAll(text, { minScore: 0 }).spans.find((s) => s.text.includes(phrase));
  expect(span, `no span with "${phrase}" in: ${text}`).toBeDefined();
  return span!;
};
const coreSpan = (text: string, phrase: string) => core(text, { minScore: 0 }).spans.find((s) => s.text.includes(phrase));

describe('doublespeak/nlp', () => {
  // First in the file: the model must not be unpacked at import, nor for text with no candidate.
  it('builds its wink instance only when it first has a sentence to read', () => {
    expect(winkLoaded()).toBe(false);
    expect(detect('The quarterly review is on Thursday.')).toEqual({ score: 0, spans: [] });
    expect(winkLoaded()).toBe(false);
    detectReadingAll('We are rightsizing the sales team.');
    expect(winkLoaded()).toBe(true);
  });

  it('exports what the core entry exports, with the same result shape', () => {
    expect(lexicon.length).toBeGreaterThan(50);
    expect(CATEGORIES).toContain('spin');
    expect(DEFAULT_MIN_SCORE).toBeGreaterThan(0);
    for (const line of loadCorpus().slice(0, 60)) {
      const result = detect(line.text);
      expect(Object.keys(result).sort()).toEqual(['score', 'spans']);
      for (const span of result.spans) {
        expect(Object.keys(span).sort()).toEqual(Object.keys(core('rightsizing the team').spans[0]!).sort());
        expect(line.text.slice(span.start, span.end)).toBe(span.text);
      }
    }
  });

  it('checks its input and options like the core', () => {
    expect(() => detect(42 as unknown as string)).toThrow(TypeError);
    expect(() => detect('x', { minScore: 2 })).toThrow(/minScore/);
    expect(() => detect('x', { categories: ['nope' as never] })).toThrow(/categories/);
    const text = 'We are rightsizing the sales team and 40 roles will be eliminated.';
    expect(detect(text, { allow: ['rightsizing'] }).spans.map((s) => s.ruleId)).not.toContain('rightsizing');
    expect(detect(text, { categories: ['spin'] }).spans).toEqual([]);
    expect(detect(text, { minScore: 1 }).spans).toEqual([]);
  });

  it('finds forms a rule does not list through their lemma, and says so', () => {
    const rule: Rule = {
      id: 'offramp',
      category: 'separation',
      phrases: ['offramped [someone]', 'offramped'],
      meaning: 'dismissed',
      suggestions: ['laid off'],
      base: 0.6,
    };
    const text = 'Next week we are offramping 40 staff from the support team.';
    expect(core(text, { rules: [rule], minScore: 0 }).spans.some((s) => s.ruleId === 'offramp')).toBe(false);
    const span = detect(text, { rules: [rule], minScore: 0 }).spans.find((s) => s.ruleId === 'offramp')!;
    expect(span.text).toBe('offramping 40 staff');
    expect(span.reasons).toContain('lemma: "offramping" -> offramp (read as "offramped")');
  });

  it('takes only inflections off in lemma keys', () => {
    expect(lemmaKey('optimising')).toBe(lemmaKey('optimized'));
    expect(lemmaKey("RIF'd")).toBe(lemmaKey('RIFing'));
    expect(lemmaKey('rightsized')).toBe(lemmaKey('rightsizing'));
    expect(lemmaKey('optimism')).not.toBe(lemmaKey('optimize'));
    expect(lemmaKey('riffs')).not.toBe(lemmaKey('rif'));
  });

  it('lets a long noun phrase for people fill a [someone] slot', () => {
    const text = 'We let the entire North American enterprise sales team go on Friday.';
    const span = reasons(text, 'let the entire');
    expect(span.text).toBe('let the entire North American enterprise sales team go');
    expect(span.reasons.join('\n')).toMatch(/noun-phrase: "the entire North American enterprise sales team"/);
    const us = reasons('they released 30 of us and asked us to train the offshore team first.', 'released');
    expect(us.text).toBe('released 30 of us');
    expect(us.reasons.join('\n')).toMatch(/mass-layoff-number: "30" next to "us"/);
    // A share of a workplace is its people.
    const plant = reasons('When we did the downsizing in 2009, we let about a third of the plant go.', 'let about');
    expect(plant.text).toBe('let about a third of the plant go');
    // A thing is no [someone]: "released the new version" stays unmatched.
    expect(detectReadingAll('We released the new version to all customers.', { minScore: 0 }).spans).toEqual([]);
  });

  it('lets a noun phrase for jobs count as its head noun', () => {
    // The core's patterns take a number in digits ("eliminate roughly 2,000 positions"), not
    // one in words or a noun phrase with adjectives.
    const text = 'The merger will eliminate roughly two thousand positions, the company said.';
    expect(coreSpan(text, 'eliminate')).toBeUndefined();
    const span = reasons(text, 'eliminate');
    expect(span.text).toBe('eliminate roughly two thousand positions');
    expect(span.ruleId).toBe('position-eliminated');
    expect(span.reasons.join('\n')).toMatch(/noun-phrase: "roughly two thousand positions" names jobs/);
    expect(reasons('It means the elimination of the remaining sales positions.', 'elimination').text).toBe('elimination of the remaining sales positions');
    // The head decides: "the need for new roles" is no job being cut.
    expect(detectReadingAll('This will eliminate the need for new roles.', { minScore: 0 }).spans).toEqual([]);
  });

  it('reads a "get" passive, adverbs and scare quotes as a plain passive', () => {
    const text = "okay so my role got 'eliminated' and they posted the same job this morning";
    expect(coreSpan(text, 'eliminated')).toBeUndefined();
    const span = reasons(text, 'eliminated');
    expect(span.text).toBe("role got 'eliminated'");
    expect(span.ruleId).toBe('position-eliminated');
    expect(span.reasons.join('\n')).toMatch(/passive: read as a plain passive \("got" as "was", scare quotes\)/);
    expect(reasons('Her position was unfortunately eliminated in May.', 'position').text).toBe('position was unfortunately eliminated');
    // A prepositional phrase after the noun says which job.
    const which = reasons('We decided that your role on the Brand team is no longer needed.', 'role');
    expect(which.text).toBe('role on the Brand team is no longer needed');
    expect(which.reasons.join('\n')).toMatch(/"on the Brand team" says which job/);
    // No participle, no passive: "the job got done" is no job phrase.
    expect(detectReadingAll('The job got done quickly.', { minScore: 0 }).spans).toEqual([]);
  });

  it('reads parts of speech: a person as object or subject raises, a phrasal "go" lowers', () => {
    expect(reasons('The managers were delayered in March.', 'delayered').reasons.join('\n')).toMatch(
      /pos: "delayered" is passive with a person as subject \("managers"\)/,
    );
    const goBack = reasons('Let us go back to Tom and Rob.', 'go');
    expect(goBack.reasons.join('\n')).toMatch(/pos: "go back" is a phrasal verb/);
    expect(goBack.score).toBeLessThan(coreSpan('Let us go back to Tom and Rob.', 'go')!.score);
    // A preposition with an object of its own is no particle: "let me go over a call".
    expect(reasons('They let me go over a seven minute Teams call.', 'let me go').reasons.join('\n')).not.toMatch(/phrasal verb/);
    expect(reasons('Let them go out and play.', 'go').reasons.join('\n')).toMatch(/pos: "go out" is a phrasal verb/);
    const state = reasons('I am between jobs right now.', 'between jobs');
    expect(state.reasons.join('\n')).toMatch(/describes a person's state/);
  });

  it('counts a happy sentence about a departure as spin', () => {
    const text = 'Happy graduation, Sam! Your last day with us is Friday.';
    const span = reasons(text, 'graduation');
    expect(span.reasons.join('\n')).toMatch(/sentence-sentiment: \+0\.\d\d \(spin\)/);
    expect(span.score).toBeGreaterThan(coreSpan(text, 'graduation')!.score);
  });

  it('counts numbers next to people or jobs as mass-layoff cues', () => {
    expect(reasons('We will reduce headcount by 12% this year.', 'headcount').reasons.join('\n')).toMatch(
      /mass-layoff-number: "12%" after "headcount"/,
    );
    expect(reasons('The company is downsizing, cutting two hundred employees.', 'downsizing').reasons.join('\n')).toMatch(
      /mass-layoff-number: "two hundred" next to "employees"/,
    );
    // A line break inside the sentence is no word between the number and the people.
    expect(reasons('Today we are letting 230\npeople go across Sales.', 'letting').reasons.join('\n')).toMatch(
      /mass-layoff-number: "230" next to "people"/,
    );
  });

  it('reads a sentence only where NLP evidence could change the verdict, with the same spans', () => {
    const text = 'We are rightsizing the sales team. The graduation ceremony is at noon. Impacted employees get severance.';
    const some = detect(text);
    const all = detectReadingAll(text);
    expect(some.spans.map((s) => [s.start, s.end, s.ruleId])).toEqual(all.spans.map((s) => [s.start, s.end, s.ruleId]));
    const skipped = some.spans.flatMap((s) => s.reasons).filter((r) => r.startsWith('nlp: sentence not read'));
    expect(skipped.length).toBeGreaterThan(0);
    for (const line of loadCorpus().filter((l) => l.split === 'dev')) {
      expect(detect(line.text).spans.map((s) => s.start)).toEqual(detectReadingAll(line.text).spans.map((s) => s.start));
    }
  });

  it('leaves Chinese to the core (the wink model reads English), and honours options.language', () => {
    const text = '我被优化了，最后工作日是周五。';
    const spans = detect(text).spans;
    expect(spans.length).toBeGreaterThan(0);
    expect(spans.map((s) => [s.start, s.end, s.ruleId, s.score])).toEqual(core(text).spans.map((s) => [s.start, s.end, s.ruleId, s.score]));
    expect(spans[0]!.reasons).toContain('nlp: Chinese, scored by the core alone');
    const mixed = `${text} We are rightsizing the sales team.`;
    expect(detect(mixed, { language: 'zh' }).spans.every((s) => /\p{Script=Han}/u.test(s.text))).toBe(true);
    expect(detect(mixed, { language: 'en' }).spans.every((s) => !/\p{Script=Han}/u.test(s.text))).toBe(true);
  });

  it('reports a negated euphemism with the same score, and says it is negated', () => {
    const text = 'We are not rightsizing.';
    const span = reasons(text, 'rightsizing');
    expect(span.reasons.join('\n')).toMatch(/negation: "rightsizing" is negated/);
    expect(span.score).toBe(coreSpan(text, 'rightsizing')!.score);
  });
});
