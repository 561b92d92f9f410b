const OPEN = new Set(["'", '"', '\u2018', '\u201C', '\u00AB', '\u2039', '\u300C', '\u300E']);
const CLOSE = new Set(["'", '"', '\u2019', '\u201D', '\u00BB', '\u203A', '\u300D', '\u300F']);
const TRAILING = new Set(['.', ',', '!', '?', ';', ':', '\u3002', '\uFF0C', '\uFF01', '\uFF1F']);

/**
 * Whether [start, end) stands alone in quotation marks ('optimized', “right-sizing.”): writers
 * put scare quotes around the words they find evasive.
 */
export function inQuotes(text: string, start: number, end: number): boolean {
  if (!OPEN.has(text[start - 1] ?? '')) return false;
  const after = TRAILING.has(text[end] ?? '') ? end + 1 : end;
  return CLOSE.has(text[after] ?? '');
}
