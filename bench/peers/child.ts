/**
 * Child processes for the peer benchmark: a tool's code (bench/peers/tools.ts) run in a
 * fresh `node --input-type=module -e`, either once (start-up, memory) or as a long-lived worker
 * that times `run(text)` on request (throughput, scaling).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { Tool } from './tools.js';

export interface Once {
  /** Wall time of the whole process, spawn to exit, in ms. */
  wall: number;
  /** The child's own CPU time (user + system, all threads) in ms. */
  cpu: number;
  /** Peak resident set size of the child, in bytes. */
  maxRss: number;
  /** ms that `run(text)` took inside the child (0 when no text was given). */
  runMs: number;
  found: number;
}

/**
 * Spawns a fresh Node process that loads `tool`, calls `run` once on `sentence` or on the
 * contents of `file`, and reports its CPU time and peak RSS as it exits.
 */
export function runOnce(tool: Tool, cwd: string, input: { sentence: string } | { file: string }): Once {
  const text = 'sentence' in input ? JSON.stringify(input.sentence) : `readFileSync(${JSON.stringify(input.file)}, 'utf8')`;
  const code = `import { readFileSync } from 'node:fs';
${tool.load}
const run = ${tool.run};
const text = ${text};
const t0 = performance.now();
const found = await run(text);
const runMs = performance.now() - t0;
const cpu = process.cpuUsage();
process.stdout.write(JSON.stringify({ runMs, found, cpu: (cpu.user + cpu.system) / 1000, maxRss: process.resourceUsage().maxRSS * 1024 }));`;
  const t0 = performance.now();
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd, encoding: 'utf8', maxBuffer: 1 << 20 });
  const wall = performance.now() - t0;
  if (result.status !== 0) throw new Error(`${tool.label} failed (exit ${result.status ?? result.signal}): ${result.stderr}`);
  return { wall, ...(JSON.parse(result.stdout) as Omit<Once, 'wall'>) };
}

/** A long-lived child that has loaded `tool` and times `run` on the files it is sent. */
export class Worker {
  readonly #child;
  readonly #pending: ((line: string) => void)[] = [];

  constructor(
    readonly tool: Tool,
    cwd: string,
  ) {
    const code = `import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
${tool.load}
const run = ${tool.run};
const texts = new Map();
for await (const line of createInterface({ input: process.stdin })) {
  const [file, repeat] = JSON.parse(line);
  let text = texts.get(file);
  if (text === undefined) texts.set(file, (text = readFileSync(file, 'utf8')));
  let found;
  const t0 = performance.now();
  for (let i = 0; i < repeat; i++) found = await run(text);
  const ms = (performance.now() - t0) / repeat;
  process.stdout.write(JSON.stringify({ ms, found }) + '\\n');
}`;
    this.#child = spawn(process.execPath, ['--input-type=module', '-e', code], { cwd, stdio: ['pipe', 'pipe', 'inherit'] });
    createInterface({ input: this.#child.stdout }).on('line', (line) => this.#pending.shift()?.(line));
    this.#child.on('exit', (code) => {
      if (code !== 0 && this.#pending.length > 0) throw new Error(`${tool.label}: worker exited with ${code}`);
    });
  }

  /**
   * Seconds one `run` of the file's text took in the child (the file is read once, untimed): the
   * mean of `repeat` runs in a row, so that a fast tool's sample is long enough not to be decided
   * by one preemption on a loaded machine.
   */
  time(file: string, repeat = 1): Promise<{ seconds: number; found: number }> {
    return new Promise((resolve) => {
      this.#pending.push((line) => {
        const { ms, found } = JSON.parse(line) as { ms: number; found: number };
        resolve({ seconds: ms / 1000, found });
      });
      this.#child.stdin.write(`${JSON.stringify([file, repeat])}\n`);
    });
  }

  close(): void {
    this.#child.stdin.end();
  }
}

/** Shortest sample, in seconds, that `calibrate` aims for. */
export const MIN_SAMPLE = 0.2;

/**
 * How many runs in a row make one sample of at least `MIN_SAMPLE` seconds for this worker on
 * this file (one untimed run first: the worker is expected to be warm already).
 */
export async function calibrate(worker: Worker, file: string): Promise<number> {
  const { seconds } = await worker.time(file);
  return Math.min(100, Math.max(1, Math.ceil(MIN_SAMPLE / seconds)));
}
