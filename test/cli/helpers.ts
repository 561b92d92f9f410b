import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { build } from 'tsup';
import { afterAll, beforeAll, expect, vi } from 'vitest';

// Each test spawns the CLI a few times; on a loaded 2-core machine one spawn can take a second.
vi.setConfig({ testTimeout: 30_000 });

const root = join(import.meta.dirname, '..', '..');
/**
 * The tests build the package (as `npm run build` does, without types) under here, not in dist/:
 * one directory per state of the sources, so a build never replaces files a running test uses.
 */
const CACHE = join(root, 'node_modules', '.cache', 'doublespeak-cli-test');
/** The built `doublespeak` binary, once {@link buildCli} has run. */
export let CLI = '';

/** Sentences the core flags with no context needed, and one it leaves alone. */
export const IMPACTED = 'Impacted employees will receive severance.'; // impacted-employees, column 1
export const RIF = 'We are undergoing a reduction in force.'; // reduction-in-force, column 21
export const RIGHTSIZING = 'The company is rightsizing the sales team.'; // rightsizing, column 16
export const CLEAN = 'The quarterly report is attached for your review.';

/** A fingerprint of everything the build reads, so an unchanged tree is not built twice. */
function sourceStamp(): string {
  const hash = createHash('sha256');
  const files = ['tsup.config.ts', 'package.json'];
  for (const entry of readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.push(join(entry.parentPath, entry.name).slice(root.length + 1));
  }
  for (const file of files.sort()) {
    const stats = statSync(join(root, file), { throwIfNoEntry: false });
    if (stats) hash.update(`${file}:${stats.size}:${stats.mtimeMs}\n`);
  }
  return hash.digest('hex');
}

/**
 * Builds the package once for all test files (they run in parallel workers): with the real
 * tsup config, under a lock, and only when the sources changed since the last build.
 */
export async function buildCli(): Promise<string> {
  const stamp = sourceStamp().slice(0, 16);
  const dir = join(CACHE, stamp);
  const done = join(dir, '.done');
  const lock = join(CACHE, `${stamp}.lock`);
  mkdirSync(CACHE, { recursive: true });
  for (;;) {
    if (existsSync(done)) return (CLI = join(dir, 'cli.js'));
    try {
      mkdirSync(lock);
      break;
    } catch {
      // Another worker is building; a lock older than two minutes is left over from a killed run.
      const since = statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
      if (Date.now() - since > 120_000) rmSync(lock, { recursive: true, force: true });
      await sleep(100);
    }
  }
  try {
    if (!existsSync(done)) {
      rmSync(dir, { recursive: true, force: true });
      const { default: configs } = (await import('../../tsup.config.js')) as { default: import('tsup').Options[] };
      for (const config of configs) {
        await build({ ...config, config: false, outDir: dir, dts: false, sourcemap: false, clean: false, silent: true });
      }
      writeFileSync(done, '');
      // Builds of older sources, unused for an hour, go.
      for (const old of readdirSync(CACHE)) {
        const path = join(CACHE, old);
        if (old !== stamp && Date.now() - statSync(path).mtimeMs > 3_600_000) rmSync(path, { recursive: true, force: true });
      }
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
  return (CLI = join(dir, 'cli.js'));
}

export interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built `doublespeak` in `cwd`, as a user's shell would. */
export function cli(
  args: string[],
  options: { cwd: string; input?: string | Buffer; env?: Record<string, string>; uid?: number; gid?: number },
): Result {
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  for (const name of ['FORCE_COLOR', 'NO_COLOR', 'DOUBLESPEAK_DEBUG']) if (!(options.env && name in options.env)) delete env[name];
  if (!CLI) throw new Error('call buildCli() in beforeAll first');
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd,
    input: options.input ?? '',
    env,
    encoding: 'utf8',
    timeout: 30_000,
    ...(options.uid !== undefined ? { uid: options.uid, gid: options.gid ?? options.uid } : {}),
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh directory under the system's temp directory holding `files` (path → content). */
export function fixture(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'doublespeak-cli-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/**
 * For a test file that makes many fixture directories: the function returned is `fixture`, and
 * every directory it made is removed after the file's tests.
 */
export function fixtures(): (files: Record<string, string | Buffer>) => string {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  return (files) => {
    const dir = fixture(files);
    dirs.push(dir);
    return dir;
  };
}

/** The findings of a `--format json` run, as `path line:column rule-id` strings. */
export function locations(stdout: string): string[] {
  const files = JSON.parse(stdout) as Array<{ filePath: string; findings: Array<{ line: number; column: number; ruleId: string }> }>;
  return files.flatMap((file) => file.findings.map((f) => `${file.filePath} ${f.line}:${f.column} ${f.ruleId}`));
}

/** No line of stderr looks like a stack trace. */
export function noStack(stderr: string): boolean {
  return !/^\s+at /m.test(stderr) && !stderr.includes('node:internal');
}

/**
 * For a test file that lints text through `--stdin`: builds the CLI and makes an empty working
 * directory before its tests (removed after them), and returns `lint`, which gives the
 * `line:column rule-id` of each finding in `source` read as the file `name`.
 */
export function stdinLinter() {
  const dir = { cwd: '' };
  beforeAll(async () => {
    await buildCli();
    dir.cwd = fixture({});
  }, 120_000);
  afterAll(() => rmSync(dir.cwd, { recursive: true, force: true }));
  const lint = (source: string, name: string, extra: string[] = []) => {
    const { code, stdout, stderr } = cli(['--stdin', '--stdin-filename', name, '-f', 'json', ...extra], { cwd: dir.cwd, input: source });
    expect(stderr).toBe('');
    expect(code).toBeLessThan(2);
    return locations(stdout).map((l) => l.slice(name.length + 1));
  };
  return { dir, lint };
}
