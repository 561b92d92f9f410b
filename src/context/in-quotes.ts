const OPEN = new Set(["'", '"', '\u2018', '\u201C', '\u00AB', '\u2039']);
const CLOSE = new Set(["'", '"', '\u2019', '\u201D', '\u00BB', '\u203A']);
const TRAILING = new Set(['.', ',', '!', '?', ';', ':']);

/**
 * Whether [start, end) stands alone in quotation marks ('optimized', “right-sizing.”): writers
 * put scare quotes around the words they find evasive.
 */
export function inQuotes(text: string, start: number, end: number): boolean {
  if (!OPEN.has(text[start - 1] ?? '')) return false;
  const after = TRAILING.has(text[end] ?? '') ? end + 1 : end;
  return CLOSE.has(text[after] ?? '');
}
