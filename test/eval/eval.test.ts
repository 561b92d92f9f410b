import { describe, expect, it } from 'vitest';
import { detect } from '../../src/index.js';
import { loadCorpus, scoreCorpus } from './corpus.js';
import { loadPets, scorePets } from './pets.js';

// The quality targets of the project, on the same data `npm run eval` prints.
describe('quality on our labelled corpus', () => {
  const corpus = loadCorpus();

  it('is a real corpus: 300+ lines, 40%+ innocent, every gold phrase in its text', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(300);
    expect(corpus.filter((l) => l.euphemisms.length === 0).length / corpus.length).toBeGreaterThanOrEqual(0.4);
    expect(new Set(corpus.map((l) => l.id)).size).toBe(corpus.length);
  });

  it('reaches F1 >= 0.92 with precision >= 0.95', () => {
    const m = scoreCorpus(corpus, detect);
    expect(m.precision).toBeGreaterThanOrEqual(0.95);
    expect(m.f1).toBeGreaterThanOrEqual(0.92);
  });
});

const pets = loadPets();
describe.skipIf(!pets)('quality on the public PETs data (../shared/corpora)', () => {
  it('reaches in-scope F1 >= 0.80', () => {
    expect(scorePets(pets!, detect).f1).toBeGreaterThanOrEqual(0.8);
  });
});
