/**
 * `npm run bench:cli`: start-up cost of the built `doublespeak` command (dist/cli.js).
 * Spawns it as a user would, on one small file and on directories of 100 and 1,000 generated
 * Markdown files, next to `node -e ""` (the floor no Node CLI can beat), and prints medians,
 * ratios and how the time grows with the file count. Ratios are the figures to compare across
 * machines: this one is shared and noisy.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateText } from './generate-text.js';
import { markdownFile } from './markdown-file.js';
import { median } from './peers/stats.js';
import { type Sample, spawnTimed } from './spawn-timed.js';

const cli = join(import.meta.dirname, '..', 'dist', 'cli.js');
if (!existsSync(cli)) {
  console.error('bench/cli.ts: dist/cli.js is missing; run `npm run bench:cli` (it builds first).');
  process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), 'doublespeak-bench-'));
writeFileSync(join(dir, 'memo.md'), markdownFile(0, 1500));
writeFileSync(join(dir, 'memo.txt'), generateText(1500, 1));
for (const count of [100, 1000]) {
  mkdirSync(join(dir, `md-${count}`));
  for (let i = 0; i < count; i++) writeFileSync(join(dir, `md-${count}`, `memo-${i}.md`), markdownFile(i, 1500));
}

/**
 * Median wall and CPU times of each case, measured round-robin (one run of each case per round,
 * after a warm-up round) so that a change in the machine's load hits every case alike.
 */
function measure(cases: Record<string, string[]>, rounds: number): Record<string, Sample> {
  const samples: Record<string, Sample[]> = Object.fromEntries(Object.keys(cases).map((name) => [name, []]));
  for (let round = 0; round <= rounds; round++) {
    for (const [name, args] of Object.entries(cases)) {
      const sample = spawnTimed(args, dir);
      if (round > 0) samples[name]!.push(sample);
    }
  }
  return Object.fromEntries(
    Object.entries(samples).map(([name, list]) => [name, { wall: median(list.map((s) => s.wall)), cpu: median(list.map((s) => s.cpu)) }]),
  );
}

try {
  const small = measure({ node: ['-e', ''], version: [cli, '--version'], txt: [cli, 'memo.txt'], md: [cli, 'memo.md'] }, 15);
  const big = measure({ node: ['-e', ''], md: [cli, 'memo.md'], d100: [cli, 'md-100'], d1000: [cli, 'md-1000'] }, 5);

  const ms = (x: number) => `${x.toFixed(0).padStart(6)} ms`;
  const table = (base: Sample) => (label: string, s: Sample, note = '') =>
    console.log(
      `${label.padEnd(42)} ${ms(s.wall)} ${(s.wall / base.wall).toFixed(1).padStart(5)}x   ${ms(s.cpu)} ${(s.cpu / base.cpu).toFixed(1).padStart(5)}x${note ? `  ${note}` : ''}`,
    );
  console.log(`doublespeak CLI start-up — Node ${process.version}, ${cpus().length} cores, load ${loadavg()[0]!.toFixed(1)}`);
  console.log('medians of spawned runs, measured round-robin; ratios to node -e ""\n');
  console.log(`${''.padEnd(42)} ${'wall'.padStart(9)} ${'ratio'.padStart(6)}   ${'CPU'.padStart(9)} ${'ratio'.padStart(6)}`);
  let row = table(small.node!);
  row('node -e ""', small.node!);
  row('doublespeak --version', small.version!, `CPU +${(small.version!.cpu - small.node!.cpu).toFixed(0)} ms: loading the CLI`);
  row('doublespeak memo.txt (1.5 KB text)', small.txt!, `CPU +${(small.txt!.cpu - small.node!.cpu).toFixed(0)} ms over node`);
  row('doublespeak memo.md (1.5 KB Markdown)', small.md!, `CPU +${(small.md!.cpu - small.node!.cpu).toFixed(0)} ms over node`);
  console.log('');
  row = table(big.node!);
  row('node -e ""', big.node!);
  row('doublespeak memo.md (1 file)', big.md!);
  const perFile = (a: Sample, b: Sample, n: number) => `CPU ${((b.cpu - a.cpu) / n).toFixed(2)} ms per extra file`;
  row('doublespeak md-100 (100 Markdown files)', big.d100!, perFile(big.md!, big.d100!, 99));
  row('doublespeak md-1000 (1,000 Markdown files)', big.d1000!, perFile(big.md!, big.d1000!, 999));
  console.log(
    `\ngrowth: 10x the files (100 → 1,000) takes ${(big.d1000!.cpu / big.d100!.cpu).toFixed(1)}x the CPU time ` +
      `(${(big.d1000!.wall / big.d100!.wall).toFixed(1)}x the wall time), ${((big.d1000!.cpu - big.d100!.cpu) / 900).toFixed(2)} ms CPU per added file: ` +
      'a fixed start-up, then linear in the file count',
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
