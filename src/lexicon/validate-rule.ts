import { CATEGORIES, type Rule } from '../types.js';
// Data first (domains, then the phrase sets through parse-pattern.ts): see the note on import order in detect.ts.
import { LITERAL_DOMAINS } from './domains.js';
import { expandPattern } from '../match/parse-pattern.js';
import { fail as typeError } from '../fail.js';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Checks that `value` is a well-formed lexicon entry, throwing a TypeError that names the
 * field (`rules[2].phrases[0]: ...`) when it is not. `where` is how the caller names the entry.
 */
export function validateRule(value: unknown, where: string): asserts value is Rule {
  const fail = (field: string, problem: string): never => typeError(`${where}${field}: ${problem}`);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail('', 'must be an object');
  const rule = value as Record<string, unknown>;
  /** The list at `rule[key]`, checked: an array of `min` to `max` non-empty strings. */
  const strings = (key: string, min: number, max = Infinity): string[] => {
    const list = rule[key] as string[];
    const field = `.${key}`;
    if (!Array.isArray(list)) fail(field, 'must be an array of strings');
    if (list.length < min || list.length > max) {
      fail(field, max === Infinity ? `must have at least ${min} item(s)` : `must have ${min} to ${max} items`);
    }
    list.forEach((item, i) => {
      if (typeof item !== 'string' || item.trim() === '') fail(`${field}[${i}]`, 'must be a non-empty string');
    });
    return list;
  };
  if (typeof rule.id !== 'string' || !KEBAB.test(rule.id)) fail('.id', 'must be a kebab-case string such as "graduation"');
  if (!CATEGORIES.includes(rule.category as never)) fail('.category', `must be one of ${CATEGORIES.join(', ')}`);
  strings('phrases', 1).forEach((phrase, i) => {
    try {
      expandPattern(phrase);
    } catch (error) {
      fail(`.phrases[${i}]`, `"${phrase}" ${(error as Error).message}`);
    }
  });
  if (typeof rule.meaning !== 'string' || rule.meaning.trim() === '') fail('.meaning', 'must be a non-empty string');
  strings('suggestions', 1, 3);
  if (typeof rule.base !== 'number' || !(rule.base > 0 && rule.base < 1)) fail('.base', 'must be a number between 0 and 1 (exclusive)');
  if (rule.literal !== undefined) {
    strings('literal', 0).forEach((word, i) => {
      if (word.startsWith('@') && !Object.hasOwn(LITERAL_DOMAINS, word.slice(1))) {
        fail(`.literal[${i}]`, `unknown domain "${word}"; known: ${Object.keys(LITERAL_DOMAINS).map((d) => `@${d}`).join(', ')}`);
      }
    });
  }
  if (rule.cues !== undefined) strings('cues', 0);
}
