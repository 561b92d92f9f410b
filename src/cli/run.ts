import { dirname, relative, resolve, sep } from 'node:path';
import { lexiconDocs } from '../docs.js';
import { detect as coreDetect, type DetectOptions } from '../index.js';
import { HELP, parseCli, type CliOptions } from './args.js';
import { ConfigFinder, type Config, type Settings } from './config.js';
import { discover } from './discover.js';
import { CliError, oneLine } from './errors.js';
import { formatOf, type Format } from './extract.js';
import { IGNORE_NAME } from './ignore-file.js';
import { lintSource, type Detect } from './lint.js';
import { loadNlpDetect } from './nlp.js';
import { decodeSource, readSource, type Source } from './read-source.js';
import { REPORTERS, type FileReport } from './reporters/index.js';
import { VERSION } from './version.js';
import { memoize } from '../memoize.js';

/** What the CLI needs of its process, so that it can be run in tests too. */
export interface Io {
  cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(): Promise<Uint8Array>;
  /** Colours unless a flag says otherwise (a terminal, no NO_COLOR). */
  color: boolean;
}

interface Input {
  /** As shown in reports. */
  path: string;
  /** Where its config is looked for. */
  directory: string;
  format: Format;
  /** Its text, read only when its turn comes. */
  read: () => Source;
  config?: Config | undefined;
}

/** Runs the `doublespeak` command; resolves to its exit code (0 clean, 1 findings, 2 errors). */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  try {
    return await lint(parseCli(argv), io);
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    const usage = error.message.startsWith('--') || error.message.startsWith('unknown option');
    io.stderr(`doublespeak: ${error.message}${usage ? " (see 'doublespeak --help')" : ''}\n`);
    return error.exitCode;
  }
}

async function lint(options: CliOptions, io: Io): Promise<number> {
  if (options.help) {
    io.stdout(`${HELP}\n`);
    return 0;
  }
  if (options.version) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const display = (path: string) => relative(io.cwd, path).split(sep).join('/') || '.';
  const errors: string[] = [];
  const inputs: Input[] = [];

  if (options.stdin) {
    const name = options.stdinFilename;
    const path = resolve(io.cwd, name ?? 'stdin');
    const source = decodeSource(await io.readStdin());
    inputs.push({
      path: name ? display(path) : '<stdin>',
      directory: dirname(path),
      format: name ? formatOf(name) : 'text',
      read: () => source,
    });
  } else {
    const found = await discover(options.targets.length > 0 ? options.targets : ['.'], io.cwd, display);
    errors.push(...found.errors);
    if (!options.quiet) for (const path of found.ignored) io.stderr(`doublespeak: ${path}: listed in ${IGNORE_NAME}, skipped\n`);
    for (const file of found.files) {
      inputs.push({ path: display(file), directory: dirname(file), format: formatOf(file), read: () => readSource(file) });
    }
  }

  // Every config is read and checked before anything is linted: a bad one stops the run.
  const configs = new ConfigFinder(display, options.config === false ? 'none' : options.config ? { path: resolve(io.cwd, options.config) } : 'search');
  for (const input of inputs) input.config = configs.forDirectory(input.directory);
  // One set of settings per config file, and one for files with none.
  const settingsFrom = memoize((config: Config) => settingsFor(config === NO_CONFIG ? undefined : config, options));
  const settingsOf = (config: Config | undefined) => settingsFrom(config ?? NO_CONFIG);
  const nlpDetect = inputs.some((input) => settingsOf(input.config).nlp) ? await loadNlpDetect() : undefined;

  const reports: FileReport[] = [];
  for (const input of inputs) {
    const source = input.read();
    if ('error' in source) {
      errors.push(`${input.path}: ${source.error}`);
      continue;
    }
    const { detectOptions, nlp, noteOf } = settingsOf(input.config);
    const detect: Detect = nlp && nlpDetect ? nlpDetect : coreDetect;
    try {
      const result = await lintSource(source.text, input.format, detect, detectOptions, noteOf);
      reports.push({ path: input.path, format: input.format, ...result });
    } catch (error) {
      // A parse error says where ("3:5: cannot parse MDX: …"); anything else is a bug, said in one line.
      const message = error instanceof CliError ? error.message : `cannot lint: ${oneLine(error)}`;
      errors.push(`${input.path}:${/^\d/.test(message) ? '' : ' '}${message}`);
    }
  }

  const reporter = REPORTERS[options.format]!;
  const report = reporter(reports, {
    why: options.why,
    quiet: options.quiet,
    color: options.color ?? io.color,
    failed: errors.length,
    version: VERSION,
  });
  if (report) io.stdout(report);
  for (const error of errors) io.stderr(`doublespeak: ${error}\n`);
  if (errors.length > 0) return 2;
  return reports.some((r) => r.findings.length > 0) ? 1 : 0;
}

interface Effective {
  detectOptions: DetectOptions;
  nlp: boolean;
  noteOf: (ruleId: string) => string;
}

/** The config's settings with the flags' on top, as detect() options. */
function settingsFor(config: Config | undefined, options: CliOptions): Effective {
  const flags: Settings = {};
  if (options.allow) flags.allow = options.allow;
  if (options.minScore !== undefined) flags.minScore = options.minScore;
  if (options.categories) flags.categories = options.categories;
  if (options.nlp !== undefined) flags.nlp = options.nlp;
  const { nlp = false, notes, ...detectOptions } = { ...config?.settings, ...flags };
  const noteOf = (ruleId: string) => notes?.get(ruleId) ?? lexiconDocs[ruleId]?.note ?? '';
  return { detectOptions, nlp, noteOf };
}

const NO_CONFIG: Config = { path: '', settings: {} };
