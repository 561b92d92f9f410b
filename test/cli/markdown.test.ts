import { describe, expect, it } from 'vitest';
import { CLEAN, cli, IMPACTED, RIF, RIGHTSIZING, stdinLinter } from './helpers.js';

const { dir, lint: lintAs } = stdinLinter();
/** `line:column rule-id` of each finding in a Markdown document. */
const lint = (source: string, name = 'doc.md', extra: string[] = []) => lintAs(source, name, extra);

describe('Markdown: prose only', () => {
  it('finds euphemisms in paragraphs, headings, lists, quotes and tables', () => {
    const source = [
      `# ${RIGHTSIZING}`,
      '',
      `- ${IMPACTED}`,
      '',
      `> ${RIF}`,
      '',
      '| a | b |',
      '| - | - |',
      `| x | ${IMPACTED} |`,
    ].join('\n');
    expect(lint(source)).toEqual(['1:18 rightsizing', '3:3 impacted-employees', '5:23 reduction-in-force', '9:7 impacted-employees']);
  });

  it('never lints fenced or indented code blocks', () => {
    expect(lint(`${CLEAN}\n\n\`\`\`text\n${IMPACTED}\n\`\`\`\n\n~~~\n${RIF}\n~~~\n\n    ${RIGHTSIZING}\n`)).toEqual([]);
  });

  it('never lints inline code, and a phrase does not run across it', () => {
    expect(lint(`Run \`${RIF}\` now. Impacted \`x\` employees get paid.`)).toEqual([]);
  });

  it('never lints URLs: autolinks, bare links, link targets', () => {
    expect(
      lint(
        [
          '<https://example.com/reduction-in-force>',
          'See https://example.com/impacted-employees/rightsizing and www.rightsizing.example.com.',
          '[the report](https://example.com/reduction-in-force)',
          '',
          '[ref]: https://example.com/reduction-in-force "A title"',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('never lints HTML comments', () => {
    expect(lint(`<!-- ${IMPACTED} -->\n\n${CLEAN} <!-- ${RIF} -->\n`)).toEqual([]);
  });

  it('never lints YAML or TOML front matter', () => {
    expect(lint(`---\ntitle: ${IMPACTED}\n---\n\n${CLEAN}\n`)).toEqual([]);
    expect(lint(`+++\ntitle = "${RIF}"\n+++\n\n${CLEAN}\n`)).toEqual([]);
  });

  it('points line and column into the original file, past front matter and markup', () => {
    const source = [
      '---',
      'title: Q3 update',
      '---',
      '',
      '# Update',
      '',
      `Dear all. We are undergoing a **reduction in** _force_ &amp; more.`,
      '',
      '> Quoted: we are undergoing a reduction',
      '> in force.',
      '',
      '1. First item',
      `   ${CLEAN} \\*Impacted employees\\* will receive severance.`,
    ].join('\n');
    expect(lint(source)).toEqual(['7:33 reduction-in-force', '9:31 reduction-in-force', '13:56 impacted-employees']);
  });

  it('reports where the phrase ends, across markup', () => {
    const { stdout } = cli(['--stdin', '--stdin-filename', 'a.md', '-f', 'json'], { cwd: dir.cwd, input: `x\n\nA **reduction in force** is coming.` });
    const [finding] = JSON.parse(stdout)[0].findings;
    expect(finding).toMatchObject({ text: 'reduction in force', line: 3, column: 5, endLine: 3, endColumn: 23, offset: 7, endOffset: 25 });
  });

  it('lints link text and image alt text, which readers see', () => {
    expect(lint(`[${IMPACTED}](https://example.com)\n\n![${RIF}](chart.png)\n`)).toEqual(['1:2 impacted-employees', '3:23 reduction-in-force']);
  });

  it('reads raw HTML blocks like HTML: text yes, script and comments no', () => {
    const source = `${CLEAN}\n\n<div class="note">\n  <p>${IMPACTED}</p>\n  <img alt="${RIF}" src="x.png">\n</div>\n\n<script>const a = "${RIGHTSIZING}";</script>\n`;
    expect(lint(source)).toEqual(['4:6 impacted-employees', '5:33 reduction-in-force']);
  });

  it('reads .markdown files as Markdown', () => {
    expect(lint(`\`${RIF}\`\n\n${IMPACTED}`, 'doc.markdown')).toEqual(['3:1 impacted-employees']);
  });
});

describe('MDX', () => {
  it('lints prose, not imports, exports or expressions', () => {
    const source = [
      "import { Chart } from './chart.js'",
      `export const title = '${RIF}'`,
      '',
      `# ${RIGHTSIZING}`,
      '',
      `<Chart title="${IMPACTED}" data={{ label: '${RIF}' }} />`,
      '',
      `Some text {'${RIF}'} and \`${RIF}\`.`,
    ].join('\n');
    expect(lint(source, 'doc.mdx')).toEqual(['4:18 rightsizing', '6:15 impacted-employees']);
  });

  it('names a file it cannot parse, in one line, and exits 2', () => {
    const { code, stderr } = cli(['--stdin', '--stdin-filename', 'bad.mdx'], { cwd: dir.cwd, input: `# Hi\n\n<Chart data={{ ` });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^doublespeak: bad\.mdx:\d+:\d+: cannot parse MDX: .+\n$/);
  });
});
