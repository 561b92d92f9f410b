import type { Rule } from '../types.js';
import { firstWords, patternPieces, type PatternToken } from './parse-pattern.js';
import { wordAlternation } from './word-regex.js';
import { GAP } from './tokens.js';
import { fail } from '../fail.js';

/** A node of the phrase trie: words and slots (keyed by their symbol, `SOMEONE`, `NUMBER`) lead on; a rule may end here. */
export interface TrieNode {
  next: Map<PatternToken, TrieNode>;
  rule?: Rule;
  /**
   * On a first word that is no phrase alone and goes on only with words ("in scope", "by
   * mutual agreement"): a sticky RegExp for a gap and one of those words, so that a matcher can
   * pass over the word ("in", "by" and "will" are most of a text's first words) without
   * reading any token.
   */
  follow?: RegExp;
}

export interface CompiledLexicon {
  rules: readonly Rule[];
  /** The trie below a phrase's first word (normalised), built the first time it is asked for. */
  after(word: string): TrieNode | undefined;
  /** The whole trie, every part built: for readers that walk all of it. */
  readonly root: TrieNode;
  /** Finds the first word of any phrase (case-insensitive, global). */
  readonly trigger: RegExp;
}

/** A phrase waiting to be added to the trie under one or more of its first words. */
type Pending = [rule: Rule, phrase: string];

const emptyNode = (): TrieNode => ({ next: new Map() });

/** The node reached from `node` by the words (and slots) of `sequence`, made as needed. */
function advance(node: TrieNode, sequence: readonly PatternToken[]): TrieNode {
  for (const token of sequence) {
    let next = node.next.get(token);
    if (!next) node.next.set(token, (next = emptyNode()));
    node = next;
  }
  return node;
}

/** Adds the forms of a phrase that start with `first` to the trie at `root`. */
function addPhrase(root: TrieNode, [rule, phrase]: Pending, first: string): void {
  // Walk the pattern position by position over a frontier of trie nodes, so a phrase with
  // many choices costs its trie nodes, not the product of its choices.
  let frontier = new Set([root]);
  patternPieces(phrase).forEach((choices, i) => {
    const next = new Set<TrieNode>();
    const here = i === 0 ? choices.filter((choice) => choice[0] === first) : choices;
    for (const node of frontier) for (const choice of here) next.add(advance(node, choice));
    frontier = next;
  });
  for (const node of frontier) {
    if (node.rule && node.rule.id !== rule.id) {
      fail(`phrase "${phrase}" of rule "${rule.id}" is already claimed by rule "${node.rule.id}"`);
    }
    node.rule = rule;
  }
}

/**
 * Turns validated rules into a trie of their expanded phrases and one trigger RegExp of the
 * phrases' first words. The trie below each first word is built when a text first holds that
 * word: a short text pays for the few phrases it could hold, not for all 30,000 nodes.
 * Throws a TypeError when two rules claim the same phrase, found when the phrases' first word
 * is built: at once for the rules in `checkNow` (a caller's own rules), which are built eagerly.
 */
export function compileLexicon(rules: readonly Rule[], checkNow: readonly Rule[] = []): CompiledLexicon {
  const ids = new Set<string>();
  const pending = new Map<string, Pending[]>();
  for (const rule of rules) {
    if (ids.has(rule.id)) fail(`rule id "${rule.id}" is used twice`);
    ids.add(rule.id);
    for (const phrase of rule.phrases) {
      for (const first of new Set(firstWords(phrase))) pending.set(first, [...(pending.get(first) ?? []), [rule, phrase]]);
    }
  }
  const starts = [...pending.keys()];
  let trigger: RegExp | undefined;
  const trie = emptyNode();
  const after = (word: string): TrieNode | undefined => {
    const phrases = pending.get(word);
    if (phrases) {
      pending.delete(word);
      for (const phrase of phrases) addPhrase(trie, phrase, word);
      const node = trie.next.get(word)!;
      const words = [...node.next.keys()];
      if (!node.rule && words.every((w) => typeof w === 'string')) {
        node.follow = new RegExp(`${GAP.source}(?:${wordAlternation(words)})`, 'iy');
      }
    }
    return trie.next.get(word);
  };
  for (const rule of checkNow) for (const phrase of rule.phrases) for (const first of firstWords(phrase)) after(first);
  return {
    rules,
    after,
    get root() {
      for (const word of starts) after(word);
      return trie;
    },
    // Built when a long text first needs it (see SHORT_TEXT in find-matches.ts).
    get trigger() {
      return (trigger ??= new RegExp(`\\b(?:${wordAlternation(starts)})\\b`, 'gi'));
    },
  };
}
