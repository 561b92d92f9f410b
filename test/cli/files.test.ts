import { createHash } from 'node:crypto';
import { chmodSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, cli, CLEAN, fixtures, IMPACTED, locations, noStack, RIF, RIGHTSIZING } from './helpers.js';

const make = fixtures();

beforeAll(async () => {
  await buildCli();
}, 120_000);

describe('files and exit codes', () => {
  it('reports a file with findings in stylish format and exits 1', () => {
    const cwd = make({ 'memo.txt': `${CLEAN}\n${IMPACTED}\n` });
    const { code, stdout, stderr } = cli(['memo.txt'], { cwd });
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^memo\.txt\n {2}2:1 {2}warning {2}"Impacted employees" means "[^"]+"; write "[^"]+" instead {2}impacted-employees\n/);
    expect(stdout).toMatch(/✖ 1 layoff euphemism in 1 file \(1 file linted\)\n$/);
  });

  it('exits 0 and says so when nothing is found', () => {
    const cwd = make({ 'memo.txt': `${CLEAN}\n` });
    const { code, stdout, stderr } = cli(['memo.txt'], { cwd });
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toBe('✔ No layoff euphemisms found (1 file linted)\n');
  });

  it('lints every file named, in order', () => {
    const cwd = make({ 'b.txt': RIF, 'a.txt': IMPACTED });
    const { code, stdout } = cli(['-f', 'json', 'b.txt', 'a.txt'], { cwd });
    expect(code).toBe(1);
    expect(locations(stdout)).toEqual(['b.txt 1:21 reduction-in-force', 'a.txt 1:1 impacted-employees']);
  });

  it('lints a file named outright whatever its extension, as plain text', () => {
    const cwd = make({ 'letter.eml': `Subject: news\n\n${RIF}\n` });
    const { code, stdout } = cli(['-f', 'json', 'letter.eml'], { cwd });
    expect(code).toBe(1);
    expect(JSON.parse(stdout)[0].format).toBe('text');
    expect(locations(stdout)).toEqual(['letter.eml 3:21 reduction-in-force']);
  });

  it('searches directories for Markdown, HTML and text files, skipping node_modules and .git', () => {
    const cwd = make({
      'docs/a.md': IMPACTED,
      'docs/deep/b.html': `<p>${RIF}</p>`,
      'docs/deep/c.txt': RIGHTSIZING,
      'docs/deep/d.TXT': RIGHTSIZING,
      'docs/script.js': `// ${IMPACTED}`,
      'docs/image.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]),
      'docs/node_modules/pkg/readme.md': IMPACTED,
      'docs/.git/description.txt': IMPACTED,
      'docs/.github/pull_request_template.md': IMPACTED,
    });
    const { code, stdout, stderr } = cli(['-f', 'json', 'docs'], { cwd });
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(locations(stdout)).toEqual([
      'docs/.github/pull_request_template.md 1:1 impacted-employees',
      'docs/a.md 1:1 impacted-employees',
      'docs/deep/b.html 1:24 reduction-in-force',
      'docs/deep/c.txt 1:16 rightsizing',
      'docs/deep/d.TXT 1:16 rightsizing',
    ]);
  });

  it('lints the current directory when no file is named', () => {
    const cwd = make({ 'a.md': IMPACTED, 'sub/b.txt': CLEAN });
    const { code, stdout } = cli(['-f', 'json'], { cwd });
    expect(code).toBe(1);
    expect(JSON.parse(stdout).map((f: { filePath: string }) => f.filePath)).toEqual(['a.md', 'sub/b.txt']);
  });

  it('expands globs itself, skipping node_modules', () => {
    const cwd = make({
      'docs/a.md': IMPACTED,
      'docs/sub/b.md': RIF,
      'docs/c.txt': RIGHTSIZING,
      'docs/node_modules/x/readme.md': IMPACTED,
    });
    const { code, stdout } = cli(['-f', 'json', 'docs/**/*.md'], { cwd });
    expect(code).toBe(1);
    expect(locations(stdout)).toEqual(['docs/a.md 1:1 impacted-employees', 'docs/sub/b.md 1:21 reduction-in-force']);
  });

  it('lints a file once however often it is named', () => {
    const cwd = make({ 'a.md': IMPACTED });
    const { stdout } = cli(['-f', 'json', 'a.md', '.', '*.md'], { cwd });
    expect(locations(stdout)).toEqual(['a.md 1:1 impacted-employees']);
  });
});

describe('.doublespeakignore', () => {
  const tree = () =>
    make({
      '.doublespeakignore': '# drafts are not sent\ndrafts/\n*.html\n!keep.html\n',
      'memo.md': IMPACTED,
      'drafts/old.md': IMPACTED,
      'page.html': `<p>${RIF}</p>`,
      'keep.html': `<p>${RIF}</p>`,
      'team/.doublespeakignore': 'private.md\n',
      'team/private.md': IMPACTED,
      'team/public.md': RIGHTSIZING,
    });

  it('leaves out what it lists, in gitignore syntax, when searching a directory', () => {
    const cwd = tree();
    const { code, stdout } = cli(['-f', 'json', '.'], { cwd });
    expect(code).toBe(1);
    expect(locations(stdout)).toEqual([
      'keep.html 1:24 reduction-in-force',
      'memo.md 1:1 impacted-employees',
      'team/public.md 1:16 rightsizing',
    ]);
  });

  it('leaves out what it lists from globs', () => {
    const cwd = tree();
    const { stdout } = cli(['-f', 'json', '**/*.md'], { cwd });
    expect(locations(stdout)).toEqual(['memo.md 1:1 impacted-employees', 'team/public.md 1:16 rightsizing']);
  });

  it('skips an ignored file named outright, with a notice (none with --quiet)', () => {
    const cwd = tree();
    const named = cli(['drafts/old.md'], { cwd });
    expect(named.code).toBe(0);
    expect(named.stdout).toBe('');
    expect(named.stderr).toBe('doublespeak: drafts/old.md: listed in .doublespeakignore, skipped\n');
    const quiet = cli(['--quiet', 'drafts/old.md'], { cwd });
    expect(quiet).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('says so when a directory holds only ignored files', () => {
    const cwd = tree();
    const { code, stderr } = cli(['drafts'], { cwd });
    expect(code).toBe(2);
    expect(stderr).toBe('doublespeak: drafts: nothing to lint (1 file, all listed in .doublespeakignore)\n');
  });
});

describe('standard input', () => {
  it('lints standard input as text with --stdin', () => {
    const cwd = make({});
    const { code, stdout } = cli(['--stdin', '-f', 'json'], { cwd, input: `${CLEAN}\n${RIF}` });
    expect(code).toBe(1);
    expect(locations(stdout)).toEqual(['<stdin> 2:21 reduction-in-force']);
    expect(JSON.parse(stdout)[0].format).toBe('text');
  });

  it('takes the format and the reported name from --stdin-filename', () => {
    const cwd = make({});
    const input = `# Memo\n\n\`\`\`\n${RIF}\n\`\`\`\n\n${IMPACTED}\n`;
    const { code, stdout } = cli(['--stdin', '--stdin-filename', 'letters/memo.md', '-f', 'json'], { cwd, input });
    expect(code).toBe(1);
    expect(JSON.parse(stdout)[0].format).toBe('markdown');
    expect(locations(stdout)).toEqual(['letters/memo.md 7:1 impacted-employees']);
  });

  it('exits 0 on clean standard input', () => {
    const cwd = make({});
    expect(cli(['--stdin'], { cwd, input: CLEAN }).code).toBe(0);
  });
});

describe('files that cannot be linted', () => {
  it('names a missing file in one line and exits 2, still linting the rest', () => {
    const cwd = make({ 'a.txt': IMPACTED });
    const { code, stdout, stderr } = cli(['missing.md', 'a.txt'], { cwd });
    expect(code).toBe(2);
    expect(stderr).toBe('doublespeak: missing.md: no such file or directory\n');
    expect(stdout).toContain('impacted-employees');
    expect(stdout).toContain('(1 file linted, 1 not)');
  });

  it('names an empty directory', () => {
    const cwd = make({ 'empty/.keep': '' });
    const { code, stdout, stderr } = cli(['empty'], { cwd });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('doublespeak: empty: nothing to lint (no .md, .markdown, .mdx, .html, .htm, .txt, .text files)\n');
  });

  it('names a glob that matches nothing', () => {
    const cwd = make({ 'a.txt': CLEAN });
    const { code, stderr } = cli(['docs/**/*.md'], { cwd });
    expect(code).toBe(2);
    expect(stderr).toBe('doublespeak: docs/**/*.md: no files match\n');
  });

  it('refuses a binary file in one line', () => {
    const cwd = make({ 'photo.txt': Buffer.from([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x00, 0x01, 0x02]) });
    const { code, stdout, stderr } = cli(['photo.txt'], { cwd });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('doublespeak: photo.txt: binary file, not linted\n');
  });

  it('refuses binary standard input', () => {
    const cwd = make({});
    const { code, stderr } = cli(['--stdin'], { cwd, input: Buffer.from([1, 0, 2]) });
    expect(code).toBe(2);
    expect(stderr).toBe('doublespeak: <stdin>: binary file, not linted\n');
  });

  it('names an unreadable file in one line', () => {
    const cwd = make({ 'secret.md': IMPACTED, 'open.md': CLEAN });
    chmodSync(cwd, 0o755);
    chmodSync(join(cwd, 'open.md'), 0o644);
    chmodSync(join(cwd, 'secret.md'), 0o000);
    // root reads anything: run as nobody there.
    const asNobody = process.getuid?.() === 0 ? { uid: 65534 } : {};
    const { code, stdout, stderr } = cli(['secret.md', 'open.md'], { cwd, ...asNobody });
    expect(code).toBe(2);
    expect(stderr).toBe('doublespeak: secret.md: permission denied\n');
    expect(stdout).toBe('✔ No layoff euphemisms found (1 file linted, 1 not)\n');
  });

  it('never prints a stack trace', () => {
    const cwd = make({ 'bin.md': Buffer.from([0, 1, 2]) });
    for (const args of [['nope.txt'], ['bin.md'], ['--format', 'nope'], ['--min-score'], ['*.zzz'], ['--config', 'missing.json', 'bin.md']]) {
      const { code, stderr } = cli(args, { cwd });
      expect(code).toBe(2);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(noStack(stderr)).toBe(true);
    }
  });
});

describe('never writes', () => {
  it('leaves the files it reads, and their directory, as they were', () => {
    const cwd = make({
      'memo.md': `---\ntitle: x\n---\n${IMPACTED}\n`,
      'page.html': `<p>${RIF}</p>`,
      'notes.txt': RIGHTSIZING,
      '.doublespeakrc': '{ "minScore": 0.4 }',
      '.doublespeakignore': 'skip.md\n',
      'skip.md': IMPACTED,
    });
    const snapshot = () =>
      readdirSync(cwd, { recursive: true })
        .map(String)
        .sort()
        .map((name) => {
          const path = join(cwd, name);
          const stats = statSync(path);
          const hash = stats.isFile() ? createHash('sha256').update(readFileSync(path)).digest('hex') : 'dir';
          return `${name} ${stats.mtimeMs} ${stats.mode} ${hash}`;
        });
    const before = snapshot();
    for (const format of ['stylish', 'json', 'sarif', 'github']) {
      expect(cli(['--format', format, '--why', '.'], { cwd }).code).toBe(1);
    }
    expect(cli(['--stdin', '--stdin-filename', 'memo.md'], { cwd, input: IMPACTED }).code).toBe(1);
    expect(snapshot()).toEqual(before);
  });
});
