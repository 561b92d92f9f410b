import { parseArgs } from 'node:util';
import { CATEGORIES, type Category } from '../index.js';
import { CliError } from './errors.js';

export const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
export type ReporterName = (typeof FORMATS)[number];

export interface CliOptions {
  targets: string[];
  format: ReporterName;
  why: boolean;
  quiet: boolean;
  stdin: boolean;
  stdinFilename: string | undefined;
  /** Settings from flags: each one given replaces the config's. */
  allow: string[] | undefined;
  minScore: number | undefined;
  categories: Category[] | undefined;
  nlp: boolean | undefined;
  config: string | false | undefined;
  color: boolean | undefined;
  help: boolean;
  version: boolean;
}

export const HELP = `Usage: doublespeak [options] [file | directory | glob ...]

Find layoff euphemisms ("let go", "rightsizing", "impacted employees") in Markdown, HTML and
text files. Directories are searched for .md, .markdown, .mdx, .html, .htm, .txt and .text
files, skipping node_modules, .git and what .doublespeakignore lists. No argument: the
current directory.

Options:
  -f, --format <name>        stylish (default), json, sarif or github
      --why                  add each finding's note, score and the reasons for the score
  -q, --quiet                print findings only: no summary, no notices
      --stdin                lint standard input instead of files
      --stdin-filename <p>   the name standard input is reported as; its extension picks
                             the format (Markdown, HTML or text) and its folder the config
      --allow <ids>          rule ids or phrases to ignore, comma-separated (repeatable)
      --min-score <n>        report findings scoring at least n (0..1; default 0.5)
      --category <names>     only these categories, comma-separated (repeatable):
                             ${CATEGORIES.join(', ')}
      --nlp                  use doublespeak/nlp (lemmas, parts of speech); --no-nlp: the core
  -c, --config <file>        use this config file for every file; --no-config: none
      --color, --no-color    force colours on or off (default: on for a terminal)
  -h, --help                 show this help
  -v, --version              show the version

Config: .doublespeakrc, .doublespeakrc.json or a "doublespeak" key in package.json, the
nearest one upward from each file: { "allow", "minScore", "categories", "rules", "nlp" }.

Exit codes: 0 no findings, 1 findings, 2 usage, config or I/O error.`;

const list = (values: string[] | undefined) =>
  values?.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);

/** Reads the command line; throws a CliError (exit 2) for anything it cannot use. */
export function parseCli(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        why: { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
        stdin: { type: 'boolean' },
        'stdin-filename': { type: 'string' },
        allow: { type: 'string', multiple: true },
        'min-score': { type: 'string' },
        category: { type: 'string', multiple: true },
        nlp: { type: 'boolean' },
        'no-nlp': { type: 'boolean' },
        config: { type: 'string', short: 'c' },
        'no-config': { type: 'boolean' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const option = /'([^']+)'/.exec(message)?.[1];
      throw new CliError(`unknown option ${option ? `'${option}'` : ''}`.trim());
    }
    throw new CliError(message.split('. ')[0]!.replace(/\.$/, ''));
  }
  const { values, positionals } = parsed;
  const format = values.format ?? 'stylish';
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new CliError(`--format must be one of ${FORMATS.join(', ')}, got '${format}'`);
  }
  let minScore: number | undefined;
  if (values['min-score'] !== undefined) {
    minScore = Number(values['min-score']);
    if (values['min-score'].trim() === '' || !(minScore >= 0 && minScore <= 1)) {
      throw new CliError(`--min-score must be a number from 0 to 1, got '${values['min-score']}'`);
    }
  }
  const categories = list(values.category);
  for (const category of categories ?? []) {
    if (!CATEGORIES.includes(category as Category)) {
      throw new CliError(`--category must be among ${CATEGORIES.join(', ')}, got '${category}'`);
    }
  }
  const both = (a: string, b: string) => {
    if (values[a as keyof typeof values] && values[b as keyof typeof values]) throw new CliError(`--${a} and --${b} cannot be used together`);
  };
  both('nlp', 'no-nlp');
  both('config', 'no-config');
  both('color', 'no-color');
  if (values.stdin && positionals.length > 0) {
    throw new CliError(`--stdin reads standard input: do not name files too (got '${positionals[0]}')`);
  }
  if (values['stdin-filename'] !== undefined && !values.stdin) throw new CliError('--stdin-filename needs --stdin');
  return {
    targets: positionals,
    format: format as ReporterName,
    why: values.why ?? false,
    quiet: values.quiet ?? false,
    stdin: values.stdin ?? false,
    stdinFilename: values['stdin-filename'],
    allow: list(values.allow),
    minScore,
    categories: categories as Category[] | undefined,
    nlp: values.nlp ? true : values['no-nlp'] ? false : undefined,
    config: values['no-config'] ? false : values.config,
    color: values.color ? true : values['no-color'] ? false : undefined,
    help: values.help ?? false,
    version: values.version ?? false,
  };
}
