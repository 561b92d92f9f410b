import type { Rule } from '../types.js';
import { patternPieces, SOMEONE, type PatternToken } from './parse-pattern.js';
import { wordAlternation } from './word-regex.js';

/** A node of the phrase trie: words lead on, a `[someone]` slot leads on, a rule may end here. */
export interface TrieNode {
  next: Map<string, TrieNode>;
  someone?: TrieNode;
  rule?: Rule;
}

export interface CompiledLexicon {
  rules: readonly Rule[];
  root: TrieNode;
  /** Finds the first word of any phrase (case-insensitive, global). */
  trigger: RegExp;
}

const emptyNode = (): TrieNode => ({ next: new Map() });

/** The node reached from `node` by the words (and slots) of `sequence`, made as needed. */
function advance(node: TrieNode, sequence: readonly PatternToken[]): TrieNode {
  for (const token of sequence) {
    if (token === SOMEONE) node = node.someone ??= emptyNode();
    else {
      let next = node.next.get(token);
      if (!next) node.next.set(token, (next = emptyNode()));
      node = next;
    }
  }
  return node;
}

/**
 * Turns validated rules into a trie of their expanded phrases and one trigger RegExp of the
 * phrases' first words. Throws a TypeError when two rules claim the same phrase.
 */
export function compileLexicon(rules: readonly Rule[]): CompiledLexicon {
  const root = emptyNode();
  const ids = new Set<string>();
  for (const rule of rules) {
    if (ids.has(rule.id)) throw new TypeError(`doublespeak: rule id "${rule.id}" is used twice`);
    ids.add(rule.id);
    for (const phrase of rule.phrases) {
      // Walk the pattern position by position over a frontier of trie nodes, so a phrase with
      // many choices costs its trie nodes, not the product of its choices.
      let frontier = new Set([root]);
      for (const choices of patternPieces(phrase)) {
        const next = new Set<TrieNode>();
        for (const node of frontier) for (const choice of choices) next.add(advance(node, choice));
        frontier = next;
      }
      for (const node of frontier) {
        if (node.rule && node.rule.id !== rule.id) {
          throw new TypeError(
            `doublespeak: phrase "${phrase}" of rule "${rule.id}" is already claimed by rule "${node.rule.id}"`,
          );
        }
        node.rule = rule;
      }
    }
  }
  const trigger = new RegExp(`\\b(?:${wordAlternation(root.next.keys())})\\b`, 'gi');
  return { rules, root, trigger };
}
