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

/** Nouns that count jobs rather than people: "1,200 roles". */
export const JOB_NOUNS = new Set(['job', 'jobs', 'role', 'roles', 'position', 'positions', 'seat', 'seats', 'post', 'posts', 'headcount', 'fte', 'ftes']);

/**
 * Workplaces, whose share stands for the people in it: "a third of the plant", "half the
 * company", "20% of the newsroom".
 */
export const WORKPLACES = new Set([
  'company', 'firm', 'business', 'plant', 'factory', 'office', 'store', 'branch', 'department', 'division',
  'unit', 'organisation', 'organization', 'org', 'warehouse', 'site', 'mill', 'newsroom', 'studio', 'shop', 'floor',
]);
