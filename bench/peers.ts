/**
 * `npm run bench:peers` (and the second half of `npm run bench`): doublespeak against the linters
 * users already know and the limits it is measured against, in one run, on the same generated
 * corporate text (bench/generate-text.ts, seed 2026, about 15% of sentences euphemistic):
 * - throughput of core and nlp detect(), alex text(), write-good, textlint with a write-good rule,
 *   a bare wink-nlp readDoc() and the raw scan;
 * - start-up of a fresh process that loads each and analyses one sentence, against an empty one;
 * - peak RSS of a fresh process that runs each on 1 MB, above one that only reads the text;
 * - scaling of core and nlp detect() on 0.1, 1 and 10 MB, with the fitted exponent;
 * - the doublespeak command against alex's on 1,000 Markdown files.
 * Every tool runs in child processes of its own, doublespeak from the built dist/ (run
 * `npm run build` first; `npm run bench` does). The machine may be shared and noisy: every
 * comparison is measured round-robin and reported as a ratio next to the absolute figures.
 * Prints Markdown tables.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { lexicon } from '../src/index.js';
import { generateText } from './generate-text.js';
import { MIN_SAMPLE, Worker } from './peers/child.js';
import { measureCli } from './peers/cli-vs-alex.js';
import { measureMemory } from './peers/memory.js';
import { measureScaling } from './peers/scaling.js';
import { measureStartup, SENTENCE } from './peers/startup.js';
import { medianRatio } from './peers/stats.js';
import { type Input, measureThroughput } from './peers/throughput.js';
import { TEXTLINT_RULE, type Tool, tools as allTools } from './peers/tools.js';
import { rawPattern } from './raw-scan.js';

/** Rounds of each measurement, chosen to keep `npm run bench` to a few minutes on 2 busy cores. */
const ROUNDS = { throughput: 11, startup: 10, memory: 3, memorySlow: 1, cli: 3 };
/** Sizes of the scaling runs (each text a prefix of the next), measured together in each round. */
const SCALING = { bytes: [100_000, 1_000_000, 10_000_000], rounds: 4 };
/** alex takes seconds per MB: its throughput is measured on the first 0.1 MB of the text. */
const SLICE = 100_000;
const CLI_FILES = 1000;

const root = join(import.meta.dirname, '..');
for (const file of ['dist/index.js', 'dist/nlp.js', 'dist/cli.js']) {
  if (!existsSync(join(root, file))) {
    console.error(`bench/peers.ts: ${file} is missing; run \`npm run build\` first (\`npm run bench\` does).`);
    process.exit(2);
  }
}

const dir = mkdtempSync(join(tmpdir(), 'doublespeak-bench-peers-'));
const write = (name: string, text: string): Input => {
  writeFileSync(join(dir, name), text);
  return { file: join(dir, name), mb: text.length / 1e6 };
};
const textlintrc = join(dir, '.textlintrc.json');
writeFileSync(textlintrc, JSON.stringify({ rules: { [TEXTLINT_RULE.replace('textlint-rule-', '')]: true } }));
const rawPatternFile = join(dir, 'raw-pattern.txt');
writeFileSync(rawPatternFile, rawPattern(lexicon));
const tools = allTools({ root, rawPatternFile, textlintrc });
const sizes = SCALING.bytes.map((bytes) => write(`text-${bytes}.txt`, generateText(bytes)));
const text = sizes[1]!;
const slice = write(`text-${SLICE}.txt`, generateText(SLICE));

const fmt = (x: number, digits = 2) => x.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const ms = (x: number) => `${fmt(x, 0)} ms`;
const plusMs = (x: number) => `${x < 0 ? '−' : '+'}${ms(Math.abs(x))}`;
const times = (x: number) => `${x >= 10 ? fmt(x, 0) : x >= 0.1 ? fmt(x, 2) : fmt(x, 3)}x`;
const mbOf = (bytes: number) => `${fmt(bytes / 1e6, 0)} MB`;
const table = (head: string[], rows: string[][]) =>
  [head, head.map((_, i) => (i === 0 ? '---' : '---:')), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');

const loadAtStart = load();
const started = performance.now();
console.log('## doublespeak against the peers\n');
console.log(`${new Date().toISOString().slice(0, 10)}, ${availableParallelism()} cores, Node ${process.version}, load average ${loadAtStart} at the start.`);
console.log(
  `Text: ${fmt(text.mb)} MB of generated corporate text (bench/generate-text.ts, seed 2026, ~15% of sentences euphemistic). ` +
    `Every tool runs in child processes of its own; doublespeak from the built dist/. textlint runs ${TEXTLINT_RULE}. MB = 10^6 bytes.\n`,
);

try {
  // Throughput, then scaling, in long-lived workers (one per tool).
  const workers = Object.fromEntries(
    (['raw', 'core', 'nlp', 'readDoc', 'writeGood', 'textlint', 'alex'] as const).map((id) => [id, new Worker(tools[id], root)]),
  ) as Record<'raw' | 'core' | 'nlp' | 'readDoc' | 'writeGood' | 'textlint' | 'alex', Worker>;
  const inputs = new Map(Object.values(workers).map((w) => [w, w === workers.alex ? slice : text]));
  const throughput = await measureThroughput(Object.values(workers), inputs, workers.core, ROUNDS.throughput);
  const perMb = (w: Worker) => throughput.find((row) => row.tool === w.tool)!.perMb;
  console.log(
    `### Throughput\n\nMedians of ${ROUNDS.throughput} round-robin rounds after a warm-up; "vs core" is the median of per-round ratios of MB/s. ` +
      `A sample of a fast tool is the mean of several runs in a row (at least ${MIN_SAMPLE} s).\n`,
  );
  console.log(
    table(
      ['tool', 'text', 'MB/s', 'vs core detect()', 'runs per sample', 'found'],
      throughput.map((row) => [
        row.tool.label,
        `${fmt(row.input.mb)} MB`,
        fmt(row.mbps, row.mbps >= 10 ? 0 : 2),
        times(row.vsCore),
        String(row.repeat),
        `${row.found.toLocaleString('en')} ${row.tool.unit}`,
      ]),
    ),
  );
  console.log(
    `\nalex is slow (seconds per MB): its throughput is measured on the first ${fmt(SLICE / 1e6, 1)} MB of the same text, and its one run on the whole text is in the memory table. ` +
      `textlint's rule runs write-good on each text node (a paragraph of a .txt file), so textlint is write-good plus textlint's parsing and rule machinery.\n`,
  );

  const scaling = await measureScaling([workers.core, workers.nlp], sizes, SCALING.rounds);
  for (const worker of Object.values(workers)) worker.close();
  console.log(
    `### Scaling\n\nMedian time (MB/s) at each size, each text a prefix of the next; ${SCALING.rounds} round-robin rounds, each running both entries on all three sizes. ` +
      'Exponent k of time ~ size^k: least squares on log-log per round, median of the rounds (1 = linear).\n',
  );
  console.log(
    table(
      ['entry', ...sizes.map((s) => `${fmt(s.mb, 1)} MB`), 'exponent'],
      scaling.map((row) => [row.worker.tool.label, ...row.points.map((p) => `${ms(p.seconds * 1000)} (${fmt(p.mb / p.seconds, 2)} MB/s)`), fmt(row.exponent)]),
    ),
  );

  // Start-up: fresh processes, loading each tool and analysing one sentence.
  const importOnly: Tool = { ...tools.core, label: 'doublespeak, import only', run: '() => 0' };
  const startup = measureStartup([tools.empty, importOnly, tools.core, tools.nlp, tools.readDoc, tools.writeGood, tools.textlint, tools.alex], root, ROUNDS.startup);
  const empty = startup[0]!;
  console.log(`\n### Start-up\n\nA fresh \`node\` process that imports the tool and analyses one sentence ("${SENTENCE}"), against one that imports nothing. Medians of ${ROUNDS.startup} round-robin rounds after a warm-up; CPU is the process's own user + system time.\n`);
  console.log(
    table(
      ['process', 'wall', 'over empty', 'CPU', 'over empty', 'CPU vs empty'],
      startup.map((row) => [
        row.tool === tools.empty ? 'node, imports nothing' : row.tool.label,
        ms(row.wall),
        row === empty ? '' : plusMs(row.wall - empty.wall),
        ms(row.cpu),
        row === empty ? '' : plusMs(row.cpu - empty.cpu),
        times(row.cpu / empty.cpu),
      ]),
    ),
  );

  // Peak memory: fresh processes on the 1 MB text.
  const memory = measureMemory([tools.empty, tools.raw, tools.core, tools.nlp, tools.readDoc, tools.writeGood, tools.textlint, tools.alex], root, text.file, ROUNDS.memory, (tool) =>
    tool === tools.alex ? ROUNDS.memorySlow : ROUNDS.memory,
  );
  const base = memory[0]!;
  console.log(`\n### Peak memory on ${fmt(text.mb)} MB\n\nPeak RSS of a fresh process that loads the tool, reads the text and runs the tool on it once, against one that only reads the text. Medians of ${ROUNDS.memory} round-robin runs (alex: ${ROUNDS.memorySlow}).\n`);
  console.log(
    table(
      ['process', 'peak RSS', 'above empty', 'the run took', 'runs'],
      memory.map((row) => [
        row.tool === tools.empty ? 'node, reads the text only' : row.tool.label,
        mbOf(row.maxRss),
        row === base ? '' : `+${mbOf(row.maxRss - base.maxRss)}`,
        row === base ? '' : ms(row.runMs),
        String(row.runs),
      ]),
    ),
  );

  // The command-line tools on a directory of Markdown files.
  const cli = measureCli(root, CLI_FILES, ROUNDS.cli);
  const [node, ours, alex] = cli as [(typeof cli)[0], (typeof cli)[0], (typeof cli)[0]];
  console.log(`\n### CLI: doublespeak against alex on ${CLI_FILES.toLocaleString('en')} Markdown files\n\nA temporary directory of ${CLI_FILES.toLocaleString('en')} generated memos of about 1.5 KB (bench/markdown-file.ts); each command run as a user runs it, \`node dist/cli.js docs\` and \`node node_modules/alex/cli.js docs\`. Medians of ${ROUNDS.cli} round-robin rounds.\n`);
  console.log(
    table(
      ['command', 'wall', 'CPU', 'CPU vs doublespeak'],
      cli.map((row) => [row.label, ms(row.wall), ms(row.cpu), row === node ? '' : times(row.cpu / ours.cpu)]),
    ),
  );

  // Targets of issue 6.
  const coreVsRaw = medianRatio(perMb(workers.raw), perMb(workers.core));
  const coreVsAlex = medianRatio(perMb(workers.alex), perMb(workers.core));
  const alexFull = memory.find((row) => row.tool === tools.alex)!.runMs / 1000 / text.mb;
  const coreMb = 1 / throughput.find((row) => row.tool === tools.core)!.mbps;
  const nlpVsReadDoc = medianRatio(perMb(workers.readDoc), perMb(workers.nlp));
  const coreStart = startup.find((row) => row.tool === tools.core)!;
  const coreMem = memory.find((row) => row.tool === tools.core)!.maxRss - base.maxRss;
  const mark = (ok: boolean) => (ok ? 'met' : '**not met**');
  console.log('\n### Targets\n');
  console.log(`- core detect() >= 0.25x the raw scan's throughput: ${times(coreVsRaw)}, ${mark(coreVsRaw >= 0.25)}`);
  console.log(
    `- core detect() >= 100x alex: ${times(coreVsAlex)} (alex on ${fmt(SLICE / 1e6, 1)} MB; against alex's single 1 MB run, ${times(alexFull / coreMb)}), ${mark(coreVsAlex >= 100)}`,
  );
  console.log(`- nlp detect() no slower than a bare readDoc(): ${times(nlpVsReadDoc)} readDoc's speed (median of per-round ratios), ${mark(nlpVsReadDoc >= 1)}`);
  console.log(
    `- core start-up within 30 ms of an empty process: ${plusMs(coreStart.wall - empty.wall)} wall, ${plusMs(coreStart.cpu - empty.cpu)} CPU, ${mark(coreStart.wall - empty.wall <= 30)}`,
  );
  console.log(`- core memory on 1 MB under 50 MB above an empty process: +${mbOf(coreMem)}, ${mark(coreMem < 50e6)}`);
  console.log(`- time linear in the size: exponent ${scaling.map((row) => `${fmt(row.exponent)} (${row.worker.tool.id})`).join(', ')}`);
  console.log(`- doublespeak CLI against alex's on ${CLI_FILES.toLocaleString('en')} files: alex takes ${times(alex.cpu / ours.cpu)} the CPU time`);
  console.log(`\nLoad average ${load()} at the end; the peer benchmark took ${fmt((performance.now() - started) / 1000, 0)} s.`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
