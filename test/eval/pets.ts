import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { metrics, overlaps, type Metrics } from './metrics.js';
import type { DetectFn } from './corpus.js';

/** The public PETs rows (../shared/corpora); absent for anyone who cloned the repo alone. */
export const PETS_FILE = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpora', 'pets-employment.jsonl');

interface PetsRow {
  id: number;
  text: string;
  term: string;
  pet: string;
  start: number;
  end: number;
  label: 0 | 1;
  in_scope: boolean;
}

export function loadPets(file = PETS_FILE): PetsRow[] | undefined {
  if (!existsSync(file)) return undefined;
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as PetsRow);
}

/**
 * The README's scoring: on in-scope rows, the detector says "euphemism" when one of its spans
 * overlaps the term; precision, recall and F1 over label 1.
 */
export function scorePets(rows: PetsRow[], detect: DetectFn): Metrics & { rows: number; byPet: Record<string, Metrics> } {
  const inScope = rows.filter((r) => r.in_scope);
  const counts = new Map<string, [number, number, number]>();
  const total: [number, number, number] = [0, 0, 0];
  for (const row of inScope) {
    const said = detect(row.text).spans.some((s) => overlaps(s, row));
    if (!said && row.label === 0) continue;
    // 0: true positive, 1: false positive, 2: false negative
    const slot = said ? (row.label === 1 ? 0 : 1) : 2;
    const pet = row.pet.toLowerCase();
    const c = counts.get(pet) ?? [0, 0, 0];
    c[slot]++;
    total[slot]++;
    counts.set(pet, c);
  }
  const byPet = Object.fromEntries([...counts].map(([pet, c]) => [pet, metrics(...c)]));
  return { ...metrics(...total), rows: inScope.length, byPet };
}
