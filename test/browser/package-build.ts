// Shared by the browser tests: they bundle the package's built dist/, so they build it first when
// it is missing or older than the sources (CI runs `npm test` before `npm run build`). Test files
// run in parallel, so the build is guarded by a lock directory and happens once.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

export const root = join(import.meta.dirname, '..', '..');

function newestMtime(path: string): number {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** The files package.json "exports" points at (every condition), relative to the root. */
function exportTargets(): string[] {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports?: unknown };
  const targets = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      if (value.startsWith('./dist/')) targets.add(value);
    } else if (value && typeof value === 'object') {
      Object.values(value).forEach(walk);
    }
  };
  walk(pkg.exports);
  return [...targets];
}

/** Whether dist/ has every exported file, each newer than every source file. */
export function distIsFresh(): boolean {
  const sources = Math.max(
    newestMtime(join(root, 'src')),
    newestMtime(join(root, 'package.json')),
    newestMtime(join(root, 'tsup.config.ts')),
  );
  const targets = exportTargets();
  return targets.length > 0 && targets.every((t) => existsSync(join(root, t)) && statSync(join(root, t)).mtimeMs >= sources);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs `npm run build` unless dist/ is fresh; once, however many test files ask at the same time. */
export async function ensurePackageBuilt(): Promise<void> {
  const lockParent = join(root, 'node_modules', '.cache');
  const lock = join(lockParent, 'doublespeak-browser-tests-build.lock');
  mkdirSync(lockParent, { recursive: true });
  const deadline = Date.now() + 240_000;
  for (;;) {
    if (distIsFresh()) return;
    try {
      mkdirSync(lock);
    } catch {
      // Another test file is building. A lock left by a killed run goes stale after 5 minutes.
      const since = statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
      if (Date.now() - since > 300_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${lock}`);
      await sleep(250);
      continue;
    }
    try {
      if (!distIsFresh()) await promisify(execFile)('npm', ['run', 'build', '--silent'], { cwd: root, timeout: 240_000, maxBuffer: 16 << 20 });
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
    return;
  }
}
