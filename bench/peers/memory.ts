/**
 * Peak memory: the peak RSS of a fresh Node process that loads a tool, reads the 1 MB text and
 * runs the tool on it once, next to one that only reads the text. Medians of round-robin runs;
 * a slow tool can be given fewer runs.
 */
import { runOnce } from './child.js';
import { median } from './stats.js';
import type { Tool } from './tools.js';

export interface MemoryRow {
  tool: Tool;
  runs: number;
  /** Median peak RSS, bytes. */
  maxRss: number;
  /** Median ms of the run on the text, inside the child. */
  runMs: number;
}

export function measureMemory(tools: Tool[], cwd: string, file: string, rounds: number, runsOf: (tool: Tool) => number = () => rounds): MemoryRow[] {
  const samples = new Map<Tool, { maxRss: number; runMs: number }[]>(tools.map((t) => [t, []]));
  for (let round = 0; round < rounds; round++) {
    for (const tool of tools) {
      if (round >= runsOf(tool)) continue;
      const { maxRss, runMs } = runOnce(tool, cwd, { file });
      samples.get(tool)!.push({ maxRss, runMs });
    }
  }
  return tools.map((tool) => {
    const list = samples.get(tool)!;
    return { tool, runs: list.length, maxRss: median(list.map((s) => s.maxRss)), runMs: median(list.map((s) => s.runMs)) };
  });
}
