import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compiledLexicon } from '../../src/detect.js';
import { compileLexicon } from '../../src/match/compile-lexicon.js';
import { findMatches, SHORT_TEXT } from '../../src/match/find-matches.js';
import { loadCorpus } from '../eval/corpus.js';

const lexicon = compiledLexicon([]);
// The two ways of finding first words: every word (short texts) and the trigger RegExp (long
// ones, here the same text made long with trailing spaces, which hold no phrase).
const everyWord = (text: string) => {
  expect(text.length).toBeLessThan(SHORT_TEXT);
  return findMatches(text, lexicon);
};
const trigger = (text: string) => findMatches(text + ' '.repeat(SHORT_TEXT), lexicon);
// The same lexicon with no `follow` RegExps: every first word is walked token by token.
const walkOnly = compileLexicon(lexicon.rules);
for (const node of walkOnly.root.next.values()) delete node.follow;
const spans = (matches: ReturnType<typeof findMatches>) => matches.map((m) => [m.start, m.end, m.rule.id, m.someone?.start, m.someone?.end]);

const piece = fc.constantFrom(
  'graduation', 'post-graduation', "o'release", 'RIF’d', "RIF'd", 'RIFed', 'rif', 'let John go', 'let 200 people\ngo',
  'right-sizing', 'rightsizing', 'trim the\r\nfat', 'impacted employees', 'your position has been eliminated',
  'upgraded, or downgraded, to customers', 'released', '_released', 'ärightsizing', '2graduation', 'between jobs',
  ' ', '. ', ', ', '-', "'", '’', 'é', 'e\u0301', '中文', '😀', '\u00AD',
  // First words that only go on with a few words, and those words.
  'in', 'In', 'by', 'will', 'team', 'is', 'We', 'new', 'lower', 'scope', 'mutual agreement', 'be', 'members', 'let go', 'chapter', 'headcount',
);

const text = fc.array(fc.oneof(piece, fc.string({ maxLength: 4 })), { maxLength: 30 }).map((parts) => parts.join(''));

describe('findMatches', () => {
  it('finds the same phrases reading every word as with the trigger RegExp (corpus lines)', () => {
    const lines = loadCorpus();
    expect(lines.length).toBeGreaterThan(300);
    for (const { text } of lines) expect(spans(everyWord(text)), text).toEqual(spans(trigger(text)));
  });

  it('finds the same phrases both ways in any mix of phrases, glue and odd characters', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(spans(everyWord(t))).toEqual(spans(trigger(t)));
      }),
      { numRuns: 500 },
    );
  });

  it('passes over a first word by its `follow` RegExp only where the walk finds nothing', () => {
    expect([...lexicon.root.next.values()].filter((node) => node.follow).length).toBeGreaterThan(100);
    for (const { text } of loadCorpus()) expect(spans(findMatches(text, lexicon)), text).toEqual(spans(findMatches(text, walkOnly)));
    fc.assert(
      fc.property(text, (t) => {
        expect(spans(findMatches(t, lexicon))).toEqual(spans(findMatches(t, walkOnly)));
      }),
      { numRuns: 500 },
    );
  });
});
