import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { CATEGORIES, detect, type Category, type Rule } from '../index.js';
import { CliError, oneLine } from './errors.js';

/** What a config file (or the command line) may set. */
export interface Settings {
  allow?: string[];
  minScore?: number;
  categories?: Category[];
  rules?: Rule[];
  nlp?: boolean;
  /** The `note` of each extra rule that has one, by rule id (shown by --why). */
  notes?: ReadonlyMap<string, string>;
}

export interface Config {
  /** The file it came from. */
  path: string;
  settings: Settings;
}

/** Looked for in this order in each directory, from the file's own up to the root. */
export const CONFIG_NAMES = ['.doublespeakrc', '.doublespeakrc.json', 'package.json'] as const;

const FIELDS = new Set(['$schema', 'allow', 'minScore', 'categories', 'rules', 'nlp']);

/**
 * Finds the config of each file: the nearest `.doublespeakrc`, `.doublespeakrc.json` or
 * package.json with a `doublespeak` key, from the file's directory upward. The nearest one
 * wins whole; configs are not merged. Each file is read once.
 */
export class ConfigFinder {
  private readonly byDirectory = new Map<string, Config | undefined>();
  private readonly explicit: Config | undefined;

  /** `mode`: a file given with --config (used for every file), a search, or none (--no-config). */
  constructor(
    private readonly display: (path: string) => string,
    private readonly mode: { path: string } | 'search' | 'none',
  ) {
    if (typeof mode === 'object') this.explicit = this.load(resolve(mode.path), true);
  }

  /** The config for a file in `directory`. Throws a CliError for a bad config file. */
  forDirectory(directory: string): Config | undefined {
    if (this.mode === 'none') return undefined;
    if (this.explicit) return this.explicit;
    if (this.byDirectory.has(directory)) return this.byDirectory.get(directory);
    let found: Config | undefined;
    for (const name of CONFIG_NAMES) {
      const path = join(directory, name);
      if (existsSync(path) && (found = this.load(path, false))) break;
    }
    if (!found) {
      const parent = dirname(directory);
      found = parent === directory ? undefined : this.forDirectory(parent);
    }
    this.byDirectory.set(directory, found);
    return found;
  }

  private load(path: string, required: boolean): Config | undefined {
    const where = this.display(path);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EISDIR' && !required) return undefined;
      throw new CliError(`${where}: cannot read config: ${code === 'ENOENT' ? 'no such file' : oneLine(error)}`);
    }
    const isPackage = basename(path) === 'package.json';
    let data: unknown;
    try {
      data = text.trim() === '' ? {} : JSON.parse(text);
    } catch (error) {
      if (isPackage && !required && !text.includes('"doublespeak"')) return undefined;
      throw new CliError(`${where}: invalid JSON: ${oneLine(error)}`);
    }
    if (isPackage) {
      if (typeof data !== 'object' || data === null || !('doublespeak' in data)) {
        if (required) throw new CliError(`${where}: has no "doublespeak" key`);
        return undefined;
      }
      return { path, settings: checkSettings((data as { doublespeak: unknown }).doublespeak, where, 'doublespeak.') };
    }
    return { path, settings: checkSettings(data, where, '') };
  }
}

/**
 * Checks a config object, throwing a CliError that names the file and the field:
 * `.doublespeakrc: "minScore" must be a number from 0 to 1, got 2`.
 */
export function checkSettings(data: unknown, where: string, prefix: string): Settings {
  const fail = (field: string, problem: string): never => {
    throw new CliError(`${where}: ${field ? `"${prefix}${field}" ` : prefix ? `"${prefix.slice(0, -1)}" ` : 'config '}${problem}`);
  };
  if (typeof data !== 'object' || data === null || Array.isArray(data)) fail('', 'must be a JSON object');
  const raw = data as Record<string, unknown>;
  for (const key of Object.keys(raw)) {
    if (!FIELDS.has(key)) fail(key, `is not a known field (known: ${[...FIELDS].slice(1).join(', ')})`);
  }
  const settings: Settings = {};
  if (raw.allow !== undefined) {
    if (!Array.isArray(raw.allow)) fail('allow', 'must be an array of rule ids or phrases');
    (raw.allow as unknown[]).forEach((item, i) => {
      if (typeof item !== 'string' || item.trim() === '') fail(`allow[${i}]`, 'must be a non-empty string');
    });
    settings.allow = raw.allow as string[];
  }
  if (raw.minScore !== undefined) {
    if (typeof raw.minScore !== 'number' || !(raw.minScore >= 0 && raw.minScore <= 1)) {
      fail('minScore', `must be a number from 0 to 1, got ${JSON.stringify(raw.minScore)}`);
    }
    settings.minScore = raw.minScore as number;
  }
  if (raw.categories !== undefined) {
    if (!Array.isArray(raw.categories)) fail('categories', `must be an array of ${CATEGORIES.join(', ')}`);
    (raw.categories as unknown[]).forEach((item, i) => {
      if (!CATEGORIES.includes(item as Category)) {
        fail(`categories[${i}]`, `must be one of ${CATEGORIES.join(', ')}, got ${JSON.stringify(item)}`);
      }
    });
    settings.categories = raw.categories as Category[];
  }
  if (raw.nlp !== undefined) {
    if (typeof raw.nlp !== 'boolean') fail('nlp', `must be true or false, got ${JSON.stringify(raw.nlp)}`);
    settings.nlp = raw.nlp as boolean;
  }
  if (raw.rules !== undefined) {
    if (!Array.isArray(raw.rules)) fail('rules', 'must be an array of lexicon entries');
    const notes = new Map<string, string>();
    settings.rules = (raw.rules as unknown[]).map((entry, i) => {
      if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return entry as Rule;
      const { note, examples: _examples, ...rule } = entry as Record<string, unknown>;
      if (note !== undefined && typeof note !== 'string') fail(`rules[${i}].note`, 'must be a string');
      if (typeof note === 'string' && typeof rule.id === 'string') notes.set(rule.id, note);
      // `base` may be left out: you listed the phrase because it is a euphemism in your texts.
      return { base: 0.8, ...rule } as unknown as Rule;
    });
    settings.notes = notes;
    try {
      // The core checks each entry and names the field that is wrong.
      detect('', { rules: settings.rules });
    } catch (error) {
      const message = oneLine(error).replace(/^doublespeak:\s*/, '');
      const m = /^options\.(rules\[\d+\][^:]*): (.*)$/.exec(message);
      if (m) fail(m[1]!, m[2]!);
      fail('rules', `are invalid: ${message}`);
    }
  }
  return settings;
}
