/** A line break: \r\n counts as one; \n, \r, U+2028 and U+2029 each count as one. */
export const LINE_BREAK = /\r\n?|[\n\u2028\u2029]/g;

/**
 * Returns a function giving the 1-based line and column (in UTF-16 code units) of an offset.
 * Offsets must be asked in increasing order: it walks the text once however many spans there are.
 */
export function lineColumnCursor(text: string): (offset: number) => { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const breaks = new RegExp(LINE_BREAK);
  let next = breaks.exec(text);
  return (offset) => {
    // A break is never empty: lastIndex is where the line after `next` starts.
    while (next && breaks.lastIndex <= offset) {
      line++;
      lineStart = breaks.lastIndex;
      next = breaks.exec(text);
    }
    return { line, column: offset - lineStart + 1 };
  };
}
