/**
 * The tools the peer benchmark compares, each as plain JavaScript for a child process (an ES
 * module run with `node --input-type=module -e`): code that loads the tool, and a function that
 * runs it on a text and returns how many things it found. Every measurement runs the tools in
 * processes of their own, so no tool pays for another's heap, and start-up and memory are those
 * of a fresh Node process. doublespeak is loaded from the built dist/, as users load it.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface Tool {
  id: 'empty' | 'core' | 'nlp' | 'alex' | 'writeGood' | 'textlint' | 'readDoc' | 'raw';
  label: string;
  /** What `run` counts. */
  unit: string;
  /** ES module code that loads the tool (top-level await allowed). */
  load: string;
  /** A function expression `(text) => count` (may return a promise), using what `load` defined. */
  run: string;
}

export interface ToolContext {
  /** The package root: bare specifiers resolve from its node_modules, dist/ is the built package. */
  root: string;
  /** A file holding the raw scan's RegExp source (bench/raw-scan.ts `rawPattern`; too long for a command line). */
  rawPatternFile: string;
  /** A .textlintrc.json that turns on the textlint rule below. */
  textlintrc: string;
}

/** The textlint rule the benchmark turns on: textlint checks nothing without one. */
export const TEXTLINT_RULE = 'textlint-rule-write-good';

const url = (path: string) => JSON.stringify(pathToFileURL(path).href);

export function tools({ root, rawPatternFile, textlintrc }: ToolContext): Record<Tool['id'], Tool> {
  return {
    empty: { id: 'empty', label: 'node, nothing loaded', unit: '', load: '', run: '() => 0' },
    core: {
      id: 'core',
      label: 'doublespeak detect()',
      unit: 'spans',
      load: `const { detect } = await import(${url(join(root, 'dist', 'index.js'))});`,
      run: `(text) => detect(text).spans.length`,
    },
    nlp: {
      id: 'nlp',
      label: 'doublespeak/nlp detect()',
      unit: 'spans',
      load: `const { detect } = await import(${url(join(root, 'dist', 'nlp.js'))});`,
      run: `(text) => detect(text).spans.length`,
    },
    alex: {
      id: 'alex',
      label: 'alex text() (retext-equality + profanities)',
      unit: 'warnings',
      load: `const { text: alex } = await import('alex');`,
      run: `(text) => alex(text).messages.length`,
    },
    writeGood: {
      id: 'writeGood',
      label: 'write-good',
      unit: 'suggestions',
      load: `const { default: writeGood } = await import('write-good');`,
      run: `(text) => writeGood(text).length`,
    },
    textlint: {
      id: 'textlint',
      label: `textlint lintText(.txt) + ${TEXTLINT_RULE.replace('textlint-rule-', '')}`,
      unit: 'messages',
      load: `const { createLinter, loadTextlintrc } = await import('textlint');
const descriptor = await loadTextlintrc({ configFilePath: ${JSON.stringify(textlintrc)}, node_modulesDir: ${JSON.stringify(join(root, 'node_modules'))} });
const linter = createLinter({ descriptor });`,
      run: `async (text) => (await linter.lintText(text, 'bench.txt')).messages.length`,
    },
    readDoc: {
      id: 'readDoc',
      label: 'bare wink-nlp readDoc()',
      unit: 'sentences',
      load: `const { default: winkNLP } = await import('wink-nlp');
const { default: model } = await import('wink-eng-lite-web-model');
const nlp = winkNLP(model, ['sbd', 'negation', 'sentiment', 'pos', 'ner']);`,
      run: `(text) => nlp.readDoc(text).sentences().length()`,
    },
    raw: {
      id: 'raw',
      label: 'raw scan (lowercase + one RegExp)',
      unit: 'matches',
      // The loop of bench/raw-scan.ts rawScanner().
      load: `const re = new RegExp((await import('node:fs')).readFileSync(${JSON.stringify(rawPatternFile)}, 'utf8'), 'g');`,
      run: `(text) => {
  let count = 0;
  re.lastIndex = 0;
  const lower = text.toLowerCase();
  while (re.exec(lower)) count++;
  return count;
}`,
    },
  };
}
