import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { Ignore } from 'ignore';
import { CliError, oneLine } from './errors.js';

export const IGNORE_NAME = '.doublespeakignore';

type IgnoreFactory = () => Ignore;

interface IgnoreFile {
  directory: string;
  matcher: Ignore;
}

/**
 * `.doublespeakignore` in gitignore syntax: the nearest one from a file's directory upward
 * applies, its patterns relative to its own directory.
 */
export class IgnoreFinder {
  private readonly byDirectory = new Map<string, IgnoreFile | undefined>();
  private ignore: IgnoreFactory | undefined;

  constructor(private readonly display: (path: string) => string) {}

  /** Whether `file` (absolute) is listed in its `.doublespeakignore`. */
  async ignores(file: string): Promise<boolean> {
    const found = await this.forDirectory(dirname(file));
    if (!found) return false;
    const path = relative(found.directory, file).split(sep).join('/');
    return path !== '' && !path.startsWith('../') && found.matcher.ignores(path);
  }

  private async forDirectory(directory: string): Promise<IgnoreFile | undefined> {
    if (this.byDirectory.has(directory)) return this.byDirectory.get(directory);
    let found: IgnoreFile | undefined;
    const path = join(directory, IGNORE_NAME);
    if (existsSync(path)) {
      let text: string;
      try {
        text = readFileSync(path, 'utf8');
      } catch (error) {
        throw new CliError(`${this.display(path)}: cannot read ignore file: ${oneLine(error)}`);
      }
      this.ignore ??= (await import('ignore')).default as unknown as IgnoreFactory;
      found = { directory, matcher: this.ignore().add(text) };
    } else {
      const parent = dirname(directory);
      found = parent === directory ? undefined : await this.forDirectory(parent);
    }
    this.byDirectory.set(directory, found);
    return found;
  }
}
