import { describe, expect, it } from 'vitest';
import { IMPACTED, RIF, RIGHTSIZING, stdinLinter } from './helpers.js';

const { lint } = stdinLinter();

describe('inline control in Markdown', () => {
  it('doublespeak-disable turns findings off until doublespeak-enable', () => {
    const source = [IMPACTED, '', '<!-- doublespeak-disable -->', '', RIF, '', RIGHTSIZING, '', '<!-- doublespeak-enable -->', '', IMPACTED].join('\n');
    expect(lint(source, 'a.md')).toEqual(['1:1 impacted-employees', '11:1 impacted-employees']);
  });

  it('doublespeak-disable with rule ids turns off only those rules', () => {
    const source = ['<!-- doublespeak-disable impacted-employees -->', '', IMPACTED, '', RIF, '', '<!-- doublespeak-enable impacted-employees -->', '', IMPACTED].join('\n');
    expect(lint(source, 'a.md')).toEqual(['5:21 reduction-in-force', '9:1 impacted-employees']);
  });

  it('doublespeak-enable with a rule id turns one rule back on while the rest stay off', () => {
    const source = ['<!-- doublespeak-disable -->', '<!-- doublespeak-enable rightsizing -->', '', `${IMPACTED} ${RIGHTSIZING}`].join('\n');
    expect(lint(source, 'a.md')).toEqual(['4:59 rightsizing']);
  });

  it('doublespeak-ignore rule-id turns that rule off in the next block only', () => {
    const source = [
      '<!-- doublespeak-ignore impacted-employees -->',
      `${IMPACTED} ${RIF}`,
      '',
      IMPACTED,
    ].join('\n');
    expect(lint(source, 'a.md')).toEqual(['2:64 reduction-in-force', '4:1 impacted-employees']);
  });

  it('doublespeak-ignore without a rule id turns off every rule in the next block', () => {
    const source = ['<!-- doublespeak-ignore -->', '', `- ${IMPACTED}`, `- ${RIF}`, '', RIGHTSIZING].join('\n');
    expect(lint(source, 'a.md')).toEqual(['6:16 rightsizing']);
  });

  it('works as an MDX comment too', () => {
    const source = ['{/* doublespeak-disable */}', '', IMPACTED, '', '{/* doublespeak-enable */}', '', RIF].join('\n');
    expect(lint(source, 'a.mdx')).toEqual(['7:21 reduction-in-force']);
  });
});

describe('inline control in HTML', () => {
  it('disable, enable and ignore work as HTML comments', () => {
    const source = [
      `<p>${IMPACTED}</p>`,
      '<!-- doublespeak-disable -->',
      `<p>${RIF}</p>`,
      '<!-- doublespeak-enable -->',
      '<!-- doublespeak-ignore rightsizing -->',
      `<p>${RIGHTSIZING} ${IMPACTED}</p>`,
      `<p>${RIGHTSIZING}</p>`,
    ].join('\n');
    expect(lint(source, 'a.html')).toEqual(['1:4 impacted-employees', '6:47 impacted-employees', '7:19 rightsizing']);
  });
});

describe('inline control in text', () => {
  it('a doublespeak-disable-next-line line turns findings off on the next line only', () => {
    const source = ['doublespeak-disable-next-line', IMPACTED, IMPACTED].join('\n');
    expect(lint(source, 'a.txt')).toEqual(['3:1 impacted-employees']);
  });

  it('may sit in a comment and name rules', () => {
    const source = ['# doublespeak-disable-next-line reduction-in-force', `${RIF} ${IMPACTED}`, `// doublespeak-disable-next-line`, RIF].join('\r\n');
    expect(lint(source, 'a.txt')).toEqual(['2:41 impacted-employees']);
  });

  it('doublespeak-disable and doublespeak-enable lines work in text too', () => {
    const source = [IMPACTED, '<!-- doublespeak-disable -->', IMPACTED, 'doublespeak-enable', IMPACTED].join('\n');
    expect(lint(source, 'a.txt')).toEqual(['1:1 impacted-employees', '5:1 impacted-employees']);
  });

  it('is only a directive on a line of its own', () => {
    const source = [`Do not write doublespeak-disable-next-line here.`, IMPACTED].join('\n');
    expect(lint(source, 'a.txt')).toEqual(['2:1 impacted-employees']);
  });
});
