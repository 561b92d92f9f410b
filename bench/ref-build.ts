/**
 * A git ref's `detect`, next to the working tree's: the ref is checked out into a temporary git
 * worktree and each source tree's entry is bundled to one file with esbuild (dependencies from
 * this checkout). For the "same results?" and "how much faster?" checks of a change.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

export const root = join(import.meta.dirname, '..');

export type Entry = 'core' | 'nlp';

export interface RefBuild {
  /** The bundle of `ref`'s source tree (an ES module exporting `detect`). */
  before: string;
  /** The bundle of the working tree. */
  after: string;
  /** Removes the worktree and the bundles. */
  remove(): void;
}

export async function buildRef(ref: string, entry: Entry): Promise<RefBuild> {
  const work = mkdtempSync(join(tmpdir(), 'doublespeak-ref-'));
  const checkout = join(work, 'ref');
  const remove = () => {
    execFileSync('git', ['worktree', 'remove', '--force', checkout], { cwd: root, stdio: 'ignore' });
    rmSync(work, { recursive: true, force: true });
  };
  execFileSync('git', ['worktree', 'add', '--detach', checkout, ref], { cwd: root, stdio: 'ignore' });
  const bundle = async (dir: string, out: string) => {
    await build({
      entryPoints: [join(dir, entry === 'nlp' ? 'src/nlp/index.ts' : 'src/index.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: out,
      nodePaths: [join(root, 'node_modules')],
      logLevel: 'error',
    });
    return out;
  };
  try {
    return { before: await bundle(checkout, join(work, 'before.mjs')), after: await bundle(root, join(work, 'after.mjs')), remove };
  } catch (error) {
    remove();
    throw error;
  }
}
