import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { oneLine } from './errors.js';
import { LINTED_EXTENSIONS } from './extract.js';
import { IGNORE_NAME, IgnoreFinder } from './ignore-file.js';

/** Never searched: what a directory or glob finds inside these is left out. */
const SKIPPED_DIRECTORIES = ['**/node_modules/**', '**/.git/**'];

export interface Discovery {
  /** Absolute paths, in the order of the arguments, each once. */
  files: string[];
  /** One-line problems (exit code 2): a missing file, an empty directory, a glob matching nothing. */
  errors: string[];
  /** Files named on the command line that `.doublespeakignore` lists: skipped, with a notice. */
  ignored: string[];
}

/**
 * Turns the command line's files, directories and globs into the files to lint. Directories
 * are searched for Markdown, HTML and text files; a file named outright is linted whatever its
 * extension; `node_modules`, `.git` and what `.doublespeakignore` lists are left out.
 */
export async function discover(targets: readonly string[], cwd: string, display: (path: string) => string): Promise<Discovery> {
  const result: Discovery = { files: [], errors: [], ignored: [] };
  const seen = new Set<string>();
  const ignores = new IgnoreFinder(display);
  const add = (file: string) => {
    if (!seen.has(file)) {
      seen.add(file);
      result.files.push(file);
    }
  };
  const keep = async (found: string[]) => {
    const kept: string[] = [];
    for (const file of found.sort()) if (!(await ignores.ignores(file))) kept.push(file);
    return kept;
  };
  for (const target of targets) {
    const path = resolve(cwd, target);
    let stats;
    try {
      stats = statSync(path, { throwIfNoEntry: false });
    } catch (error) {
      result.errors.push(`${target}: ${describe(error)}`);
      continue;
    }
    if (stats?.isDirectory()) {
      const { glob } = await import('tinyglobby');
      const found = await glob(`**/*.{${LINTED_EXTENSIONS.join(',')}}`, {
        cwd: path,
        absolute: true,
        dot: true,
        caseSensitiveMatch: false,
        ignore: SKIPPED_DIRECTORIES,
      });
      const kept = await keep(found);
      if (kept.length === 0) {
        const why =
          found.length > 0 ? `${files(found.length)}, all listed in ${IGNORE_NAME}` : `no ${LINTED_EXTENSIONS.map((e) => `.${e}`).join(', ')} files`;
        result.errors.push(`${target}: nothing to lint (${why})`);
      }
      kept.forEach(add);
    } else if (stats && !stats.isFile()) {
      result.errors.push(`${target}: not a regular file`);
    } else if (stats) {
      if (await ignores.ignores(path)) result.ignored.push(display(path));
      else add(path);
    } else {
      const { glob, isDynamicPattern } = await import('tinyglobby');
      if (!isDynamicPattern(target)) {
        result.errors.push(`${target}: no such file or directory`);
        continue;
      }
      const found = await glob(target, { cwd, absolute: true, expandDirectories: false, ignore: SKIPPED_DIRECTORIES });
      const kept = await keep(found);
      if (kept.length === 0) {
        result.errors.push(
          found.length > 0 ? `${target}: ${files(found.length)} matched, all listed in ${IGNORE_NAME}` : `${target}: no files match`,
        );
      }
      kept.forEach(add);
    }
  }
  return result;
}

const files = (n: number) => `${n} file${n === 1 ? '' : 's'}`;

/** A file-system error in a few words: "permission denied", "no such file or directory". */
export function describe(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'not a directory';
    case 'ELOOP':
      return 'too many symbolic links';
    default:
      return oneLine(error);
  }
}
