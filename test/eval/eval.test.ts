import { describe, expect, it } from 'vitest';
import { detect } from '../../src/index.js';
import { detect as nlp } from '../../src/nlp/index.js';
import { loadCorpus, scoreCorpus, ZH_CORPUS } from './corpus.js';
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

// doublespeak/nlp must be measurably better than the core it builds on (measured: F1 0.952 on all
// lines, 0.983 dev, 0.879 held-out test).
describe('doublespeak/nlp on our labelled corpus', () => {
  it('reaches F1 >= 0.95 and beats the core on F1, with precision >= 0.95', () => {
    const corpus = loadCorpus();
    const withNlp = scoreCorpus(corpus, nlp);
    expect(withNlp.precision).toBeGreaterThanOrEqual(0.95);
    expect(withNlp.f1).toBeGreaterThanOrEqual(0.95);
    expect(withNlp.f1).toBeGreaterThan(scoreCorpus(corpus, detect).f1);
  });
});

// The Chinese corpus (issue 7): the core reads Chinese without being told.
describe('quality on our Chinese corpus', () => {
  const corpus = loadCorpus(ZH_CORPUS);

  it('is a real corpus: 150+ lines, 40%+ innocent, ids unique', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(150);
    expect(corpus.filter((l) => l.euphemisms.length === 0).length / corpus.length).toBeGreaterThanOrEqual(0.4);
    expect(new Set(corpus.map((l) => l.id)).size).toBe(corpus.length);
  });

  it('reaches F1 >= 0.90 with precision >= 0.95', () => {
    const m = scoreCorpus(corpus, detect);
    expect(m.precision).toBeGreaterThanOrEqual(0.95);
    expect(m.f1).toBeGreaterThanOrEqual(0.9);
  });
});

const pets = loadPets();
describe.skipIf(!pets)('quality on the public PETs data (../shared/corpora)', () => {
  it('reaches in-scope F1 >= 0.80', () => {
    expect(scorePets(pets!, detect).f1).toBeGreaterThanOrEqual(0.8);
  });

  it('doublespeak/nlp reaches in-scope F1 >= 0.85 and beats the core', () => {
    const withNlp = scorePets(pets!, nlp).f1;
    expect(withNlp).toBeGreaterThanOrEqual(0.85);
    expect(withNlp).toBeGreaterThan(scorePets(pets!, detect).f1);
  });
});
