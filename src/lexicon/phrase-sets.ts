/**
 * Named word sets for lexicon phrases: `@roles` in a phrase stands for any one of the set's
 * alternatives, `(@det)` for an optional one, and `@be|get|got` mixes a set with plain words.
 * An alternative may be several words (`team members`). Sets keep the phrase lists short
 * (every list is shipped to browsers) and consistent from entry to entry. An unknown set is an
 * error. Add a word only if every phrase using the set can take it.
 */
export const PHRASE_SETS = {
  /** Determiners before a noun. */
  det: 'the|our|its|their|your',
  /** A person's own: "relieved of (@poss) duties". */
  poss: 'your|his|her|their|my|our',
  /** Forms of "be". */
  be: 'is|are|was|were|be|been|being',
  /** "Be" with its auxiliaries, before a participle: "roles (@aux) eliminated". */
  aux: 'is|are|was|were|be|been|being|has been|have been|had been|will be|would be|will have been|is being|are being|was being|were being',
  /** The company or a part of it, as a body of people. */
  org: 'organization|organisation|org|business|company|firm|workforce|headcount|staff|department|team|teams',
  /** Words that round a number: "eliminate (@about) [number] positions". */
  about: 'about|roughly|nearly|around|approximately|almost|some|over',
  /** Jobs (without "job", which is also a batch job: write `@roles|job|jobs` where it fits). */
  roles: 'role|roles|position|positions|post|posts',
  /** The people who hold the jobs. */
  people: 'employee|employees|staff|staffers|colleagues|coworkers|co-workers|workers|worker|associates|personnel|individuals|teammates|team member|team members',
} as const satisfies Record<string, string>;
