/**
 * The doublespeak command against alex's on a temporary directory of 1,000 generated Markdown
 * memos (about 1.5 KB each, bench/markdown-file.ts), as users run them: `doublespeak DIR` and
 * `alex DIR`, each a fresh process, next to `node -e ""`. Round-robin, medians of wall and CPU time.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { markdownFile } from '../markdown-file.js';
import { type Sample, spawnTimed } from '../spawn-timed.js';
import { median } from './stats.js';

export interface CliRow {
  label: string;
  wall: number;
  cpu: number;
}

export function measureCli(root: string, files: number, rounds: number): CliRow[] {
  const dir = mkdtempSync(join(tmpdir(), 'doublespeak-bench-cli-'));
  try {
    mkdirSync(join(dir, 'docs'));
    for (let i = 0; i < files; i++) writeFileSync(join(dir, 'docs', `memo-${i}.md`), markdownFile(i, 1500));
    const cases: [string, string[]][] = [
      ['node -e ""', ['-e', '']],
      [`doublespeak docs/ (${files.toLocaleString('en')} files)`, [join(root, 'dist', 'cli.js'), 'docs']],
      [`alex docs/ (${files.toLocaleString('en')} files)`, [join(root, 'node_modules', 'alex', 'cli.js'), 'docs']],
    ];
    // Warm the disk cache and both commands' code with one file each; then the rounds.
    spawnTimed([join(root, 'dist', 'cli.js'), 'docs/memo-0.md'], dir);
    spawnTimed([join(root, 'node_modules', 'alex', 'cli.js'), 'docs/memo-0.md'], dir);
    const samples = cases.map((): Sample[] => []);
    for (let round = 0; round < rounds; round++) {
      for (const [i, [, args]] of cases.entries()) samples[i]!.push(spawnTimed(args, dir));
    }
    return cases.map(([label], i) => ({ label, wall: median(samples[i]!.map((s) => s.wall)), cpu: median(samples[i]!.map((s) => s.cpu)) }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
