/** Apostrophe look-alikes that writers and word processors use for "'". */
const APOSTROPHES = /[\u2018\u2019\u02BC\uFF07]/g;

/** The form words are compared in: lowercase with straight apostrophes. */
export function normalizeWord(word: string): string {
  const lower = word.toLowerCase();
  // The look-alikes are not ASCII: most words need no replacing (and no RegExp run).
  for (let i = 0; i < lower.length; i++) if (lower.charCodeAt(i) > 0x7f) return lower.replace(APOSTROPHES, "'");
  return lower;
}

/** The form whole phrases are compared in (for `allow`): words joined by one space; a comma inside a number (1,200) stays. */
export function normalizePhrase(phrase: string): string {
  return normalizeWord(phrase)
    .split(/[\s\-\u2010\u2011]+|,(?!\d)/)
    .filter(Boolean)
    .join(' ');
}
