import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, cli, fixture, locations } from './helpers.js';

let cwd: string;
beforeAll(async () => {
  await buildCli();
  cwd = fixture({});
}, 120_000);
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

const lint = (source: string, name: string) => {
  const { code, stdout, stderr } = cli(['--stdin', '--stdin-filename', name, '-f', 'json'], { cwd, input: source });
  expect(stderr).toBe('');
  expect(code).toBeLessThan(2);
  return locations(stdout).map((l) => l.slice(name.length + 1));
};

describe('Chinese files', () => {
  it('lints Chinese Markdown prose, not its code, with columns in UTF-16 units', () => {
    const source = '# 通知\n\n恭喜你从京东毕业！你的最后工作日是3月31日，请归还工牌。\n\n```\nHR说我们组被优化了。\n```\n';
    expect(lint(source, 'notice.md')).toEqual(['3:7 zh-graduation']);
  });

  it('lints the text nodes of Chinese HTML, not its scripts', () => {
    expect(lint('<p>HR说我们组被优化了。</p><script>// 被优化</script>', 'notice.html')).toEqual(['1:10 zh-optimized']);
  });

  it('lints mixed Chinese and English text', () => {
    const source = 'HR说我们组被优化了。\nImpacted employees will receive severance.\n';
    expect(lint(source, 'notice.txt')).toEqual(['1:7 zh-optimized', '2:1 impacted-employees']);
  });
});
