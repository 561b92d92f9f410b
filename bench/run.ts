/**
 * `npm run bench`: throughput of detect() against the raw-scan limit over the same ~1 MB of
 * generated corporate text in one run, and the browser bundle size of the core entry.
 * Figures are ratios against baselines measured in the same run: the machine is shared and noisy.
 */
import { join } from 'node:path';
import { detect, lexicon } from '../src/index.js';
import { bundleSize } from './bundle-size.js';
import { generateText } from './generate-text.js';
import { rawScanner } from './raw-scan.js';

const root = join(import.meta.dirname, '..');

/** Median MB/s of `fn` over `text`, after a warm-up. */
function throughput(fn: (text: string) => unknown, text: string, runs = 7): number {
  fn(text);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn(text);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return text.length / 1e6 / (times[Math.floor(runs / 2)]! / 1000);
}

const text = generateText(1_000_000);
const raw = rawScanner(lexicon);
const rawMBs = throughput(raw, text);
const detectMBs = throughput((t) => detect(t), text);
const spans = detect(text).spans.length;

console.log(`doublespeak bench — Node ${process.version}, ${(text.length / 1e6).toFixed(2)} MB generated text (seed 2026), ${spans} spans found\n`);
console.log(`raw scan (lowercase + one RegExp of all phrases)  ${rawMBs.toFixed(1).padStart(7)} MB/s   1.00x`);
console.log(`core detect()                                      ${detectMBs.toFixed(1).padStart(7)} MB/s   ${(detectMBs / rawMBs).toFixed(2)}x  (target >= 0.25x)`);

const core = await bundleSize("import { detect } from './src/index.ts'; console.log(detect);", root);
console.log(`\ncore browser bundle (esbuild, minified): ${(core.bytes / 1024).toFixed(1)} KB, gzip ${(core.gzip / 1024).toFixed(1)} KB  (target <= 20 KB gzip)`);
