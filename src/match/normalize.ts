/** Apostrophe look-alikes that writers and word processors use for "'". */
const APOSTROPHES = /[\u2018\u2019\u02BC\uFF07]/g;

/** The form words are compared in: lowercase with straight apostrophes. */
export function normalizeWord(word: string): string {
  return word.toLowerCase().replace(APOSTROPHES, "'");
}

/** The form whole phrases are compared in (for `allow`): words joined by one space; a comma inside a number (1,200) stays. */
export function normalizePhrase(phrase: string): string {
  return normalizeWord(phrase)
    .split(/[\s\-\u2010\u2011]+|,(?!\d)/)
    .filter(Boolean)
    .join(' ');
}
