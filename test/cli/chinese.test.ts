import { describe, expect, it } from 'vitest';
import { stdinLinter } from './helpers.js';

const { lint } = stdinLinter();

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
