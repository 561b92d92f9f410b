import type { CompiledZh } from './compile-zh.js';
import type { Match } from './find-matches.js';
import { onWordBoundaries } from './word-boundaries.js';

// ICU's dictionary lacks most four-character set phrases (降本增效 reads 降|本|增|效) and may
// glue their first character to the word before (以降|本|增|效): a phrase this long is a word.
const SET_PHRASE = 4;

/**
 * Finds the Chinese phrases of the lexicon in `text`: one RegExp finds candidates, and only
 * around each candidate does `Intl.Segmenter` check that it starts and ends on word boundaries.
 * At each position the longest phrase on boundaries wins; matches do not overlap.
 */
export function findZhMatches(text: string, lexicon: CompiledZh): Match[] {
  const matches: Match[] = [];
  const find = new RegExp(lexicon.find);
  for (let hit = find.exec(text); hit; hit = find.exec(text)) {
    const start = hit.index;
    // The longest phrase here first (it ends where the search stopped), then any shorter one
    // that also starts here.
    let end = find.lastIndex;
    find.lastIndex = start + 1;
    for (; end > start; end--) {
      const rule = lexicon.phrases.get(text.slice(start, end));
      if (rule && (end - start >= SET_PHRASE || onWordBoundaries(text, start, end))) {
        matches.push({ start, end, rule });
        find.lastIndex = end;
        break;
      }
    }
  }
  return matches;
}
