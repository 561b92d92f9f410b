import { describe, expect, it } from 'vitest';
import { detect, lexicon, type Rule } from '../../src/index.js';
import { LITERAL_DOMAINS } from '../../src/lexicon/domains.js';
import { validateRule } from '../../src/lexicon/validate-rule.js';

const rule = (literal: string[]): Rule => ({
  id: 'flibbertigibbet',
  category: 'spin',
  phrases: ['flibbertigibbet'],
  meaning: 'you are being laid off',
  suggestions: ['we are laying you off'],
  base: 0.6,
  literal,
});

describe('literal domains', () => {
  it('are lowercase words in cue syntax, and each is named by some built-in entry', () => {
    const named = new Set(lexicon.flatMap((r) => r.literal ?? []).filter((w) => w.startsWith('@')));
    for (const [name, words] of Object.entries(LITERAL_DOMAINS)) {
      expect(named, name).toContain(`@${name}`);
      for (const word of words) expect(word, name).toMatch(/^[a-z0-9#'][a-z0-9' ]*\*?$/);
    }
  });

  it('rejects an unknown @domain, naming the field and the known domains', () => {
    expect(() => validateRule(rule(['@food', '@foo']), 'rules[0]')).toThrow(TypeError);
    expect(() => validateRule(rule(['@food', '@foo']), 'rules[0]')).toThrow(
      /^doublespeak: rules\[0\]\.literal\[1\]: unknown domain "@foo"; known: @software, @cloud, .*@food/,
    );
    expect(() => detect('x', { rules: [rule(['@nope'])] })).toThrow(/options\.rules\[0\]\.literal\[0\]: unknown domain "@nope"/);
    expect(() => validateRule(rule(['@food', 'brisket']), 'rules[0]')).not.toThrow();
  });

  it('expands @domain to its words: a domain word the entry does not list marks the innocent sense', () => {
    const text = 'The flibbertigibbet of the brisket is that the smoker runs all night.';
    expect(rule(['@food']).literal).not.toContain('brisket');
    expect(detect(text, { rules: [rule([])] }).spans.map((s) => s.ruleId)).toEqual(['flibbertigibbet']);
    expect(detect(text, { rules: [rule(['@food'])] }).spans).toEqual([]);
    const [span] = detect(text, { rules: [rule(['@food'])], minScore: 0 }).spans;
    expect(span!.reasons).toContain('literal-cue: "brisket" (-2.20)');
  });

  it('lets built-in entries use their domains: nothing flagged in an innocent sentence', () => {
    const trim = lexicon.find((r) => r.id === 'trim-the-fat')!;
    expect(trim.literal).toContain('@food');
    expect(trim.literal).not.toContain('pork');
    expect(detect('Trim the fat from the pork shoulder before it goes in the oven.').spans).toEqual([]);
  });
});
