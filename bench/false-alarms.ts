/**
 * False alarms on ordinary English: runs detect() over ~33 MB of real text nobody on this team
 * wrote (news, essays, fiction, speeches, mailing lists, forum/chat sentences) and counts what
 * it flags. These texts are not about layoffs, so every span is counted as a false alarm; a few
 * may be real euphemisms (the 2002 mail and news talk about dot-com layoffs), so read the list.
 *
 *   bash bench/fetch-ordinary-text.sh          # once: fetches the corpora into node_modules/.cache
 *   npx tsx bench/false-alarms.ts              # every span, then the summary
 *   npx tsx bench/false-alarms.ts --limit 20   # at most 20 spans listed per source
 *   options: --source NAME[,NAME]  --top N (pairs in the summary, default 30)
 *            --min-score X (passed to detect)  --json FILE (every span, with context, as JSON)
 *            --quiet (summary only)
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chunks, loadOrdinaryText, OrdinaryTextMissingError, type OrdinaryText } from './ordinary-text.js';

const { values: args } = parseArgs({
  options: {
    limit: { type: 'string' },
    source: { type: 'string' },
    top: { type: 'string', default: '30' },
    'min-score': { type: 'string' },
    json: { type: 'string' },
    quiet: { type: 'boolean', default: false },
  },
});
const limit = args.limit === undefined ? Infinity : Number(args.limit);
const top = Number(args.top);
const minScore = args['min-score'] === undefined ? undefined : Number(args['min-score']);

function context(text: string, start: number, end: number, width = 60): string {
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  const before = flat(text.slice(Math.max(0, start - width), start));
  const after = flat(text.slice(end, end + width));
  return `${start > width ? '…' : ''}${before}[[${flat(text.slice(start, end))}]]${after}${end + width < text.length ? '…' : ''}`;
}

interface Found {
  source: string;
  genre: string;
  ruleId: string;
  category: string;
  text: string;
  score: number;
  reasons: string[];
  context: string;
}

let sources: OrdinaryText[];
try {
  sources = await loadOrdinaryText();
} catch (err) {
  if (err instanceof OrdinaryTextMissingError) {
    console.log(`false-alarms: skipped.\n${err.message}`);
    process.exit(0);
  }
  throw err;
}
if (args.source) {
  const wanted = new Set(args.source.split(','));
  sources = sources.filter((s) => wanted.has(s.name));
}

let detect: typeof import('../src/index.js').detect;
let DEFAULT_MIN_SCORE: number;
try {
  ({ detect, DEFAULT_MIN_SCORE } = await import('../src/index.js'));
} catch (err) {
  console.log(`false-alarms: cannot load the detector (src/index.ts): ${(err as Error).message}`);
  process.exit(1);
}

const found: Found[] = [];
const rows: { name: string; genre: string; mb: number; spans: number; seconds: number }[] = [];

for (const source of sources) {
  const mb = Buffer.byteLength(source.text) / 1e6;
  const t0 = performance.now();
  const mine: Found[] = [];
  for (const chunk of chunks(source.text)) {
    for (const span of detect(chunk.text, minScore === undefined ? undefined : { minScore }).spans) {
      const start = chunk.offset + span.start;
      mine.push({
        source: source.name,
        genre: source.genre,
        ruleId: span.ruleId,
        category: span.category,
        text: span.text,
        score: span.score,
        reasons: span.reasons,
        context: context(source.text, start, chunk.offset + span.end),
      });
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  rows.push({ name: source.name, genre: source.genre, mb, spans: mine.length, seconds });
  found.push(...mine);
  console.log(
    `\n== ${source.name} (${source.genre}) ${mb.toFixed(2)} MB, ${source.documents} documents — ${mine.length} spans, ${(mine.length / mb).toFixed(2)} per MB  [${source.origin}; ${seconds.toFixed(1)} s]`,
  );
  if (!args.quiet) {
    for (const f of mine.slice(0, limit)) {
      console.log(`  ${f.ruleId.padEnd(28)} ${f.score.toFixed(2)}  ${f.context}`);
    }
    if (mine.length > limit) console.log(`  … and ${mine.length - limit} more (raise --limit)`);
  }
}

if (args.json) writeFileSync(args.json, JSON.stringify(found, null, 1));

// ---- summary -----------------------------------------------------------------------------------
const pad = (s: string | number, n: number) => String(s).padStart(n);
console.log(`\n==== summary (detect with minScore ${minScore ?? DEFAULT_MIN_SCORE}) ====`);
console.log(`${'source'.padEnd(18)} ${'genre'.padEnd(11)} ${pad('MB', 7)} ${pad('spans', 6)} ${pad('per MB', 7)}`);
for (const r of rows) {
  console.log(`${r.name.padEnd(18)} ${r.genre.padEnd(11)} ${pad(r.mb.toFixed(2), 7)} ${pad(r.spans, 6)} ${pad((r.spans / r.mb).toFixed(2), 7)}`);
}
const byGenre = new Map<string, { mb: number; spans: number }>();
for (const r of rows) {
  const g = byGenre.get(r.genre) ?? { mb: 0, spans: 0 };
  g.mb += r.mb;
  g.spans += r.spans;
  byGenre.set(r.genre, g);
}
console.log('\nby genre:');
for (const [genre, g] of [...byGenre].sort((a, b) => b[1].spans / b[1].mb - a[1].spans / a[1].mb)) {
  console.log(`  ${genre.padEnd(11)} ${pad(g.mb.toFixed(2), 7)} MB ${pad(g.spans, 6)} spans ${pad((g.spans / g.mb).toFixed(2), 7)} per MB`);
}
const byRule = new Map<string, number>();
for (const f of found) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
console.log('\nby rule:');
for (const [rule, n] of [...byRule].sort((a, b) => b[1] - a[1])) console.log(`  ${pad(n, 5)}  ${rule}`);

const pairs = new Map<string, { ruleId: string; text: string; n: number; example: string }>();
for (const f of found) {
  const key = `${f.ruleId}\u0000${f.text.toLowerCase().replace(/\s+/g, ' ')}`;
  const p = pairs.get(key) ?? { ruleId: f.ruleId, text: f.text.toLowerCase().replace(/\s+/g, ' '), n: 0, example: f.context };
  p.n++;
  pairs.set(key, p);
}
console.log(`\nmost common (ruleId, text) pairs (top ${top} of ${pairs.size}):`);
for (const p of [...pairs.values()].sort((a, b) => b.n - a.n).slice(0, top)) {
  console.log(`  ${pad(p.n, 5)}  ${p.ruleId.padEnd(28)} "${p.text}"   e.g. ${p.example}`);
}

const totalMb = rows.reduce((s, r) => s + r.mb, 0);
const thresholds = [0.5, 0.6, 0.7, 0.8, 0.9].filter((t) => t > (minScore ?? DEFAULT_MIN_SCORE));
if (thresholds.length > 0) {
  console.log('\nif minScore were raised:');
  for (const t of thresholds) {
    const n = found.filter((f) => f.score >= t).length;
    console.log(`  minScore ${t.toFixed(1)}: ${pad(n, 6)} spans, ${pad((n / totalMb).toFixed(2), 7)} per MB`);
  }
}
console.log(
  '\nNote: every span above is counted as a false alarm. These texts are not about layoffs, but a few may be real euphemisms' +
    ' (2002 mail and news cover dot-com layoffs; speeches discuss "reductions in force"): read the list before trusting the figure.',
);
console.log(`total: ${totalMb.toFixed(2)} MB, ${found.length} spans in ${rows.length} sources`);
console.log(`false alarms per MB: ${(found.length / totalMb).toFixed(2)}`);
