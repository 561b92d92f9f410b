import { someoneLengths } from '../match/someone-slot.js';
import { TokenStream } from '../match/tokens.js';

export const POSSESSIVES = new Set(['my', 'your', 'his', 'her', 'its', 'our', 'their']);
/** People the core's [someone] slot does not list, as they rarely follow a layoff phrase. */
const MORE_PEOPLE = new Set([
  'partner', 'partners', 'wife', 'husband', 'friend', 'friends', 'boss', 'dad', 'mom', 'mum', 'father',
  'mother', 'brother', 'sister', 'son', 'daughter', 'guy', 'guys', 'man', 'men', 'woman', 'women',
  'coworker', 'coworkers', 'talent', 'boyfriend', 'girlfriend', 'cousin', 'uncle', 'aunt', 'neighbour', 'neighbor',
]);
const peopleNouns = new Map<string, boolean>();
/** A noun for people ("employees", "team"), by the core's [someone] slot. */
export function isPeopleNoun(word: string): boolean {
  let yes = peopleNouns.get(word);
  if (yes === undefined) {
    yes = MORE_PEOPLE.has(word) || someoneLengths(new TokenStream(`the ${word}`, 0), 0).includes(2);
    if (peopleNouns.size < 10_000) peopleNouns.set(word, yes);
  }
  return yes;
}

