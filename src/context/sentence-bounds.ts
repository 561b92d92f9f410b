// A sentence ends at . ! ? or … followed by a space, or at a blank line; "JD.com" and "3.2" do not end one.
// Chinese full stops (。！？) end one without a space.
const END_BEFORE = /[.!?\u2026]["'\u2019\u201D)]*\s+|[\u3002\uFF01\uFF1F]["'\u2019\u201D\u300D\u300F)\uFF09]*\s*|\n\s*\n/g;

/**
 * The bounds of the sentence around [start, end), looking at most `limit` characters each way.
 */
export function sentenceBounds(text: string, start: number, end: number, limit: number): [number, number] {
  const from = Math.max(0, start - limit);
  let sentenceStart = from;
  END_BEFORE.lastIndex = from;
  for (let m = END_BEFORE.exec(text); m && m.index < start; m = END_BEFORE.exec(text)) {
    // A sentence end is never empty: lastIndex is where the next sentence starts.
    sentenceStart = END_BEFORE.lastIndex;
  }
  END_BEFORE.lastIndex = end;
  const after = END_BEFORE.exec(text);
  const sentenceEnd = after && after.index < end + limit ? after.index + 1 : Math.min(text.length, end + limit);
  return [Math.min(sentenceStart, start), sentenceEnd];
}
