import { describe, expect, it } from 'vitest';
import { CATEGORIES, detect, lexicon, zhLexicon, type Rule } from '../../src/index.js';
import { validateRule } from '../../src/lexicon/validate-rule.js';
import { compileLexicon } from '../../src/match/compile-lexicon.js';
import { compileZh } from '../../src/match/compile-zh.js';
import { lexiconDocs } from '../../src/docs.js';

// Both built-in lexicons: [name, entries, at least this many entries, and per category, compiler].
const lexicons = [
  ['English', lexicon, 150, 10, (rules: readonly Rule[]) => compileLexicon(rules).root],
  ['Chinese', zhLexicon, 40, 5, compileZh],
] as const satisfies readonly (readonly [string, readonly Rule[], number, number, (rules: readonly Rule[]) => unknown])[];
const everyEntry = [...lexicon, ...zhLexicon];

describe.each(lexicons)('the built-in %s lexicon', (_name, lexicon, minEntries, minPerCategory, compile) => {
  it(`has at least ${minEntries} valid entries covering every category`, () => {
    expect(lexicon.length).toBeGreaterThanOrEqual(minEntries);
    lexicon.forEach((rule, i) => validateRule(rule, `lexicon[${i}] (${rule.id})`));
    for (const category of CATEGORIES) {
      expect(lexicon.filter((r) => r.category === category).length, category).toBeGreaterThanOrEqual(minPerCategory);
    }
  });

  it('has unique ids, and no phrase claimed by two entries', () => {
    expect(new Set(lexicon.map((r) => r.id)).size).toBe(lexicon.length);
    expect(() => compile(lexicon)).not.toThrow();
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

describe('the built-in lexicons together', () => {
  it('share no id', () => {
    expect(new Set(everyEntry.map((r) => r.id)).size).toBe(everyEntry.length);
  });

  it('documents each entry (and nothing else) with a note, a euphemistic and an innocent example', () => {
    expect(Object.keys(lexiconDocs).sort()).toEqual(everyEntry.map((r) => r.id).sort());
    for (const rule of everyEntry) {
      const docs = lexiconDocs[rule.id]!;
      expect(docs.note.length, rule.id).toBeGreaterThan(10);
      expect(docs.examples.euphemistic.length, rule.id).toBeGreaterThan(0);
      expect(docs.examples.innocent.length, rule.id).toBeGreaterThan(0);
    }
  });
});

describe('compileLexicon', () => {
  it('rejects a phrase claimed by two entries', () => {
    const [a, b] = lexicon;
    const rules = [a!, { ...b!, phrases: [a!.phrases[0]!] }];
    expect(() => compileLexicon(rules).root).toThrow(/already claimed by rule/);
    expect(() => compileLexicon(rules, rules.slice(1))).toThrow(/already claimed by rule/);
  });
});

describe('compileZh', () => {
  it('rejects a phrase claimed by two entries, however its pieces are spaced', () => {
    const [a, b] = zhLexicon;
    expect(() => compileZh([a!, { ...b!, phrases: ['毕 业'] }])).toThrow(/already claimed by rule "zh-graduation"/);
  });

  it('rejects a [someone] slot, and leaves phrases without Chinese characters to the English matcher', () => {
    const rule: Rule = { id: 'x', category: 'spin', phrases: ['放 [someone] 长假'], meaning: 'm', suggestions: ['s'], base: 0.5 };
    expect(() => compileZh([rule])).toThrow(/cannot have a \[someone\] or \[number\] slot/);
    expect(compileZh([{ ...rule, phrases: ['let go'] }]).phrases.size).toBe(0);
  });
});
