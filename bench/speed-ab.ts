/**
 * How much faster? `detect()` of a git ref against the working tree's, on the 1 MB generated text
 * of `npm run bench`, in fresh processes taking turns: each warms up, then keeps its best of 9
 * runs. The machine is shared and noisy (one process's runs move by 15% and more), and the best
 * run of processes that take turns is the steadiest figure for a change; medians are printed too.
 * Check that the results are the same with `npm run bench:same` first.
 *
 *   npm run bench:ab                               # HEAD against the working tree, 10 rounds
 *   npm run bench:ab -- REF --rounds 20 --entry nlp
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateText } from './generate-text.js';
import { buildRef } from './ref-build.js';
import { median, medianRatio } from './peers/stats.js';

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: { entry: { type: 'string', default: 'core' }, rounds: { type: 'string', default: '10' } },
});
const ref = positionals[0] ?? 'HEAD';
const rounds = Number(args.rounds);
if (!Number.isInteger(rounds) || rounds < 1) {
  console.error(`bench/speed-ab.ts: --rounds must be a whole number of at least 1, got ${args.rounds}`);
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), 'doublespeak-ab-'));
const textFile = join(work, 'text.txt');
writeFileSync(textFile, generateText(1_000_000));
// One process: load a bundle and the text, warm up, print the best of 9 runs in ms.
const child = join(work, 'child.mjs');
writeFileSync(
  child,
  `import { readFileSync } from 'node:fs';
const { detect } = await import(process.argv[2]);
const text = readFileSync(process.argv[3], 'utf8');
for (let i = 0; i < 3; i++) detect(text);
let best = Infinity;
for (let i = 0; i < 9; i++) { const t0 = performance.now(); detect(text); best = Math.min(best, performance.now() - t0); }
console.log(best);`,
);

const bundles = await buildRef(ref, args.entry === 'nlp' ? 'nlp' : 'core');
try {
  const best = (bundle: string) => Number(execFileSync(process.execPath, [child, bundle, textFile], { encoding: 'utf8' }));
  const before: number[] = [];
  const after: number[] = [];
  for (let round = 0; round < rounds; round++) {
    before.push(best(bundles.before));
    after.push(best(bundles.after));
  }
  const min = (xs: number[]) => Math.min(...xs);
  const ms = (x: number) => `${x.toFixed(1)} ms`;
  console.log(`detect (${args.entry}) on 1 MB of generated text, ${rounds} rounds of fresh processes taking turns (best of 9 runs each)`);
  console.log(`${ref.padEnd(14)} best ${ms(min(before))}, median ${ms(median(before))}`);
  console.log(`${'working tree'.padEnd(14)} best ${ms(min(after))}, median ${ms(median(after))}`);
  console.log(`speed-up: ${(min(before) / min(after)).toFixed(2)}x best to best, ${medianRatio(before, after).toFixed(2)}x median of the rounds' ratios`);
} finally {
  bundles.remove();
  rmSync(work, { recursive: true, force: true });
}
