import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

let shared: WinkMethods | undefined;

/**
 * The one winkNLP instance of the process, built on the first call (about 60-190 ms): importing
 * `doublespeak/nlp` does not unpack the model. One instance only, and no `learnCustomEntities`:
 * wink's custom-entity learner throws on some words on a second instance ("trim", "length"), and
 * its patterns see normal forms, never lemmas, so phrase matching stays in the core's trie.
 * Custom entities are left out of the pipe: nothing here reads them.
 */
export function wink(): WinkMethods {
  return (shared ??= winkNLP(model, ['sbd', 'negation', 'sentiment', 'pos', 'ner']));
}

/** Whether the instance has been built (for tests: importing the entry must not build it). */
export function winkLoaded(): boolean {
  return shared !== undefined;
}
