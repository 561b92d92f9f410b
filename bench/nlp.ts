/**
 * `npm run bench:nlp`: what `doublespeak/nlp` costs next to wink itself, in one run over the
 * same ~1 MB of generated corporate text as `npm run bench`:
 * - start-up: importing wink-nlp and the model, building the instance, the entry's first call;
 * - throughput: nlp detect(), a bare wink `readDoc` of the whole text, and the core detect();
 * - the nlp entry's browser bundle (esbuild, minified, gzip).
 * Figures are ratios against baselines measured in the same run: the machine is shared and noisy.
 */
import { join } from 'node:path';
import { bundleSize } from './bundle-size.js';
import { generateText } from './generate-text.js';
import { median, medianRatio } from './peers/stats.js';

const root = join(import.meta.dirname, '..');
const ms = (x: number) => `${x.toFixed(0).padStart(6)} ms`;
const line = (label: string, x: number) => console.log(`  ${label.padEnd(48)}${ms(x)}`);

// Start-up, measured before anything else has loaded wink.
let t = performance.now();
const { default: winkNLP } = await import('wink-nlp');
const { default: model } = await import('wink-eng-lite-web-model');
const importMs = performance.now() - t;
t = performance.now();
const wink = winkNLP(model, ['sbd', 'negation', 'sentiment', 'pos', 'ner']);
const instanceMs = performance.now() - t;
t = performance.now();
const { detect: nlpDetect } = await import('../src/nlp/index.js');
const { readStats } = await import('../src/nlp/analyse.js');
const entryImportMs = performance.now() - t;
t = performance.now();
nlpDetect('Congratulations on your graduation from the company; your last day is Friday.');
const firstCallMs = performance.now() - t;
const { detect: coreDetect } = await import('../src/index.js');

const seconds = (fn: () => unknown) => {
  const t0 = performance.now();
  fn();
  return (performance.now() - t0) / 1000;
};

const text = generateText(1_000_000);
const mb = text.length / 1e6;
// Warm up, then time the three in turn, round after round: on a shared, noisy machine each
// round's ratios compare runs made under the same load, and the medians of those are reported.
wink.readDoc(text);
nlpDetect(text);
coreDetect(text);
const ROUNDS = 7;
const times = { readDoc: [] as number[], nlp: [] as number[], core: [] as number[] };
readStats.calls = 0;
readStats.chars = 0;
for (let round = 0; round < ROUNDS; round++) {
  times.readDoc.push(seconds(() => wink.readDoc(text)));
  times.nlp.push(seconds(() => nlpDetect(text)));
  times.core.push(seconds(() => coreDetect(text)));
}
const perRun = { calls: readStats.calls / ROUNDS, chars: readStats.chars / ROUNDS };
const readDocS = median(times.readDoc);
const nlpS = median(times.nlp);
const coreS = median(times.core);
const nlpSpans = nlpDetect(text).spans.length;
const coreSpans = coreDetect(text).spans.length;

console.log(`doublespeak/nlp bench — Node ${process.version}, ${mb.toFixed(2)} MB generated text (seed 2026)\n`);
console.log('start-up (once per process)');
line('import wink-nlp + wink-eng-lite-web-model', importMs);
line('build the winkNLP instance (model unpacked)', instanceMs);
line('import doublespeak/nlp from src (tsx compiles it)', entryImportMs);
line('first nlp detect() (its instance + lexicon)', firstCallMs);
console.log(`\nthroughput over the same text (medians of ${ROUNDS} rounds; ratios are per round, against readDoc)`);
console.log(`  bare wink readDoc of the whole text  ${(mb / readDocS).toFixed(2).padStart(7)} MB/s   1.00x`);
console.log(`  nlp detect()                         ${(mb / nlpS).toFixed(2).padStart(7)} MB/s   ${medianRatio(times.readDoc, times.nlp).toFixed(2)}x  (target >= 1.00x: no slower than readDoc)`);
console.log(`  core detect()                        ${(mb / coreS).toFixed(2).padStart(7)} MB/s   ${medianRatio(times.readDoc, times.core).toFixed(2)}x`);
console.log(`  nlp detect() takes ${medianRatio(times.nlp, times.core).toFixed(2)}x the core's time; wink read ${((100 * perRun.chars) / text.length).toFixed(0)}% of the text in ${perRun.calls.toFixed(0)} sentences`);
console.log(`  spans found: nlp ${nlpSpans}, core ${coreSpans}`);

const bundle = await bundleSize("import { detect } from './src/nlp/index.ts'; console.log(detect);", root);
const core = await bundleSize("import { detect } from './src/index.ts'; console.log(detect);", root);
console.log(`\nbrowser bundle (esbuild, minified): nlp ${(bundle.bytes / 1024).toFixed(0)} KB, gzip ${(bundle.gzip / 1024).toFixed(0)} KB; core ${(core.bytes / 1024).toFixed(1)} KB, gzip ${(core.gzip / 1024).toFixed(1)} KB`);
