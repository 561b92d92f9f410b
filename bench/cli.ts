/**
 * `npm run bench:cli`: start-up cost of the built `doublespeak` command (dist/cli.js).
 * Spawns it as a user would, on one small file and on directories of 100 and 1,000 generated
 * Markdown files, next to `node -e ""` (the floor no Node CLI can beat), and prints medians,
 * ratios and how the time grows with the file count. Ratios are the figures to compare across
 * machines: this one is shared and noisy.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateText } from './generate-text.js';

const cli = join(import.meta.dirname, '..', 'dist', 'cli.js');
if (!existsSync(cli)) {
  console.error('bench/cli.ts: dist/cli.js is missing; run `npm run bench:cli` (it builds first).');
  process.exit(2);
}

/** A Markdown memo of about `size` characters: a heading, prose, a list, a code block, a link. */
function markdownFile(index: number, size: number): string {
  const prose = generateText(size, index + 1).split(/(?<=\.)\s+/);
  const half = Math.ceil(prose.length / 2);
  return [
    `---\ntitle: Update ${index}\n---`,
    `# Team update ${index}`,
    prose.slice(0, half).join(' '),
    ...prose.slice(half, half + 3).map((line) => `- ${line}`),
    '```sh\nnpm run deploy -- --env production\n```',
    `${prose.slice(half + 3).join(' ')} See [the plan](https://example.com/plan/${index}).`,
  ].join('\n\n');
}

const dir = mkdtempSync(join(tmpdir(), 'doublespeak-bench-'));
writeFileSync(join(dir, 'memo.md'), markdownFile(0, 1500));
writeFileSync(join(dir, 'memo.txt'), generateText(1500, 1));
for (const count of [100, 1000]) {
  mkdirSync(join(dir, `md-${count}`));
  for (let i = 0; i < count; i++) writeFileSync(join(dir, `md-${count}`, `memo-${i}.md`), markdownFile(i, 1500));
}

/** Wall time in ms of one spawn of `node ...args`; throws if doublespeak fails (exit 2). */
function once(args: string[]): number {
  const t0 = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (result.status === 2 || result.status === null) throw new Error(`node ${args.join(' ')} failed: ${result.stderr}`);
  return ms;
}

/**
 * Median times of each case, measured round-robin (one run of each case per round, after a
 * warm-up round) so that a change in the machine's load hits every case alike.
 */
function measure(cases: Record<string, string[]>, rounds: number): Record<string, number> {
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(cases).map((name) => [name, []]));
  for (let round = 0; round <= rounds; round++) {
    for (const [name, args] of Object.entries(cases)) {
      const ms = once(args);
      if (round > 0) times[name]!.push(ms);
    }
  }
  const median = (list: number[]) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
  return Object.fromEntries(Object.entries(times).map(([name, list]) => [name, median(list)]));
}

try {
  const small = measure({ node: ['-e', ''], version: [cli, '--version'], txt: [cli, 'memo.txt'], md: [cli, 'memo.md'] }, 15);
  const big = measure({ node: ['-e', ''], md: [cli, 'memo.md'], d100: [cli, 'md-100'], d1000: [cli, 'md-1000'] }, 5);

  const table = (base: number) => (label: string, ms: number, note = '') =>
    console.log(`${label.padEnd(42)} ${ms.toFixed(0).padStart(6)} ms  ${(ms / base).toFixed(1).padStart(5)}x${note ? `  ${note}` : ''}`);
  console.log(`doublespeak CLI start-up — Node ${process.version}; medians of spawned runs, measured round-robin; ratio to node -e ""\n`);
  let row = table(small.node!);
  row('node -e ""', small.node!);
  row('doublespeak --version', small.version!, `+${(small.version! - small.node!).toFixed(0)} ms: loading the CLI`);
  row('doublespeak memo.txt (1.5 KB text)', small.txt!, `+${(small.txt! - small.node!).toFixed(0)} ms over node`);
  row('doublespeak memo.md (1.5 KB Markdown)', small.md!, `+${(small.md! - small.node!).toFixed(0)} ms over node`);
  console.log('');
  row = table(big.node!);
  row('node -e ""', big.node!);
  row('doublespeak memo.md (1 file)', big.md!);
  row('doublespeak md-100 (100 Markdown files)', big.d100!, `${((big.d100! - big.md!) / 99).toFixed(2)} ms per extra file`);
  row('doublespeak md-1000 (1,000 Markdown files)', big.d1000!, `${((big.d1000! - big.md!) / 999).toFixed(2)} ms per extra file`);
  console.log(
    `\ngrowth: 10x the files (100 → 1,000) takes ${(big.d1000! / big.d100!).toFixed(1)}x the time, ` +
      `${((big.d1000! - big.d100!) / 900).toFixed(2)} ms per added file: a fixed start-up, then linear in the file count`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
