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

/** Median wall time in ms of `runs` spawns of `node ...args` (after one warm-up run). */
function time(args: string[], runs: number): { ms: number; code: number | null } {
  let code: number | null = null;
  const times: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const t0 = performance.now();
    const result = spawnSync(process.execPath, args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    if (i > 0) times.push(performance.now() - t0);
    code = result.status;
    if (code === 2) throw new Error(`doublespeak ${args.slice(1).join(' ')} failed: ${result.stderr}`);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)]!, code };
}

try {
  const node = time(['-e', ''], 15);
  const txt = time([cli, 'memo.txt'], 15);
  const md = time([cli, 'memo.md'], 15);
  const help = time([cli, '--version'], 15);
  const d100 = time([cli, 'md-100'], 7);
  const d1000 = time([cli, 'md-1000'], 5);

  const row = (label: string, ms: number, note = '') =>
    console.log(`${label.padEnd(40)} ${ms.toFixed(0).padStart(6)} ms  ${(ms / node.ms).toFixed(1).padStart(5)}x${note ? `  ${note}` : ''}`);
  console.log(`doublespeak CLI start-up — Node ${process.version}, medians of spawned runs, ratio to node -e ""\n`);
  row('node -e ""', node.ms);
  row('doublespeak --version', help.ms);
  row('doublespeak memo.txt (1.5 KB text)', txt.ms, `+${(txt.ms - node.ms).toFixed(0)} ms over node`);
  row('doublespeak memo.md (1.5 KB Markdown)', md.ms, `+${(md.ms - node.ms).toFixed(0)} ms over node`);
  row('doublespeak md-100 (100 Markdown files)', d100.ms, `${((d100.ms - md.ms) / 99).toFixed(2)} ms per extra file`);
  row('doublespeak md-1000 (1,000 Markdown files)', d1000.ms, `${((d1000.ms - md.ms) / 999).toFixed(2)} ms per extra file`);
  const perFile = (d1000.ms - d100.ms) / 900;
  console.log(
    `\ngrowth: 100 → 1,000 files (10x) takes ${(d1000.ms / d100.ms).toFixed(1)}x the time; ` +
      `${perFile.toFixed(2)} ms per file from 100 to 1,000 (linear: fixed start-up + a constant cost per file)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
