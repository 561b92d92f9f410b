import { LINE_BREAK } from '../report/line-column.js';

export interface Position {
  /** 1-based line. */
  line: number;
  /** 1-based column in UTF-16 code units. */
  column: number;
}

/** Where each line of `text` starts, for {@link positionAt} and {@link lineRange}. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(LINE_BREAK)) starts.push(m.index + m[0].length);
  return starts;
}

/** The 0-based index of the line holding `offset`. */
export function lineIndexAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The 1-based line and column of a UTF-16 offset into the text `starts` was made from. */
export function positionAt(starts: readonly number[], offset: number): Position {
  const index = lineIndexAt(starts, offset);
  return { line: index + 1, column: offset - starts[index]! + 1 };
}
