import { isPeopleWord } from '../match/someone-slot.js';

export const POSSESSIVES = new Set(['my', 'your', 'his', 'her', 'its', 'our', 'their']);
/** People the core's [someone] slot does not list, as they rarely follow a layoff phrase. */
const MORE_PEOPLE = new Set([
  'partner', 'partners', 'wife', 'husband', 'friend', 'friends', 'boss', 'dad', 'mom', 'mum', 'father',
  'mother', 'brother', 'sister', 'son', 'daughter', 'guy', 'guys', 'man', 'men', 'woman', 'women',
  'coworker', 'coworkers', 'talent', 'boyfriend', 'girlfriend', 'cousin', 'uncle', 'aunt', 'neighbour', 'neighbor',
]);
/** A word for people ("employees", "team", "them"): the core's [someone] slot's words, and a few more. */
export function isPeopleNoun(word: string): boolean {
  return MORE_PEOPLE.has(word) || isPeopleWord(word);
}
