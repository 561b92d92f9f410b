/**
 * Same results? Runs `detect()` of a git ref and of the working tree over the same texts and
 * lists every span that differs in offsets, rule, score or reasons: the check behind a "faster,
 * same results" change. Texts: 2 MB of generated memos (long, so the trigger RegExp path), every
 * line of the corpora (short, so the every-word path), and the ordinary text of
 * `bench/false-alarms.ts` in the same ~50 KB chunks, when `bash bench/fetch-ordinary-text.sh`
 * has fetched it.
 *
 *   npx tsx bench/same-results.ts                 # HEAD against the working tree
 *   npx tsx bench/same-results.ts REF --entry nlp --min-score 0
 *
 * The ref is checked out into a temporary git worktree and bundled with esbuild; both are
 * removed afterwards. Exits 1 when any span differs.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import type { Detection, DetectOptions } from '../src/index.js';
import { loadCorpus, ZH_CORPUS } from '../test/eval/corpus.js';
import { generateText } from './generate-text.js';
import { chunks, loadOrdinaryText, ordinaryTextAvailable } from './ordinary-text.js';

type Detect = (text: string, options?: DetectOptions) => Detection;

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: { entry: { type: 'string', default: 'core' }, 'min-score': { type: 'string', default: '0' } },
});
const ref = positionals[0] ?? 'HEAD';
const entryFile = args.entry === 'nlp' ? 'src/nlp/index.ts' : 'src/index.ts';
const options: DetectOptions = { minScore: Number(args['min-score']) };
const root = join(import.meta.dirname, '..');

/** `detect` of the source tree at `dir`, bundled to one file (dependencies from this checkout). */
async function detectFrom(dir: string, out: string): Promise<Detect> {
  await build({
    entryPoints: [join(dir, entryFile)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: out,
    nodePaths: [join(root, 'node_modules')],
    logLevel: 'error',
  });
  return ((await import(pathToFileURL(out).href)) as { detect: Detect }).detect;
}

const key = (span: Detection['spans'][number]) => `${span.start}-${span.end} ${span.ruleId} ${span.score} ${span.reasons.join(' | ')}`;

const work = mkdtempSync(join(tmpdir(), 'doublespeak-same-'));
const checkout = join(work, 'ref');
execFileSync('git', ['worktree', 'add', '--detach', checkout, ref], { cwd: root, stdio: 'ignore' });
try {
  const before = await detectFrom(checkout, join(work, 'before.mjs'));
  const after = await detectFrom(root, join(work, 'after.mjs'));
  const sources: [name: string, texts: string[]][] = [
    ['generated memos (2 MB)', [generateText(2_000_000)]],
    ['corpus lines (en, zh)', [...loadCorpus(), ...loadCorpus(ZH_CORPUS)].map((line) => line.text)],
  ];
  if (ordinaryTextAvailable()) {
    for (const source of await loadOrdinaryText()) sources.push([source.name, chunks(source.text).map((c) => c.text)]);
  } else console.log('(ordinary text not fetched: bash bench/fetch-ordinary-text.sh)');
  let differing = 0;
  console.log(`detect (${args.entry}, minScore ${options.minScore}) of ${ref} against the working tree\n`);
  for (const [name, texts] of sources) {
    let spans = 0;
    const diffs: string[] = [];
    for (const text of texts) {
      const a = before(text, options).spans.map(key);
      const b = after(text, options).spans.map(key);
      spans += b.length;
      const [inA, inB] = [new Set(a), new Set(b)];
      for (const k of a) if (!inB.has(k)) diffs.push(`  - ${k}  «${text.slice(Math.max(0, Number(k.split('-')[0]) - 40), Number(k.split('-')[0]) + 60).replace(/\s+/g, ' ')}»`);
      for (const k of b) if (!inA.has(k)) diffs.push(`  + ${k}`);
    }
    differing += diffs.length;
    console.log(`${name}: ${texts.length} texts, ${spans} spans, ${diffs.length} differing`);
    for (const line of diffs.slice(0, 10)) console.log(line.slice(0, 400));
  }
  console.log(differing === 0 ? '\nsame results' : `\n${differing} differing span(s)`);
  process.exitCode = differing === 0 ? 0 : 1;
} finally {
  execFileSync('git', ['worktree', 'remove', '--force', checkout], { cwd: root, stdio: 'ignore' });
  rmSync(work, { recursive: true, force: true });
}
