import { describe, expect, it } from 'vitest';
import { CLEAN, cli, IMPACTED, RIF, RIGHTSIZING, stdinLinter } from './helpers.js';

const { dir, lint: lintAs } = stdinLinter();
const lint = (source: string, name = 'page.html') => lintAs(source, name);

describe('HTML', () => {
  it('lints text nodes, with line and column in the original file', () => {
    const source = [
      '<!doctype html>',
      '<html lang="en">',
      '<head><meta charset="utf-8"><title>Q3 update</title></head>',
      '<body>',
      `  <h1>${RIGHTSIZING}</h1>`,
      `  <p>${CLEAN} ${IMPACTED}</p>`,
      '</body>',
      '</html>',
    ].join('\n');
    expect(lint(source)).toEqual(['5:22 rightsizing', '6:56 impacted-employees']);
  });

  it('never lints script, style, or code', () => {
    const source = `<html><head><style>.${RIGHTSIZING.replace(/ /g, '-')} {}</style></head><body>
<script>console.log("${IMPACTED}")</script>
<p>${CLEAN}</p>
<pre>${RIF}</pre><code>${IMPACTED}</code>
</body></html>`;
    expect(lint(source)).toEqual([]);
  });

  it('lints alt and title text, which readers see, but no other attribute', () => {
    const source = `<p title="${RIGHTSIZING}">${CLEAN}</p>\n<img src="x.png" alt="${IMPACTED}">\n<a href="/reduction-in-force" data-x="${RIF}">${CLEAN}</a>`;
    expect(lint(source)).toEqual(['1:26 rightsizing', '2:23 impacted-employees']);
  });

  it('lints the page title', () => {
    expect(lint(`<html><head><title>${IMPACTED}</title></head><body></body></html>`)).toEqual(['1:20 impacted-employees']);
  });

  it('follows a phrase across inline elements and character references', () => {
    const source = `<p>We are undergoing a <em>reduction</em> in&nbsp;force &amp; more.</p>\n<p>&#73;mpacted employees will receive severance.</p>`;
    const { stdout } = cli(['--stdin', '--stdin-filename', 'p.htm', '-f', 'json'], { cwd: dir.cwd, input: source });
    const findings = JSON.parse(stdout)[0].findings;
    expect(findings.map((f: { text: string; line: number; column: number; endColumn: number }) => [f.text, f.line, f.column, f.endColumn])).toEqual([
      ['reduction in force', 1, 28, 56],
      ['Impacted employees', 2, 4, 26],
    ]);
  });

  it('does not join a phrase across block elements', () => {
    expect(lint(`<p>We are undergoing a reduction</p><p>in force</p>`)).toEqual([]);
  });

  it('never lints HTML comments', () => {
    expect(lint(`<p>${CLEAN}</p><!-- ${IMPACTED} -->`)).toEqual([]);
  });
});
