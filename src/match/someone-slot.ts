import type { TokenStream } from './tokens.js';

/** Words that stand alone for a person or a group: "let *them* go". */
const PERSONS = new Set([
  'you', 'him', 'her', 'them', 'me', 'us', 'everyone', 'everybody', 'someone', 'somebody',
  'people', 'staff', 'staffers', 'employees', 'workers', 'folks', 'personnel', 'contractors',
]);

/** Words that open a group ending in a people noun: "*the whole sales* team", "*200* people". */
const GROUP_OPENERS = new Set([
  'the', 'our', 'your', 'their', 'his', 'her', 'its', 'these', 'those', 'a', 'an', 'this', 'that',
  'all', 'some', 'many', 'several', 'most', 'half', 'dozens', 'hundreds', 'thousands', 'more',
  'over', 'nearly', 'about', 'around', 'almost', 'another', 'other', 'two', 'three', 'four',
  'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve', 'twenty', 'fifty', 'hundred', 'thousand',
]);

/** Nouns that make a group a group of people. */
const PEOPLE_NOUNS = new Set([
  'people', 'person', 'persons', 'employee', 'employees', 'staff', 'staffers', 'worker', 'workers',
  'team', 'teams', 'member', 'members', 'colleague', 'colleagues', 'engineer', 'engineers',
  'manager', 'managers', 'contractor', 'contractors', 'hire', 'hires', 'folks', 'personnel',
  'workforce', 'associate', 'associates', 'developer', 'developers', 'executive', 'executives',
  'agent', 'agents', 'rep', 'reps', 'recruiter', 'recruiters', 'designer', 'designers', 'nurse',
  'nurses', 'teacher', 'teachers', 'driver', 'drivers', 'coach', 'player', 'players', 'crew',
  'department', 'division', 'salespeople', 'writers', 'reporters', 'journalists', 'editors',
  'analysts', 'researchers', 'moderators', 'officers', 'leaders', 'leadership', 'individuals',
]);

/** Words that start a sentence with a capital but are not names. */
const NOT_NAMES = new Set(['the', 'a', 'an', 'it', 'this', 'that', 'i', 'go', 'of', 'and', 'but']);

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
  if (PERSONS.has(first.norm)) lengths.push(1);
  if (first.capital && !NOT_NAMES.has(first.norm) && !PERSONS.has(first.norm)) {
    lengths.push(1);
    if (stream.at(from + 1)?.capital) lengths.push(2);
  }
  if (GROUP_OPENERS.has(first.norm) || NUMBER.test(first.norm)) {
    for (let n = 2; n <= MAX_FILLER; n++) {
      const token = stream.at(from + n - 1);
      if (!token) break;
      if (PEOPLE_NOUNS.has(token.norm)) lengths.push(n);
    }
  }
  return lengths;
}

/** Whether a slot filler's last word says outright that it is people ("them", "200 workers"), not a name. */
export function isPeopleWord(norm: string): boolean {
  return PERSONS.has(norm) || PEOPLE_NOUNS.has(norm);
}
