import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, cli, fixtures, IMPACTED, locations, noStack, RIF, RIGHTSIZING } from './helpers.js';

const make = fixtures();
beforeAll(async () => {
  await buildCli();
}, 120_000);

const TEXT = `${IMPACTED}\n${RIF}\n${RIGHTSIZING}\n`;
const ALL = ['1:1 impacted-employees', '2:21 reduction-in-force', '3:16 rightsizing'];
const json = (args: string[], cwd: string) => {
  const result = cli(['-f', 'json', ...args], { cwd });
  expect(result.stderr).toBe('');
  return locations(result.stdout).map((l) => l.replace(/^\S+ /, ''));
};

const extraRule = {
  id: 'talent-harmonisation',
  category: 'reduction',
  phrases: ['talent harmonisation'],
  meaning: 'you are fired',
  suggestions: ['we are laying you off'],
};

describe('config files', () => {
  it('reads .doublespeakrc', () => {
    const cwd = make({ '.doublespeakrc': JSON.stringify({ allow: ['impacted-employees'] }), 'a.txt': TEXT });
    expect(json(['a.txt'], cwd)).toEqual(ALL.slice(1));
  });

  it('reads .doublespeakrc.json', () => {
    const cwd = make({ '.doublespeakrc.json': JSON.stringify({ categories: ['reduction'] }), 'a.txt': TEXT });
    expect(json(['a.txt'], cwd)).toEqual(ALL.slice(1));
  });

  it('reads the "doublespeak" key of package.json', () => {
    const cwd = make({ 'package.json': JSON.stringify({ name: 'x', doublespeak: { allow: ['rightsizing', 'reduction in force'] } }), 'a.txt': TEXT });
    expect(json(['a.txt'], cwd)).toEqual(ALL.slice(0, 1));
  });

  it('takes minScore', () => {
    const cwd = make({ '.doublespeakrc': JSON.stringify({ minScore: 1 }), 'a.txt': TEXT });
    expect(json(['a.txt'], cwd)).toEqual([]);
  });

  it('adds extra rules, filling in what only the built-in lexicon needs', () => {
    const cwd = make({ '.doublespeakrc': JSON.stringify({ rules: [extraRule] }), 'a.txt': 'The plan includes a talent harmonisation across sites.\n' });
    const { code, stdout } = cli(['-f', 'json', 'a.txt'], { cwd });
    expect(code).toBe(1);
    expect(locations(stdout)).toEqual(['a.txt 1:21 talent-harmonisation']);
    expect(JSON.parse(stdout)[0].findings[0]).toMatchObject({ meaning: 'you are fired', suggestions: ['we are laying you off'] });
  });

  it('is found upward from each file; the nearest one wins', () => {
    const cwd = make({
      '.doublespeakrc': JSON.stringify({ allow: ['impacted-employees'] }),
      'a.txt': TEXT,
      'team/b.txt': TEXT,
      'team/deep/c.txt': TEXT,
      'team/package.json': JSON.stringify({ name: 'team', doublespeak: { allow: ['rightsizing'] } }),
      'other/package.json': JSON.stringify({ name: 'no-config-here' }),
      'other/d.txt': TEXT,
    });
    const { stdout } = cli(['-f', 'json', '.'], { cwd });
    expect(locations(stdout)).toEqual([
      'a.txt 2:21 reduction-in-force',
      'a.txt 3:16 rightsizing',
      'other/d.txt 2:21 reduction-in-force',
      'other/d.txt 3:16 rightsizing',
      'team/b.txt 1:1 impacted-employees',
      'team/b.txt 2:21 reduction-in-force',
      'team/deep/c.txt 1:1 impacted-employees',
      'team/deep/c.txt 2:21 reduction-in-force',
    ]);
  });

  it('prefers .doublespeakrc to .doublespeakrc.json to package.json in one directory', () => {
    const cwd = make({
      '.doublespeakrc': JSON.stringify({ allow: ['impacted-employees'] }),
      '.doublespeakrc.json': JSON.stringify({ allow: ['rightsizing'] }),
      'package.json': JSON.stringify({ doublespeak: { allow: ['reduction-in-force'] } }),
      'a.txt': TEXT,
    });
    expect(json(['a.txt'], cwd)).toEqual(ALL.slice(1));
  });

  it('is looked up from the directory of --stdin-filename', () => {
    const cwd = make({ 'team/.doublespeakrc': JSON.stringify({ allow: ['impacted-employees'] }) });
    const { stdout } = cli(['--stdin', '--stdin-filename', 'team/memo.txt', '-f', 'json'], { cwd, input: TEXT });
    expect(locations(stdout)).toEqual(['team/memo.txt 2:21 reduction-in-force', 'team/memo.txt 3:16 rightsizing']);
  });

  it('--config uses one file for everything; --no-config uses none', () => {
    const cwd = make({
      '.doublespeakrc': JSON.stringify({ allow: ['impacted-employees'] }),
      'strict.json': JSON.stringify({ categories: ['restructuring', 'reduction'], allow: ['rightsizing'] }),
      'a.txt': TEXT,
    });
    expect(json(['--config', 'strict.json', 'a.txt'], cwd)).toEqual(['2:21 reduction-in-force']);
    expect(json(['--no-config', 'a.txt'], cwd)).toEqual(ALL);
  });
});

describe('flags override the config', () => {
  const cwd = () =>
    make({ '.doublespeakrc': JSON.stringify({ allow: ['impacted-employees'], minScore: 1, categories: ['impact'] }), 'a.txt': TEXT });

  it('--min-score, --category and --allow replace the config values', () => {
    const dir = cwd();
    expect(json(['a.txt'], dir)).toEqual([]);
    expect(json(['--min-score', '0.5', 'a.txt'], dir)).toEqual([]);
    expect(json(['--min-score', '0.5', '--category', 'reduction,impact', 'a.txt'], dir)).toEqual(ALL.slice(1));
    expect(json(['--min-score', '0.5', '--category', 'reduction', '--category', 'impact', '--allow', 'rightsizing', 'a.txt'], dir)).toEqual(ALL.slice(0, 2));
  });
});

describe('a bad config stops with exit 2, naming the file and the field', () => {
  const cases: Array<[string, Record<string, string>, RegExp]> = [
    ['invalid JSON', { '.doublespeakrc': '{ "allow": [' }, /^doublespeak: \.doublespeakrc: invalid JSON: .+\n$/],
    ['minScore out of range', { '.doublespeakrc.json': '{ "minScore": 2 }' }, /^doublespeak: \.doublespeakrc\.json: "minScore" must be a number from 0 to 1, got 2\n$/],
    ['an unknown category', { '.doublespeakrc': '{ "categories": ["impact", "layoffs"] }' }, /^doublespeak: \.doublespeakrc: "categories\[1\]" must be one of spin, separation, reduction, restructuring, impact, got "layoffs"\n$/],
    ['allow not a list', { '.doublespeakrc': '{ "allow": "rightsizing" }' }, /^doublespeak: \.doublespeakrc: "allow" must be an array of rule ids or phrases\n$/],
    ['nlp not a boolean', { '.doublespeakrc': '{ "nlp": "yes" }' }, /^doublespeak: \.doublespeakrc: "nlp" must be true or false, got "yes"\n$/],
    ['an unknown field', { '.doublespeakrc': '{ "minscore": 0.5 }' }, /^doublespeak: \.doublespeakrc: "minscore" is not a known field \(known: allow, minScore, categories, rules, nlp\)\n$/],
    ['a bad rule', { '.doublespeakrc': JSON.stringify({ rules: [extraRule, { ...extraRule, id: 'Bad Id' }] }) }, /^doublespeak: \.doublespeakrc: "rules\[1\]\.id" must be a kebab-case string/],
    ['a rule id the lexicon already has', { '.doublespeakrc': JSON.stringify({ rules: [{ ...extraRule, id: 'rightsizing' }] }) }, /^doublespeak: \.doublespeakrc: "rules" are invalid: .*rightsizing/],
    ['a bad pattern in a rule', { '.doublespeakrc': JSON.stringify({ rules: [{ ...extraRule, phrases: ['(career'] }] }) }, /^doublespeak: \.doublespeakrc: "rules\[0\]\.phrases\[0\]" /],
    ['a bad package.json key', { 'package.json': '{ "doublespeak": { "minScore": "high" } }' }, /^doublespeak: package\.json: "doublespeak\.minScore" must be a number from 0 to 1, got "high"\n$/],
    ['a config that is not an object', { '.doublespeakrc': '[]' }, /^doublespeak: \.doublespeakrc: config must be a JSON object\n$/],
  ];
  for (const [name, files, expected] of cases) {
    it(name, () => {
      const cwd = make({ ...files, 'a.txt': TEXT });
      const { code, stdout, stderr } = cli(['a.txt'], { cwd });
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(expected);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(noStack(stderr)).toBe(true);
    });
  }

  it('names the path of a config found in a parent directory', () => {
    const cwd = make({ 'docs/.doublespeakrc': '{ "minScore": -1 }', 'docs/team/a.txt': TEXT });
    const { code, stderr } = cli(['docs/team/a.txt'], { cwd });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^doublespeak: docs\/\.doublespeakrc: "minScore"/);
  });

  it('a missing --config file', () => {
    const cwd = make({ 'a.txt': TEXT });
    const { code, stderr } = cli(['--config', 'nope.json', 'a.txt'], { cwd });
    expect(code).toBe(2);
    expect(stderr).toBe('doublespeak: nope.json: cannot read config: no such file\n');
  });

  it('a package.json that is not JSON and has nothing for doublespeak is not a config', () => {
    const cwd = make({ 'package.json': '{ oops', 'a.txt': IMPACTED });
    expect(cli(['a.txt'], { cwd }).code).toBe(1);
  });
});
