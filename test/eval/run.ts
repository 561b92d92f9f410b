/**
 * `npm run eval`: precision, recall and F1 of detect() on our labelled corpus (dev and held-out
 * test splits) and on the public PETs rows when ../shared is present.
 * `npm run eval -- --mistakes` lists every false alarm and miss; `--sweep` tries thresholds on dev.
 */
import { detect } from '../../src/index.js';
import { loadCorpus, scoreCorpus } from './corpus.js';
import type { Metrics } from './metrics.js';
import { loadPets, scorePets } from './pets.js';

const args = new Set(process.argv.slice(2));
const pct = (x: number) => x.toFixed(3);
const row = (name: string, m: Metrics) =>
  `${name.padEnd(28)} P ${pct(m.precision)}  R ${pct(m.recall)}  F1 ${pct(m.f1)}   (tp ${m.tp}, fp ${m.fp}, fn ${m.fn})`;

const corpus = loadCorpus();
const dev = corpus.filter((l) => l.split === 'dev');
const test = corpus.filter((l) => l.split === 'test');
const innocent = corpus.filter((l) => l.euphemisms.length === 0).length;
console.log(`Own corpus: test/corpus/en.jsonl, ${corpus.length} lines (${dev.length} dev, ${test.length} held-out test), ${innocent} innocent\n`);
const all = scoreCorpus(corpus, detect);
console.log(row('corpus dev', scoreCorpus(dev, detect)));
console.log(row('corpus test (held out)', scoreCorpus(test, detect)));
console.log(row('corpus all', all));

if (args.has('--sweep')) {
  console.log('\nminScore sweep on dev:');
  for (let t = 0.3; t <= 0.81; t += 0.05) console.log(row(`  minScore ${t.toFixed(2)}`, scoreCorpus(dev, detect, { minScore: t })));
}

const pets = loadPets();
if (pets) {
  const p = scorePets(pets, detect);
  console.log(`\nPETs (../shared/corpora/pets-employment.jsonl), ${p.rows} in-scope rows; yes to every row gives F1 0.60`);
  console.log(row('PETs in-scope', p));
  for (const [pet, m] of Object.entries(p.byPet)) console.log(row(`  ${pet}`, m));
} else {
  console.log('\nPETs: ../shared/corpora not present, skipped');
}

if (args.has('--mistakes')) {
  console.log('\nMistakes:');
  for (const m of all.mistakes) console.log(`- ${m.id} ${m.kind}: ${m.detail}\n    ${m.text.replace(/\n/g, '\\n')}`);
}
