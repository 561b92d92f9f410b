// Each matches one character.
const OPEN = /['"\u2018\u201C\u00AB\u2039\u300C\u300E]/;
const CLOSE = /['"\u2019\u201D\u00BB\u203A\u300D\u300F]/;
const TRAILING = /[.,!?;:\u3002\uFF0C\uFF01\uFF1F]/;

/**
 * Whether [start, end) stands alone in quotation marks ('optimized', “right-sizing.”): writers
 * put scare quotes around the words they find evasive.
 */
export function inQuotes(text: string, start: number, end: number): boolean {
  // Past either end of the text, test() reads "undefined", which none of the three matches.
  if (!OPEN.test(text[start - 1]!)) return false;
  const after = TRAILING.test(text[end]!) ? end + 1 : end;
  return CLOSE.test(text[after]!);
}
