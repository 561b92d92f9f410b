import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, cli, CLI, fixture, IMPACTED, locations, noStack, RIF } from './helpers.js';

let cwd: string;
beforeAll(async () => {
  await buildCli();
  cwd = fixture({ 'a.txt': `${IMPACTED}\n`, '.doublespeakrc': '{ "nlp": true }', 'plain/b.txt': `${RIF}\n`, 'plain/.doublespeakrc': '{}' });
}, 120_000);
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

const version = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')).version;

describe('help and version', () => {
  it('--help prints usage, options and exit codes, and exits 0', () => {
    for (const flag of ['--help', '-h']) {
      const { code, stdout, stderr } = cli([flag], { cwd });
      expect(code).toBe(0);
      expect(stderr).toBe('');
      expect(stdout).toMatch(/^Usage: doublespeak \[options\]/);
      for (const option of ['--format', '--why', '--quiet', '--stdin', '--stdin-filename', '--allow', '--min-score', '--category', '--nlp', '--config']) {
        expect(stdout).toContain(option);
      }
      expect(stdout).toContain('Exit codes: 0 no findings, 1 findings, 2 usage, config or I/O error.');
    }
  });

  it('--version prints the package version', () => {
    expect(cli(['--version'], { cwd })).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    expect(cli(['-v'], { cwd }).stdout).toBe(`${version}\n`);
  });
});

describe('usage errors exit 2 with one line', () => {
  const cases: Array<[string[], string]> = [
    [['--bogus'], "doublespeak: unknown option '--bogus' (see 'doublespeak --help')"],
    [['-x'], "doublespeak: unknown option '-x' (see 'doublespeak --help')"],
    [['--format', 'xml'], "doublespeak: --format must be one of stylish, json, sarif, github, got 'xml' (see 'doublespeak --help')"],
    [['--format'], "doublespeak: Option '-f, --format <value>' argument missing"],
    [['--min-score', '1.5'], "doublespeak: --min-score must be a number from 0 to 1, got '1.5' (see 'doublespeak --help')"],
    [['--min-score', 'high'], "doublespeak: --min-score must be a number from 0 to 1, got 'high' (see 'doublespeak --help')"],
    [['--category', 'layoffs'], "doublespeak: --category must be among spin, separation, reduction, restructuring, impact, got 'layoffs' (see 'doublespeak --help')"],
    [['--stdin', 'a.txt'], "doublespeak: --stdin reads standard input: do not name files too (got 'a.txt') (see 'doublespeak --help')"],
    [['--stdin-filename', 'a.md', 'a.txt'], "doublespeak: --stdin-filename needs --stdin (see 'doublespeak --help')"],
    [['--nlp', '--no-nlp'], "doublespeak: --nlp and --no-nlp cannot be used together (see 'doublespeak --help')"],
    [['--config', 'x.json', '--no-config'], "doublespeak: --config and --no-config cannot be used together (see 'doublespeak --help')"],
  ];
  for (const [args, message] of cases) {
    it(args.join(' '), () => {
      const { code, stdout, stderr } = cli(args, { cwd });
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toBe(`${message}\n`);
      expect(noStack(stderr)).toBe(true);
    });
  }
});

describe('--nlp', () => {
  const nlpBuilt = () => existsSync(join(dirname(CLI), 'nlp.js'));

  it('never loads doublespeak/nlp unless asked: the built CLI imports it dynamically only', () => {
    const source = readFileSync(CLI, 'utf8');
    expect(source).toMatch(/await import\("\.\/nlp\.js"\)/);
    expect(source).not.toMatch(/^import[^;]*(nlp|wink)/m);
    expect(cli(['--no-nlp', 'a.txt'], { cwd }).code).toBe(1);
  });

  it('uses doublespeak/nlp with --nlp or "nlp": true in the config, or says it is not available', () => {
    for (const args of [['--nlp', '-f', 'json', 'plain/b.txt'], ['-f', 'json', 'a.txt']]) {
      const { code, stdout, stderr } = cli(args, { cwd });
      if (nlpBuilt()) {
        expect(stderr).toBe('');
        expect(code).toBe(1);
        expect(locations(stdout)).toHaveLength(1);
      } else {
        expect(code).toBe(2);
        expect(stderr).toMatch(/^doublespeak: doublespeak\/nlp is not available \(.+\)\n$/);
        expect(noStack(stderr)).toBe(true);
      }
    }
  });

  it('exits 2 with a one-line message when doublespeak/nlp is not there', () => {
    // The CLI bundles everything else, so a copy of it without nlp.js beside it runs anywhere.
    const alone = mkdtempSync(join(tmpdir(), 'doublespeak-no-nlp-'));
    try {
      cpSync(CLI, join(alone, 'cli.js'));
      cpSync(join(dirname(CLI), 'cli'), join(alone, 'cli'), { recursive: true });
      const run = (args: string[]) => spawnSync(process.execPath, [join(alone, 'cli.js'), ...args], { cwd, encoding: 'utf8' });
      const withNlp = run(['--nlp', 'plain/b.txt']);
      expect(withNlp.status).toBe(2);
      expect(withNlp.stdout).toBe('');
      expect(withNlp.stderr).toMatch(/^doublespeak: doublespeak\/nlp is not available \(.+\)\n$/);
      expect(noStack(withNlp.stderr)).toBe(true);
      // Without --nlp nothing tries to load it.
      expect(run(['plain/b.txt']).status).toBe(1);
    } finally {
      rmSync(alone, { recursive: true, force: true });
    }
  });
});
