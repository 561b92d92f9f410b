import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../src/index.js';

// The news articles that started the project live outside the repo, in ../shared/seeds.
const dir = join(import.meta.dirname, '..', '..', 'shared', 'seeds');
const present = existsSync(dir);
const articles = present ? readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8')).join('\n\n') : '';

describe.skipIf(!present)('the seed articles', () => {
  const found = detect(articles).spans.map((s) => s.text);

  it.each([
    ['"graduation" from the company', /^graduation$/i],
    ['graduated from JD.com', /^graduated( from)?$/i],
    ['Happy graduation', /^happy graduation$/i],
    ['upgraded, or downgraded, to customers', /^upgraded, or downgraded, to customers$/],
    ['fat-trimming mode', /^fat-trimming( mode)?$/],
    ['offloading ... workers', /^offloading more than 40,000 workers$/],
  ])('finds %s', (_what, pattern) => {
    expect(found.filter((t) => pattern.test(t)), found.join(' | ')).not.toEqual([]);
  });
});
