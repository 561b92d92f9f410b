/**
 * `npm run bench`: throughput of detect() against the raw-scan limit over the same ~1 MB of
 * generated corporate text in one run (and over the ordinary text, when fetched), and the
 * browser bundle size of the core entry.
 * Figures are ratios against baselines measured in the same run: the machine is shared and noisy.
 */
import { join } from 'node:path';
import { detect, lexicon } from '../src/index.js';
import { bundleSize } from './bundle-size.js';
import { generateText } from './generate-text.js';
import { rawScanner } from './raw-scan.js';
import { loadOrdinaryText, ordinaryTextAvailable } from './ordinary-text.js';
import { median, medianRatio } from './peers/stats.js';

const root = join(import.meta.dirname, '..');


/** Seconds one call of `fn` takes. */
function time(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return (performance.now() - t0) / 1000;
}

const text = generateText(1_000_000);
const raw = rawScanner(lexicon);
const mb = text.length / 1e6;
// Round-robin, so both see the same machine load; the ratio is taken round by round.
raw(text);
detect(text);
const rounds = Array.from({ length: 9 }, () => ({ raw: time(() => raw(text)), detect: time(() => detect(text)) }));
const rawMBs = mb / median(rounds.map((r) => r.raw));
const detectMBs = mb / median(rounds.map((r) => r.detect));
const ratio = medianRatio(rounds.map((r) => r.raw), rounds.map((r) => r.detect));
const spans = detect(text).spans.length;

console.log(`doublespeak bench — Node ${process.version}, ${mb.toFixed(2)} MB generated text (seed 2026), ${spans} spans found`);
console.log('medians of 9 round-robin rounds; the ratio is the median of per-round ratios\n');
console.log(`raw scan (lowercase + one RegExp of all phrases)  ${rawMBs.toFixed(1).padStart(7)} MB/s   1.00x`);
console.log(`core detect()                                      ${detectMBs.toFixed(1).padStart(7)} MB/s   ${ratio.toFixed(2)}x  (target >= 0.25x)`);

// Ordinary text (news, fiction, email, forums; `bash bench/fetch-ordinary-text.sh`) holds few
// candidates: what most users' text is like, against the dense generated text above.
if (ordinaryTextAvailable()) {
  console.log('\nordinary text (bench/ordinary-text.ts), medians of 3 round-robin rounds:');
  for (const source of await loadOrdinaryText()) {
    const t = source.text;
    detect(t);
    const per = Array.from({ length: 3 }, () => ({ raw: time(() => raw(t)), detect: time(() => detect(t)) }));
    const mbs = (t.length / 1e6) / median(per.map((r) => r.detect));
    const vs = medianRatio(per.map((r) => r.raw), per.map((r) => r.detect));
    console.log(`  ${source.name.padEnd(18)} ${source.genre.padEnd(10)} ${(t.length / 1e6).toFixed(2).padStart(5)} MB  core ${mbs.toFixed(0).padStart(4)} MB/s  ${vs.toFixed(2)}x the raw scan`);
  }
}

const core = await bundleSize("import { detect } from './src/index.ts'; console.log(detect);", root);
console.log(`\ncore browser bundle (esbuild, minified): ${(core.bytes / 1024).toFixed(1)} KB, gzip ${(core.gzip / 1024).toFixed(1)} KB  (target <= 20 KB gzip)`);
