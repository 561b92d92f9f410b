import { describe, expect, it } from 'vitest';
import { CATEGORIES, detect, lexicon } from '../../src/index.js';
import { validateRule } from '../../src/lexicon/validate-rule.js';
import { compileLexicon } from '../../src/match/compile-lexicon.js';
import { lexiconDocs } from '../../src/docs.js';

describe('the built-in lexicon', () => {
  it('has at least 150 valid entries covering every category', () => {
    expect(lexicon.length).toBeGreaterThanOrEqual(150);
    lexicon.forEach((rule, i) => validateRule(rule, `lexicon[${i}] (${rule.id})`));
    for (const category of CATEGORIES) {
      expect(lexicon.filter((r) => r.category === category).length, category).toBeGreaterThanOrEqual(10);
    }
  });

  it('has unique ids, and no phrase claimed by two entries', () => {
    expect(new Set(lexicon.map((r) => r.id)).size).toBe(lexicon.length);
    expect(() => compileLexicon(lexicon)).not.toThrow();
  });

  it('documents each entry (and nothing else) with a note, a euphemistic and an innocent example', () => {
    expect(Object.keys(lexiconDocs).sort()).toEqual(lexicon.map((r) => r.id).sort());
    for (const rule of lexicon) {
      const docs = lexiconDocs[rule.id]!;
      expect(docs.note.length, rule.id).toBeGreaterThan(10);
      expect(docs.examples.euphemistic.length, rule.id).toBeGreaterThan(0);
      expect(docs.examples.innocent.length, rule.id).toBeGreaterThan(0);
    }
  });

  describe.each(lexicon.map((rule) => [rule.id, rule, lexiconDocs[rule.id]!.examples] as const))('%s', (_id, rule, examples) => {
    it.each(examples.euphemistic)('finds it in %j', (sentence) => {
      expect(detect(sentence).spans.map((s) => s.ruleId)).toContain(rule.id);
    });
    it.each(examples.innocent)('flags nothing in %j', (sentence) => {
      expect(detect(sentence).spans.map((s) => `${s.text} (${s.ruleId} ${s.score})`)).toEqual([]);
    });
  });
});

describe('compileLexicon', () => {
  it('rejects a phrase claimed by two entries', () => {
    const [a, b] = lexicon;
    expect(() => compileLexicon([a!, { ...b!, phrases: [a!.phrases[0]!] }])).toThrow(/already claimed by rule/);
  });
});
