import { describe, expect, it } from 'vitest';
import { detect, type Rule } from '../src/index.js';

const ids = (text: string) => detect(text).spans.map((s) => [s.text, s.ruleId]);

describe('detect: the contract', () => {
  it('returns an explained span for a layoff euphemism', () => {
    const text = 'Congratulations on your graduation from the company. Your last day is Friday.';
    const { score, spans } = detect(text);
    expect(spans).toHaveLength(1);
    const [span] = spans;
    expect(span).toMatchObject({ start: 24, end: 34, text: 'graduation', line: 1, column: 25, ruleId: 'graduation', category: 'spin' });
    expect(span!.score).toBeGreaterThan(0.5);
    expect(span!.meaning).toMatch(/laid off|lay/i);
    expect(span!.suggestions.length).toBeGreaterThan(0);
    expect(span!.reasons[0]).toMatch(/^prior: /);
    expect(span!.reasons).toContain('job-loss-cue: "last day" in a nearby sentence (+0.80)');
    expect(span!.reasons.some((r) => r.startsWith('spin-cue: "congratulations"'))).toBe(true);
    expect(score).toBe(span!.score);
  });

  it('returns nothing, with score 0, for ordinary text', () => {
    expect(detect('The graduation ceremony is in the main hall at 10am.')).toEqual({ score: 0, spans: [] });
    expect(detect('')).toEqual({ score: 0, spans: [] });
  });
});

describe('detect: telling the senses apart', () => {
  it.each([
    ['Congratulations on your graduation from the company. Your last day is Friday.', 'Congratulations on your graduation from Stanford.'],
    ['We are rightsizing the sales team; 40 roles will be eliminated.', 'We are rightsizing the Kubernetes pods to cut the cloud bill.'],
    ['To protect margins we will trim the fat across every business unit, including staff.', 'Trim the fat from the brisket before you smoke it.'],
    ['Sadly we had to let 200 people go this quarter.', 'Let go of the rope when I say so.'],
  ])('flags %j but not %j', (euphemistic, innocent) => {
    expect(detect(euphemistic).spans.length).toBeGreaterThan(0);
    expect(detect(innocent).spans).toEqual([]);
  });
});

describe('detect: matching', () => {
  it('ignores case, hyphens vs spaces, and curly vs straight apostrophes', () => {
    const found = (t: string) => detect(t).spans.map((s) => s.ruleId);
    for (const form of ['rightsizing', 'right-sizing', 'right sizing', 'RIGHTSIZING', 'Right-Sizing']) {
      expect(found(`The company is ${form} its workforce and staff will be told on Monday.`)).toContain('rightsizing');
    }
    for (const form of ["RIF'd", 'RIF’d', 'RIFed']) {
      expect(found(`I got ${form} yesterday along with half my team; HR sent the severance letter.`).length).toBe(1);
    }
  });

  it('matches across a line break inside a phrase', () => {
    const text = 'Management wants to trim the\nfat: 300 employees will lose their jobs.';
    expect(detect(text).spans.map((s) => s.text)).toEqual(['trim the\nfat']);
  });

  it('fills the [someone] slot with a name, a pronoun, a number or a group', () => {
    for (const who of ['you', 'John', 'John Smith', '200 people', 'the entire design team']) {
      const text = `HR told staff that we had to let ${who} go last week.`;
      expect(detect(text).spans.map((s) => s.text)).toEqual([`let ${who} go`]);
    }
  });

  it('counts a pronoun in [someone] for less than a group of people', () => {
    expect(detect('So powerfully did the whole grim aspect of Ahab affect me, that I could not look away.').spans).toEqual([]);
    const [span] = detect('The plant closure will affect 212 employees in Ohio.').spans;
    expect(span?.reasons).toContain('names-people: "212 employees" (+0.80)');
  });

  it('counts a number of people in [someone] as a job-loss cue, but not the phrase\'s own words', () => {
    const [span] = detect('Today we are letting 230\npeople go across Sales and Support.').spans;
    expect(span?.reasons).toContain('job-loss-cue: "230 people" (+1.60)');
    const [own] = detect('Impacted employees will hear from HR today.', { minScore: 0 }).spans;
    expect(own?.reasons.join('; ')).not.toMatch(/cue: "employees"/);
  });

  it('fills a [number] slot with a number in digits, after a rounding word or not', () => {
    const found = (text: string) => detect(text, { minScore: 0 }).spans.map((s) => `${s.text} (${s.ruleId})`);
    expect(found('The plan will eliminate roughly 2,000 positions in Europe.')).toEqual(['eliminate roughly 2,000 positions (position-eliminated)']);
    expect(found('It means the elimination of 400 jobs.')).toEqual(['elimination of 400 jobs (position-eliminated)']);
    expect(found('The patch eliminates 3 bugs and 12 warnings.')).toEqual([]);
    expect(found('We shed two hundred jobs.')).toEqual([]);
  });

  it('ends a [someone] group at a comma', () => {
    const text = 'Strikes affecting 117,509 establishments, and 6,105,694 employees were reported by staff.';
    expect(detect(text, { minScore: 0 }).spans.map((s) => s.text)).not.toContain('affecting 117,509 establishments, and 6,105,694 employees');
  });

  it('does not match inside longer words or compounds', () => {
    expect(detect('Staff: our ungraduated layoffs and the post-graduation plans for employees.').spans).toEqual([]);
  });
});

describe('detect: options', () => {
  const memo = 'We are rightsizing the company. Impacted employees will get severance, and we let 40 people go. The reorganization of the archive is next.';

  it('minScore drops spans below it, and 0 keeps every candidate', () => {
    const all = detect(memo, { minScore: 0 }).spans;
    const scores = all.map((s) => s.score).sort((a, b) => a - b);
    expect(new Set(scores).size).toBeGreaterThan(1);
    const cut = (scores[0]! + scores[scores.length - 1]!) / 2;
    const some = detect(memo, { minScore: cut }).spans;
    expect(some.length).toBeGreaterThan(0);
    expect(some.length).toBeLessThan(all.length);
    expect(some.every((s) => s.score >= cut)).toBe(true);
  });

  it('categories keeps only those categories', () => {
    const spans = detect(memo, { categories: ['impact'] }).spans;
    expect(spans.length).toBeGreaterThan(0);
    expect(spans.every((s) => s.category === 'impact')).toBe(true);
  });

  it('allow ignores rule ids and phrases', () => {
    const spans = detect(memo).spans;
    const first = spans[0]!;
    expect(detect(memo, { allow: [first.ruleId] }).spans.map((s) => s.ruleId)).not.toContain(first.ruleId);
    expect(detect(memo, { allow: [first.text.toUpperCase()] }).spans.map((s) => s.text)).not.toContain(first.text);
  });

  it('rules adds entries, validated', () => {
    const rule: Rule = {
      id: 'career-reset',
      category: 'spin',
      phrases: ['career reset|resets'],
      meaning: 'you are being laid off',
      suggestions: ['we are laying you off'],
      base: 0.6,
    };
    const text = 'Your career reset starts Friday, your last day with the company.';
    expect(detect(text).spans).toEqual([]);
    expect(detect(text, { rules: [rule] }).spans.map((s) => s.ruleId)).toEqual(['career-reset']);
  });

  it.each([
    [{ minScore: 2 }, 'options.minScore'],
    [{ minScore: '0.5' }, 'options.minScore'],
    [{ categories: ['layoffs'] }, 'options.categories[0]'],
    [{ allow: 'graduation' }, 'options.allow'],
    [{ rules: [{ id: 'X Y' }] }, 'options.rules[0].id'],
    [{ rules: [{ id: 'x', category: 'spin', phrases: ['[someone] go'] }] }, 'options.rules[0].phrases[0]'],
    [{ rules: [{ id: 'graduation', category: 'spin', phrases: ['foo'], meaning: 'm', suggestions: ['s'], base: 0.5 }] }, 'used twice'],
  ])('throws a TypeError naming the field for %j', (options, field) => {
    expect(() => detect('text', options as never)).toThrow(TypeError);
    expect(() => detect('text', options as never)).toThrow(field);
  });

  it.each([undefined, null, 42, {}, ['a']])('throws a TypeError for non-string input %j', (input) => {
    expect(() => detect(input as never)).toThrow(TypeError);
    expect(() => detect(input as never)).toThrow('detect() expects a string');
  });
});
