/**
 * Same results? Runs `detect()` of a git ref and of the working tree over the same texts and
 * lists every span that differs in offsets, rule, score or reasons: the check behind a "faster,
 * same results" change. Texts: 2 MB of generated memos (long, so the trigger RegExp path), every
 * line of the corpora (short, so the every-word path), and the ordinary text of
 * `bench/false-alarms.ts` in the same ~50 KB chunks, when `bash bench/fetch-ordinary-text.sh`
 * has fetched it.
 *
 *   npx tsx bench/same-results.ts                 # HEAD against the working tree
 *   npx tsx bench/same-results.ts REF --entry nlp --min-score 0
 *
 * The ref is checked out and bundled by bench/ref-build.ts; both are removed afterwards. Exits 1
 * when any span differs.
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Detection, DetectOptions } from '../src/index.js';
import { loadCorpus, ZH_CORPUS } from '../test/eval/corpus.js';
import { generateText } from './generate-text.js';
import { buildRef } from './ref-build.js';
import { chunks, loadOrdinaryText, ordinaryTextAvailable } from './ordinary-text.js';

type Detect = (text: string, options?: DetectOptions) => Detection;

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: { entry: { type: 'string', default: 'core' }, 'min-score': { type: 'string', default: '0' } },
});
const ref = positionals[0] ?? 'HEAD';
const options: DetectOptions = { minScore: Number(args['min-score']) };
const load = async (file: string) => ((await import(pathToFileURL(file).href)) as { detect: Detect }).detect;

const key = (span: Detection['spans'][number]) => `${span.start}-${span.end} ${span.ruleId} ${span.score} ${span.reasons.join(' | ')}`;

const bundles = await buildRef(ref, args.entry === 'nlp' ? 'nlp' : 'core');
try {
  const before = await load(bundles.before);
  const after = await load(bundles.after);
  const sources: [name: string, texts: string[]][] = [
    ['generated memos (2 MB)', [generateText(2_000_000)]],
    ['corpus lines (en, zh)', [...loadCorpus(), ...loadCorpus(ZH_CORPUS)].map((line) => line.text)],
  ];
  if (ordinaryTextAvailable()) {
    for (const source of await loadOrdinaryText()) sources.push([source.name, chunks(source.text).map((c) => c.text)]);
  } else console.log('(ordinary text not fetched: bash bench/fetch-ordinary-text.sh)');
  let differing = 0;
  console.log(`detect (${args.entry}, minScore ${options.minScore}) of ${ref} against the working tree\n`);
  for (const [name, texts] of sources) {
    let spans = 0;
    const diffs: string[] = [];
    for (const text of texts) {
      const a = before(text, options).spans.map(key);
      const b = after(text, options).spans.map(key);
      spans += b.length;
      const [inA, inB] = [new Set(a), new Set(b)];
      for (const k of a) if (!inB.has(k)) diffs.push(`  - ${k}  «${text.slice(Math.max(0, Number(k.split('-')[0]) - 40), Number(k.split('-')[0]) + 60).replace(/\s+/g, ' ')}»`);
      for (const k of b) if (!inA.has(k)) diffs.push(`  + ${k}`);
    }
    differing += diffs.length;
    console.log(`${name}: ${texts.length} texts, ${spans} spans, ${diffs.length} differing`);
    for (const line of diffs.slice(0, 10)) console.log(line.slice(0, 400));
  }
  console.log(differing === 0 ? '\nsame results' : `\n${differing} differing span(s)`);
  process.exitCode = differing === 0 ? 0 : 1;
} finally {
  bundles.remove();
}
