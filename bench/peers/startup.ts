/**
 * Start-up: a fresh Node process that loads a tool and runs it on one sentence, against one
 * that loads nothing. Medians of round-robin runs (one run of each per round, after a warm-up
 * round), wall time and the process's own CPU time.
 */
import { runOnce } from './child.js';
import { median } from './stats.js';
import type { Tool } from './tools.js';

export const SENTENCE = 'Congratulations on your graduation from the company; your last day is Friday.';

export interface StartupRow {
  tool: Tool;
  wall: number;
  cpu: number;
}

export function measureStartup(tools: Tool[], cwd: string, rounds: number): StartupRow[] {
  const samples = new Map<Tool, { wall: number; cpu: number }[]>(tools.map((t) => [t, []]));
  for (let round = 0; round <= rounds; round++) {
    for (const tool of tools) {
      const { wall, cpu } = runOnce(tool, cwd, { sentence: SENTENCE });
      if (round > 0) samples.get(tool)!.push({ wall, cpu });
    }
  }
  return tools.map((tool) => ({
    tool,
    wall: median(samples.get(tool)!.map((s) => s.wall)),
    cpu: median(samples.get(tool)!.map((s) => s.cpu)),
  }));
}
