/**
 * How time grows with the text: a worker's run on 0.1, 1 and 10 MB of the same generated text
 * (each a prefix of the next), and the fitted exponent k of time ~ size^k (1 = linear).
 */
import { calibrate, type Worker } from './child.js';
import { fitExponent, median } from './stats.js';
import type { Input } from './throughput.js';

export interface ScalingRow {
  worker: Worker;
  /** Median seconds at each size. */
  points: { mb: number; seconds: number }[];
  /** Median of the exponents fitted round by round. */
  exponent: number;
}

/**
 * Each round runs every worker on every input, so a change in the machine's load hits all sizes
 * alike; the exponent is fitted per round (least squares on log-log) and the median reported.
 * Short runs are repeated into one sample (child.ts `calibrate`, which also warms up).
 */
export async function measureScaling(workers: Worker[], inputs: Input[], rounds: number): Promise<ScalingRow[]> {
  const repeat = new Map<string, number>();
  const key = (worker: Worker, input: Input) => `${worker.tool.id} ${input.file}`;
  for (const input of inputs) for (const worker of workers) repeat.set(key(worker, input), await calibrate(worker, input.file));
  const times = new Map<Worker, number[][]>(workers.map((w) => [w, inputs.map(() => [])]));
  for (let round = 0; round < rounds; round++) {
    for (const [i, input] of inputs.entries()) {
      for (const worker of workers) times.get(worker)![i]!.push((await worker.time(input.file, repeat.get(key(worker, input)))).seconds);
    }
  }
  return workers.map((worker) => {
    const samples = times.get(worker)!;
    const exponents = Array.from({ length: rounds }, (_, round) => fitExponent(inputs.map((input, i) => ({ size: input.mb, seconds: samples[i]![round]! }))));
    return { worker, points: inputs.map((input, i) => ({ mb: input.mb, seconds: median(samples[i]!) })), exponent: median(exponents) };
  });
}
