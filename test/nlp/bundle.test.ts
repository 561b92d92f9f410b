import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleSize } from '../../bench/bundle-size.js';

const root = join(import.meta.dirname, '..', '..');
const wink = (inputs: string[]) => inputs.filter((file) => /(^|[\\/])wink-/.test(file));

// The core entry must never pull in wink-nlp or its model: the import graph runs
// lexicon -> match -> context -> report -> entries, and only src/nlp/ imports wink.
describe('bundles', () => {
  it("`import { detect } from './src/index.ts'` has no wink module in it", async () => {
    const core = await bundleSize("import { detect } from './src/index.ts'; console.log(detect);", root);
    expect(core.inputs.length).toBeGreaterThan(5);
    expect(wink(core.inputs)).toEqual([]);
    expect(core.text).not.toMatch(/wink/i);
  });

  it('the nlp entry does bundle wink (so the check above can fail)', async () => {
    const nlp = await bundleSize("import { detect } from './src/nlp/index.ts'; console.log(detect);", root);
    expect(wink(nlp.inputs).some((file) => file.includes('wink-nlp'))).toBe(true);
    expect(wink(nlp.inputs).some((file) => file.includes('wink-eng-lite-web-model'))).toBe(true);
  });
});
