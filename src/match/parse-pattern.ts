import { PHRASE_SETS } from '../lexicon/phrase-sets.js';
import { normalizeWord } from './normalize.js';

/** The slot `[someone]`: a person or a group of people. */
export const SOMEONE = Symbol('someone');
/** The slot `[number]`: one number written in digits (400, 2,000, 12.5). */
export const NUMBER = Symbol('number');

/** One position of an expanded pattern: a normalised word or a slot. */
export type PatternToken = string | typeof SOMEONE | typeof NUMBER;

/** A single word as the tokenizer sees it (letters and digits, inner apostrophes). */
const WORD = /^[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*$/u;

/**
 * Expands a lexicon pattern (syntax in `Rule`) into every plain token sequence it stands for.
 * Throws a plain Error with the reason; the caller adds which rule and field it was.
 */
export function expandPattern(pattern: string): PatternToken[][] {
  return product(patternPieces(pattern));
}

/**
 * A pattern as its positions, each with the token sequences that may stand there (an optional
 * piece includes the empty one). A compiler can walk these without multiplying them out.
 */
export function patternPieces(pattern: string): PatternToken[][][] {
  const expanded = piecesOf(pattern).map(expandPiece);
  if (expanded[0]!.some((choice) => choice.length === 0 || typeof choice[0] !== 'string')) {
    throw new Error('must start with a literal word, not a slot or an optional word');
  }
  return expanded;
}

/** The words a pattern can start with, from its first piece alone (the rest is not parsed). */
export function firstWords(pattern: string): string[] {
  return expandPiece(piecesOf(pattern)[0]!).map((choice) => choice[0] as string);
}

/** A pattern split into its pieces: words, a|b choices, [someone], or (optional groups) that may hold several words. */
function piecesOf(pattern: string): string[] {
  const pieces = pattern.trim().match(/\([^()]*\)|[^\s()]+/g);
  if (!pieces) throw new Error('is empty');
  if (pieces.join('').replace(/\s/g, '') !== pattern.replace(/\s/g, '')) throw new Error('has unbalanced parentheses');
  return pieces;
}

function expandPiece(piece: string): PatternToken[][] {
  if (piece.startsWith('(')) {
    // "(or downgraded|and)": an optional choice between word sequences.
    const choices = piece.slice(1, -1).split('|').map((words) => words.trim().split(/\s+/));
    if (choices.some((words) => words[0] === '')) throw new Error(`has an empty choice in "${piece}"`);
    return [[], ...choices.flatMap((words) => product(words.map(expandPiece)))];
  }
  if (piece === '[someone]') return [[SOMEONE]];
  if (piece === '[number]') return [[NUMBER]];
  if (/[[\]]/.test(piece)) throw new Error(`has "${piece}"; the slots are [someone] and [number]`);
  return piece.split('|').flatMap((word) => (word.startsWith('@') ? expandSet(word) : braces(word).flatMap(expandWord)));
}

/** `optimi{z,s}{e,ed,ing}` stands for optimize, optimized, optimizing, optimise, ...; `{,s}` may be empty. */
function braces(word: string): string[] {
  const group = /\{([^{}]*)\}/.exec(word);
  if (!group) return [word];
  // The first `{...}` of the word is the one found: replace() takes the first occurrence.
  return group[1]!.split(',').flatMap((choice) => braces(word.replace(group[0], () => choice)));
}

/** `@roles`: each alternative of the named set in `PHRASE_SETS` (an alternative may be several words). */
function expandSet(name: string): PatternToken[][] {
  const set = name.slice(1);
  if (!Object.hasOwn(PHRASE_SETS, set)) {
    throw new Error(`has unknown phrase set "${name}"; known: ${Object.keys(PHRASE_SETS).map((s) => `@${s}`).join(', ')}`);
  }
  return PHRASE_SETS[set as keyof typeof PHRASE_SETS]
    .split('|')
    .flatMap((words) => product(words.split(' ').map(expandWord)));
}

/** Every way of taking one choice from each position, in order. */
function product(positions: PatternToken[][][]): PatternToken[][] {
  return positions.reduce<PatternToken[][]>(
    (sequences, choices) => sequences.flatMap((seq) => choices.map((choice) => [...seq, ...choice])),
    [[]],
  );
}

/** `right-sizing` stands for "right sizing", "right-sizing" and "rightsizing". */
function expandWord(raw: string): string[][] {
  const word = normalizeWord(raw);
  const parts = word.split('-');
  for (const part of parts) {
    if (!WORD.test(part)) throw new Error(`has "${raw}", which is not a word, a|b choice, (optional), {a,b} ending, @set or [someone]`);
  }
  return parts.length > 1 ? [parts, [parts.join('')]] : [parts];
}
