import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detect as core } from '../src/index.js';
import { detect as nlp } from '../src/nlp/index.js';

// Text made of odd Unicode and of pieces that do trigger spans, so offsets are tested where it matters.
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)); // lone surrogates too
const odd = fc.constantFrom('😀', '👩🏽‍💻', '中文', 'é', 'e\u0301', '\r\n', '\u2028', '\u2029', '\u00AD', '\uFEFF', '\t', ' ', '\n\n', 'İ', 'ß', '’');
const piece = fc.constantFrom(
  'graduation', 'Happy graduation', 'let John go', 'let 200 people\ngo', 'right-sizing', 'RIF’d', 'trim the\r\nfat',
  'impacted employees', 'your position has been eliminated', 'employees', 'severance', 'last day', 'ceremony', 'pods',
  'restructuring', 'upgraded, or downgraded, to customers', '. ', ', ', ' ',
  // Pieces for the nlp entry's own paths: lemmas, noun phrases in a slot, parts of speech, numbers, negation.
  'optimising', 'rightsized', 'let the whole QA contractor team go', 'was let go', 'between jobs', 'go out',
  '12% of staff', 'not rightsizing', 'JD.com', 'released the app', 'U.S.', "can't", '\u000B', '\u3000',
  // Chinese: phrases, cues, words a phrase can cut (等待岗位), literal senses, full stops, quotes.
  '毕业', '被优化', '我被优化掉了', '从公司毕业', '向社会输送人才', '以降本增效', '受影响的员工', '员工', 'HR', 'N+1',
  '最后工作日', '恭喜', '大学毕业', '毕业典礼', '代码优化', '等待岗位', '劝退休', '。', '，', '“', '”', '「', '」', '𠀀',
);
const text = fc
  .array(fc.oneof(piece, odd, fc.string({ unit: codeUnit, maxLength: 6 }), fc.string({ maxLength: 8 })), { maxLength: 40 })
  .map((parts) => parts.join(''));

// Both entries make the same promises, so the same properties run against each.
describe.each([
  ['doublespeak', core],
  ['doublespeak/nlp', nlp],
])('detect (%s): properties for any string', (_entry, detect) => {
  it('never throws, and its offsets, order and positions hold', () => {
    fc.assert(
      fc.property(text, (input) => {
        const { score, spans } = detect(input);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1);
        let previousEnd = 0;
        for (const span of spans) {
          expect(input.slice(span.start, span.end)).toBe(span.text);
          expect(span.start).toBeGreaterThanOrEqual(previousEnd);
          expect(span.end).toBeGreaterThan(span.start);
          previousEnd = span.end;
          const before = input.slice(0, span.start);
          const lines = before.split(/\r\n|\r|\n|\u2028|\u2029/);
          expect(span.line).toBe(lines.length);
          expect(span.column).toBe(lines[lines.length - 1]!.length + 1);
        }
      }),
      { numRuns: 600 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(text, (input) => {
        expect(detect(input)).toEqual(detect(input));
      }),
      { numRuns: 200 },
    );
  });

  it('finds spans in generated text at all (so the properties above are not vacuous)', () => {
    const samples = fc.sample(text, { numRuns: 300, seed: 42 });
    expect(samples.filter((s) => detect(s).spans.length > 0).length).toBeGreaterThan(30);
  });
});
