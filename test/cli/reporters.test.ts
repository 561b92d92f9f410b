import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, cli, CLEAN, fixture, IMPACTED, RIF } from './helpers.js';

let cwd: string;
beforeAll(async () => {
  await buildCli();
  cwd = fixture({
    'docs/memo.md': `# Memo\n\n${CLEAN}\n${IMPACTED}\n`,
    'docs/HR letter.txt': `${RIF}\n`,
    'docs/clean.txt': `${CLEAN}\n`,
  });
}, 120_000);
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

describe('--format stylish (default)', () => {
  it('prints each file, then line:column, severity, message and rule id, then a summary', () => {
    const { code, stdout, stderr } = cli(['docs'], { cwd });
    expect(code).toBe(1);
    expect(stderr).toBe('');
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('docs/HR letter.txt');
    expect(lines[1]).toMatch(/^ {2}1:21 {2}warning {2}"reduction in force" means "[^"]+"; write "[^"]+" instead {2}reduction-in-force$/);
    expect(lines[2]).toBe('');
    expect(lines[3]).toBe('docs/memo.md');
    expect(lines[4]).toMatch(/^ {2}4:1 {2}warning {2}"Impacted employees" means "[^"]+"; write "[^"]+" instead {2}impacted-employees$/);
    expect(stdout).toMatch(/\n✖ 2 layoff euphemisms in 2 files \(3 files linted\)\n$/);
    expect(stdout).not.toContain('\u001B[');
  });

  it('--quiet prints only the findings', () => {
    const { code, stdout } = cli(['--quiet', 'docs'], { cwd });
    expect(code).toBe(1);
    expect(stdout).not.toContain('linted');
    expect(stdout.trim().split('\n')).toHaveLength(5);
    expect(cli(['--quiet', 'docs/clean.txt'], { cwd })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('--why adds the note, the score and the reasons behind it', () => {
    const { stdout } = cli(['--why', 'docs/memo.md'], { cwd });
    const lines = stdout.split('\n');
    expect(lines[1]).toContain('impacted-employees');
    expect(lines[2]).toMatch(/^ {16}why: \S.+$/);
    expect(lines[3]).toMatch(/^ {16}score 0\.\d\d: prior: .+$/);
  });

  it('colours with --color or FORCE_COLOR, never with --no-color', () => {
    expect(cli(['--color', 'docs/memo.md'], { cwd }).stdout).toContain('\u001B[33mwarning\u001B[39m');
    expect(cli(['docs/memo.md'], { cwd, env: { FORCE_COLOR: '1' } }).stdout).toContain('\u001B[');
    expect(cli(['--no-color', 'docs/memo.md'], { cwd, env: { FORCE_COLOR: '1' } }).stdout).not.toContain('\u001B[');
  });
});

describe('--format json', () => {
  it('prints one object per file with its findings', () => {
    const { code, stdout } = cli(['-f', 'json', 'docs'], { cwd });
    expect(code).toBe(1);
    const files = JSON.parse(stdout);
    expect(files.map((f: { filePath: string }) => f.filePath)).toEqual(['docs/HR letter.txt', 'docs/clean.txt', 'docs/memo.md']);
    expect(files[1]).toEqual({ filePath: 'docs/clean.txt', format: 'text', score: 0, findings: [] });
    const [finding] = files[2].findings;
    expect(finding).toMatchObject({
      ruleId: 'impacted-employees',
      category: 'impact',
      text: 'Impacted employees',
      line: 4,
      column: 1,
      endLine: 4,
      endColumn: 19,
    });
    expect(finding.message).toMatch(/^"Impacted employees" means /);
    for (const key of ['score', 'meaning', 'suggestions', 'note', 'reasons', 'offset', 'endOffset']) expect(finding).toHaveProperty(key);
    expect(readFileSync(`${cwd}/docs/memo.md`, 'utf8').slice(finding.offset, finding.endOffset)).toBe('Impacted employees');
  });

  it('--quiet leaves out files without findings', () => {
    const files = JSON.parse(cli(['-f', 'json', '-q', 'docs'], { cwd }).stdout);
    expect(files.map((f: { filePath: string }) => f.filePath)).toEqual(['docs/HR letter.txt', 'docs/memo.md']);
  });
});

describe('--format sarif', () => {
  const require = createRequire(import.meta.url);
  // The SARIF 2.1.0 schema is draft-04 JSON Schema; both packages are CommonJS.
  const Ajv = require('ajv-draft-04') as typeof import('ajv-draft-04').default;
  const addFormats = require('ajv-formats') as typeof import('ajv-formats').default;
  const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  // The schema's `language` pattern (`…[a-zA-Z]{2}]?$`) is valid only without the u flag.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));

  it('is valid SARIF 2.1.0 (checked against the schema)', () => {
    for (const args of [['docs'], ['--why', 'docs'], ['docs/clean.txt']]) {
      const { stdout } = cli(['-f', 'sarif', ...args], { cwd });
      const log = JSON.parse(stdout);
      const valid = validate(log);
      expect(validate.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
    }
  });

  it('has what GitHub code scanning needs: rules with help, results with regions and relative URIs', () => {
    const { code, stdout } = cli(['-f', 'sarif', 'docs'], { cwd });
    expect(code).toBe(1);
    const log = JSON.parse(stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const [run] = log.runs;
    expect(run.tool.driver.name).toBe('doublespeak');
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['reduction-in-force', 'impacted-employees']);
    for (const rule of run.tool.driver.rules) {
      expect(rule.shortDescription.text).toBeTruthy();
      expect(rule.help.text).toBeTruthy();
      expect(rule.help.markdown).toBeTruthy();
      expect(rule.defaultConfiguration.level).toBe('warning');
    }
    expect(run.results).toHaveLength(2);
    const [letter, memo] = run.results;
    expect(letter).toMatchObject({
      ruleId: 'reduction-in-force',
      ruleIndex: 0,
      level: 'warning',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'docs/HR%20letter.txt' }, region: { startLine: 1, startColumn: 21, endLine: 1, endColumn: 39 } } }],
    });
    expect(letter.message.text).toMatch(/^"reduction in force" means/);
    expect(memo.ruleIndex).toBe(1);
    expect(memo.locations[0].physicalLocation.region).toMatchObject({ startLine: 4, startColumn: 1 });
  });
});

describe('--format github', () => {
  it('prints a workflow-command annotation per finding', () => {
    const { code, stdout } = cli(['-f', 'github', 'docs'], { cwd });
    expect(code).toBe(1);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toMatch(
      /^::warning file=docs\/HR letter\.txt,line=1,col=21,endLine=1,endColumn=39,title=doublespeak \(reduction-in-force\)::"reduction in force" means "[^"]+"; write "[^"]+" instead$/,
    );
    expect(lines[1]).toMatch(/^::warning file=docs\/memo\.md,line=4,col=1,endLine=4,endColumn=19,title=doublespeak \(impacted-employees\)::/);
    expect(lines[2]).toBe('doublespeak: 2 layoff euphemisms in 3 files linted');
  });

  it('--why puts the note and reasons on escaped new lines of the annotation', () => {
    const { stdout } = cli(['-f', 'github', '--why', '-q', 'docs/memo.md'], { cwd });
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(stdout).toMatch(/instead%0Awhy: .+%0Ascore 0\.\d\d: prior: /);
  });

  it('prints nothing for clean files with --quiet', () => {
    expect(cli(['-f', 'github', '-q', 'docs/clean.txt'], { cwd })).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});
