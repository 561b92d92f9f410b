/**
 * `npm run eval`: precision, recall and F1 of both entries, `doublespeak` (core) and
 * `doublespeak/nlp`, side by side on our labelled corpus (dev and held-out test splits) and on
 * the public PETs rows when ../shared is present.
 * `npm run eval -- --mistakes` lists every false alarm and miss of each entry on the corpus
 * (`--mistakes=core` or `--mistakes=nlp` for one; add `--split=dev` to keep the held-out lines
 * out of sight while tuning), `--pets-mistakes` the same on PETs, and `--sweep` tries thresholds
 * on dev. The Chinese corpus (test/corpus/zh.jsonl) is scored for the core, which reads
 * Chinese; `--zh-mistakes` lists its mistakes (with `--split=dev` too).
 */
import { detect as core } from '../../src/index.js';
import { detect as nlp } from '../../src/nlp/index.js';
import { loadCorpus, scoreCorpus, ZH_CORPUS, type DetectFn } from './corpus.js';
import type { Metrics } from './metrics.js';
import { overlaps } from './metrics.js';
import { loadPets, scorePets } from './pets.js';

const args = process.argv.slice(2);
const flag = (name: string) => args.find((a) => a === `--${name}` || a.startsWith(`--${name}=`));
const entries: [string, DetectFn][] = [
  ['core', core],
  ['nlp', nlp],
];
const pct = (x: number) => x.toFixed(3);
const cell = (m: Metrics) => `P ${pct(m.precision)} R ${pct(m.recall)} F1 ${pct(m.f1)} (tp ${m.tp}, fp ${m.fp}, fn ${m.fn})`.padEnd(52);
const row = (name: string, ms: Metrics[]) => `${name.padEnd(28)} ${ms.map(cell).join('  ')}`.trimEnd();
const header = (title: string) => `${title.padEnd(28)} ${entries.map(([name]) => name.padEnd(52)).join('  ')}`.trimEnd();

const corpus = loadCorpus();
const dev = corpus.filter((l) => l.split === 'dev');
const test = corpus.filter((l) => l.split === 'test');
const innocent = corpus.filter((l) => l.euphemisms.length === 0).length;
console.log(`Own corpus: test/corpus/en.jsonl, ${corpus.length} lines (${dev.length} dev, ${test.length} held-out test), ${innocent} innocent\n`);
const all = entries.map(([, detect]) => scoreCorpus(corpus, detect));
console.log(header(''));
console.log(row('corpus dev', entries.map(([, detect]) => scoreCorpus(dev, detect))));
console.log(row('corpus test (held out)', entries.map(([, detect]) => scoreCorpus(test, detect))));
console.log(row('corpus all', all));

const zh = loadCorpus(ZH_CORPUS);
const zhSplits: [string, typeof zh][] = [
  ['zh corpus dev', zh.filter((l) => l.split === 'dev')],
  ['zh corpus test (held out)', zh.filter((l) => l.split === 'test')],
  ['zh corpus all', zh],
];
console.log(`\nChinese corpus: test/corpus/zh.jsonl, ${zh.length} lines (${zhSplits[0]![1].length} dev, ${zhSplits[1]![1].length} held-out test), ${zh.filter((l) => l.euphemisms.length === 0).length} innocent`);
console.log(`${''.padEnd(28)} core`);
for (const [name, lines] of zhSplits) console.log(row(name, [scoreCorpus(lines, core)]));
if (flag('zh-mistakes')) {
  const split = flag('split')?.split('=')[1];
  for (const m of scoreCorpus(split ? zh.filter((l) => l.split === split) : zh, core).mistakes) {
    console.log(`- ${m.id} ${m.kind}: ${m.detail}\n    ${m.text}`);
  }
}

if (flag('sweep')) {
  console.log('\nminScore sweep on dev:');
  for (let t = 0.3; t <= 0.81; t += 0.05) {
    console.log(row(`  minScore ${t.toFixed(2)}`, entries.map(([, detect]) => scoreCorpus(dev, detect, { minScore: t }))));
  }
}

const pets = loadPets();
if (pets) {
  const scored = entries.map(([, detect]) => scorePets(pets, detect));
  console.log(`\nPETs (../shared/corpora/pets-employment.jsonl), ${scored[0]!.rows} in-scope rows; yes to every row gives F1 0.60`);
  console.log(header(''));
  console.log(row('PETs in-scope', scored));
  for (const pet of Object.keys(scored[0]!.byPet)) console.log(row(`  ${pet}`, scored.map((s) => s.byPet[pet]!)));
} else {
  console.log('\nPETs: ../shared/corpora not present, skipped');
}

const which = (name: string) => {
  const value = flag(name)?.split('=')[1];
  return entries.filter(([entry]) => !value || value === entry);
};
if (flag('mistakes')) {
  for (const [name, detect] of which('mistakes')) {
    console.log(`\nMistakes of ${name} on the corpus:`);
    const split = flag('split')?.split('=')[1];
    for (const m of scoreCorpus(split ? corpus.filter((l) => l.split === split) : corpus, detect).mistakes) {
      console.log(`- ${m.id} ${m.kind}: ${m.detail}\n    ${m.text.replace(/\n/g, '\\n')}`);
    }
  }
}
if (flag('pets-mistakes') && pets) {
  for (const [name, detect] of which('pets-mistakes')) {
    console.log(`\nMistakes of ${name} on PETs (in scope):`);
    for (const r of pets.filter((p) => p.in_scope)) {
      const spans = detect(r.text).spans.filter((s) => overlaps(s, r));
      if (spans.length > 0 === (r.label === 1)) continue;
      const context = `${r.text.slice(Math.max(0, r.start - 120), r.start)}[[${r.term}]]${r.text.slice(r.end, r.end + 120)}`;
      const why = spans.map((s) => `${s.text} [${s.ruleId} ${s.score}] ${s.reasons.join('; ')}`).join(' | ');
      console.log(`- ${r.id} ${r.label === 1 ? 'missed' : 'false alarm'} (${r.pet}): ${why}\n    ${context.replace(/\n/g, '\\n')}`);
    }
  }
}
