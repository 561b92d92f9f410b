import type { TokenStream } from './tokens.js';

// Word lists as anchored RegExps over a normalised word: `s?` marks a noun that counts in the
// singular and the plural.

/** Words that stand alone for a person or a group: "let *them* go". */
const PERSONS =
  /^(?:you|him|her|them|me|us|everyone|everybody|someone|somebody|people|staff|staffers|employees|workers|folks|personnel|contractors)$/;

/** Words that open a group ending in a people noun: "*the whole sales* team", "*200* people". */
const GROUP_OPENERS =
  /^(?:the|our|your|their|his|her|its|these|those|a|an|this|that|all|some|many|several|most|half|dozens|hundreds?|thousands?|more|over|nearly|about|around|almost|another|other|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty)$/;

/** Nouns that make a group a group of people. */
const PEOPLE_NOUNS =
  /^(?:(?:person|employee|worker|team|member|colleague|engineer|manager|contractor|hire|associate|developer|executive|agent|rep|recruiter|designer|nurse|teacher|driver|player)s?|people|staff|staffers|folks|personnel|workforce|coach|crew|department|division|salespeople|writers|reporters|journalists|editors|analysts|researchers|moderators|officers|leaders|leadership|individuals)$/;

/** Words that start a sentence with a capital but are not names. */
const NOT_NAMES = /^(?:the|a|an|it|this|that|i|go|of|and|but)$/;

const MAX_FILLER = 5;
const NUMBER = /^\p{N}/u;

/**
 * The lengths (in words) that a `[someone]` slot can take from word `from` of the stream:
 * a pronoun ("them"), a name ("John", "John Smith"), or a group that opens with a determiner
 * or a quantity and ends in a people noun ("the entire sales team", "200 people").
 */
export function someoneLengths(stream: TokenStream, from: number): number[] {
  const first = stream.at(from);
  if (!first) return [];
  const lengths: number[] = [];
  if (PERSONS.test(first.norm)) lengths.push(1);
  if (first.capital && !NOT_NAMES.test(first.norm) && !PERSONS.test(first.norm)) {
    lengths.push(1);
    const second = stream.at(from + 1);
    if (second?.capital && !second.afterComma) lengths.push(2);
  }
  if (GROUP_OPENERS.test(first.norm) || NUMBER.test(first.norm)) {
    for (let n = 2; n <= MAX_FILLER; n++) {
      const token = stream.at(from + n - 1);
      // A group of people is one noun phrase: a comma ends it ("117 establishments, and 6 employees").
      if (!token || token.afterComma) break;
      if (PEOPLE_NOUNS.test(token.norm)) lengths.push(n);
    }
  }
  return lengths;
}

/** Whether a slot filler's last word says outright that it is people ("them", "200 workers"), not a name. */
export function isPeopleWord(norm: string): boolean {
  return PERSONS.test(norm) || PEOPLE_NOUNS.test(norm);
}
