import { CATEGORIES, LANGUAGES, type Category, type DetectOptions, type Language, type Rule } from './types.js';
import { validateRule } from './lexicon/validate-rule.js';
import { normalizePhrase } from './match/normalize.js';
import { fail } from './fail.js';

/** The default `minScore`: the threshold with the best F1 on the dev split of test/corpus. */
export const DEFAULT_MIN_SCORE = 0.5;

/** Options checked and put in the form detect() uses. */
export interface ResolvedOptions {
  minScore: number;
  categories: ReadonlySet<Category> | undefined;
  allowed: (ruleId: string, text: string) => boolean;
  rules: Rule[];
  language: Language;
}

/** Checks options, throwing a TypeError that names the option when one is wrong. */
export function resolveOptions(options: DetectOptions | undefined): ResolvedOptions {
  options ??= {};
  if (typeof options !== 'object') fail('options must be an object');
  const { minScore = DEFAULT_MIN_SCORE, categories, allow = [], rules = [], language = 'auto' } = options;
  if (typeof minScore !== 'number' || !(minScore >= 0 && minScore <= 1)) {
    fail(`options.minScore must be a number from 0 to 1, got ${String(minScore)}`);
  }
  if (categories !== undefined) {
    if (!Array.isArray(categories)) fail('options.categories must be an array');
    categories.forEach((c, i) => {
      if (!CATEGORIES.includes(c)) {
        fail(`options.categories[${i}] must be one of ${CATEGORIES.join(', ')}, got ${JSON.stringify(c)}`);
      }
    });
  }
  if (!Array.isArray(allow) || allow.some((a) => typeof a !== 'string')) {
    fail('options.allow must be an array of rule ids or phrases');
  }
  if (!Array.isArray(rules)) fail('options.rules must be an array of rules');
  rules.forEach((rule, i) => validateRule(rule, `options.rules[${i}]`));
  if (!LANGUAGES.includes(language)) {
    fail(`options.language must be one of ${LANGUAGES.join(', ')}, got ${JSON.stringify(language)}`);
  }
  const allowedIds = new Set(allow);
  const allowedPhrases = new Set(allow.map(normalizePhrase));
  return {
    minScore,
    categories: categories && new Set(categories),
    allowed: (ruleId, text) => allowedIds.has(ruleId) || (allowedPhrases.size > 0 && allowedPhrases.has(normalizePhrase(text))),
    rules,
    language,
  };
}
