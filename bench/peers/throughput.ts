/**
 * Throughput of each tool on the generated text, measured round-robin in long-lived workers:
 * every round runs each tool once, so a change in the machine's load hits all of them alike,
 * and each tool's speed is reported as the median of its per-round ratios to core detect().
 * A fast tool's sample is several runs in a row (child.ts `calibrate`).
 */
import { calibrate, type Worker } from './child.js';
import { median, medianRatio } from './stats.js';
import type { Tool } from './tools.js';

export interface Input {
  file: string;
  /** Size of the text in MB (10^6 characters; the text is ASCII). */
  mb: number;
}

export interface ThroughputRow {
  tool: Tool;
  input: Input;
  /** Median MB/s. */
  mbps: number;
  /** Median of the per-round ratios of this tool's MB/s to core detect()'s. */
  vsCore: number;
  found: number;
  /** Runs per sample. */
  repeat: number;
  /** Seconds per MB, round by round. */
  perMb: number[];
}

/** `inputs` gives each worker its text (slow tools get a smaller slice of the same text). */
export async function measureThroughput(workers: Worker[], inputs: Map<Worker, Input>, core: Worker, rounds: number): Promise<ThroughputRow[]> {
  const perMb = new Map<Worker, number[]>(workers.map((w) => [w, []]));
  const found = new Map<Worker, number>();
  const repeat = new Map<Worker, number>();
  for (const worker of workers) await worker.time(inputs.get(worker)!.file); // warm-up
  for (const worker of workers) repeat.set(worker, await calibrate(worker, inputs.get(worker)!.file));
  for (let round = 0; round < rounds; round++) {
    for (const worker of workers) {
      const input = inputs.get(worker)!;
      const { seconds, found: n } = await worker.time(input.file, repeat.get(worker));
      found.set(worker, n);
      perMb.get(worker)!.push(seconds / input.mb);
    }
  }
  const coreTimes = perMb.get(core)!;
  return workers.map((worker) => ({
    tool: worker.tool,
    input: inputs.get(worker)!,
    mbps: 1 / median(perMb.get(worker)!),
    vsCore: medianRatio(coreTimes, perMb.get(worker)!),
    found: found.get(worker)!,
    repeat: repeat.get(worker)!,
    perMb: perMb.get(worker)!,
  }));
}
