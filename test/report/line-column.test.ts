import { describe, expect, it } from 'vitest';
import { lineColumnCursor } from '../../src/report/line-column.js';

describe('lineColumnCursor', () => {
  it('counts \\n, \\r\\n, \\r, U+2028 and U+2029 as one line break each', () => {
    const text = 'a\nb\r\nc\rd\u2028e\u2029f';
    const at = lineColumnCursor(text);
    expect(['a', 'b', 'c', 'd', 'e', 'f'].map((ch) => at(text.indexOf(ch)))).toEqual(
      [1, 2, 3, 4, 5, 6].map((line) => ({ line, column: 1 })),
    );
  });

  it('counts columns in UTF-16 code units, 1-based', () => {
    const text = '😀 x\n  y';
    const at = lineColumnCursor(text);
    expect(at(3)).toEqual({ line: 1, column: 4 });
    expect(at(text.indexOf('y'))).toEqual({ line: 2, column: 3 });
  });
});
