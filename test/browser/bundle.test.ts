// Bundle guarantees, measured from the built dist/ through package.json "exports", as a user's
// bundler sees the package. `npm run size` prints the same table.
import { builtinModules } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { CORE_GZIP_LIMIT, CORE_GZIP_RATCHET, exportsNlp, formatRow, kb, measure, type SizeRow } from '../../bench/size.js';
import { ensurePackageBuilt } from './package-build.js';

const nodeBuiltins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
const fromDist = (inputs: string[], file: string) => inputs.some((i) => i.replace(/\\/g, '/').endsWith(`dist/${file}`));

describe('browser bundles', () => {
  beforeAll(ensurePackageBuilt, 300_000);

  const rows: Partial<Record<string, SizeRow>> = {};
  const measured = async (name: Parameters<typeof measure>[0]) => {
    const row = (rows[name] ??= await measure(name));
    console.log(formatRow(row));
    return row;
  };

  // KNOWN GAP: the 20 KB budget (issues 2, 5 and 7) is not met: 22.2 KB on 2026-11-22 (18.2 KB without Chinese). `it.fails`
  // keeps it visible: vitest fails this test the day the bundle fits, to be turned into `it`.
  it.fails(`core: import { detect } from 'doublespeak' is at most ${kb(CORE_GZIP_LIMIT)} minified and gzipped (known gap, not met yet)`, async () => {
    const core = await measured('core');
    expect(core.gzip, `core bundle is ${core.gzip} bytes gzipped (${kb(core.gzip)}), over the ${kb(CORE_GZIP_LIMIT)} budget`).toBeLessThanOrEqual(CORE_GZIP_LIMIT);
  });

  it(`core: is built from dist/ and does not grow past ${CORE_GZIP_RATCHET} bytes gzipped while it is over budget`, async () => {
    const core = await measured('core');
    expect(fromDist(core.inputs, 'index.js'), core.inputs.join(', ')).toBe(true);
    expect(core.gzip, `core bundle is ${core.gzip} bytes gzipped`).toBeLessThanOrEqual(CORE_GZIP_RATCHET);
  });

  it('core: contains nothing of wink', async () => {
    const core = await measured('core');
    expect(core.inputs.filter((i) => /wink/i.test(i))).toEqual([]);
    expect(core.text).not.toMatch(/wink/i);
  });

  it('core: uses no Node built-ins (bundles with platform=neutral, nothing left to import)', async () => {
    // With platform=neutral esbuild knows no built-ins: `node:fs` or `fs` would fail to resolve.
    const neutral = await measured('coreNeutral');
    expect(neutral.inputs.filter((i) => nodeBuiltins.has(i))).toEqual([]);
    expect(neutral.text).not.toMatch(/\bimport\s*[^;(]*from\s*["']|\bimport\s*\(|\brequire\s*\(/);
  });

  it("core: a bare import 'doublespeak' bundles to nothing (sideEffects: false, nothing runs at import time)", async () => {
    const bare = await measured('bareImport');
    expect(bare.text.trim()).toBe('');
  });

  it('importing only CATEGORIES leaves the detector out (tree-shaking; the lexicon data still comes along)', async () => {
    const categories = await measured('categoriesOnly');
    // Strings of the matcher and of the cue lists: code that runs at module level, unmarked,
    // would keep them in (as an unmarked memoize() call once did: 13.0 -> 16.8 KB).
    expect(categories.text).not.toContain('is already claimed by rule');
    expect(categories.text).not.toContain('with no context');
  });

  it.skipIf(!exportsNlp())("nlp: import { detect } from 'doublespeak/nlp' bundles for the browser, with wink-nlp and no Node built-ins", async () => {
    const nlp = await measured('nlp');
    expect(nlp.inputs.some((i) => /wink-nlp/.test(i)), nlp.inputs.join(', ')).toBe(true);
    expect(nlp.inputs.filter((i) => nodeBuiltins.has(i))).toEqual([]);
  });
});
