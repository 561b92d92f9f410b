import { message, why } from '../message.js';
import type { Reporter } from './types.js';

const paint = (on: boolean, open: number, close: number) => (text: string) => (on ? `\u001B[${open}m${text}\u001B[${close}m` : text);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * As ESLint and alex print: the file, then `line:column  warning  message  rule-id` for each
 * finding, aligned, then a summary line.
 */
export const stylish: Reporter = (files, { why: showWhy, quiet, color, failed }) => {
  const underline = paint(color, 4, 24);
  const dim = paint(color, 2, 22);
  const yellow = paint(color, 33, 39);
  const bold = paint(color, 1, 22);
  const green = paint(color, 32, 39);
  const out: string[] = [];
  let total = 0;
  let withFindings = 0;
  for (const file of files) {
    if (file.findings.length === 0) continue;
    total += file.findings.length;
    withFindings++;
    const rows = file.findings.map((f) => ({ finding: f, where: `${f.line}:${f.column}`, text: message(f) }));
    const whereWidth = Math.max(...rows.map((r) => r.where.length));
    const textWidth = Math.max(...rows.map((r) => r.text.length));
    out.push(underline(file.path));
    for (const { finding, where, text } of rows) {
      out.push(`  ${dim(where.padEnd(whereWidth))}  ${yellow('warning')}  ${text.padEnd(textWidth)}  ${dim(finding.ruleId)}`);
      if (showWhy) {
        const indent = ' '.repeat(2 + whereWidth + 2 + 'warning'.length + 2);
        for (const line of why(finding)) out.push(`${indent}${dim(line)}`);
      }
    }
    out.push('');
  }
  if (!quiet) {
    const linted = `${plural(files.length, 'file')} linted${failed > 0 ? `, ${failed} not` : ''}`;
    if (total > 0) out.push(yellow(bold(`✖ ${plural(total, 'layoff euphemism')} in ${plural(withFindings, 'file')}`)) + dim(` (${linted})`));
    else if (files.length > 0) out.push(green(`✔ No layoff euphemisms found`) + dim(` (${linted})`));
  }
  return out.length > 0 ? `${out.join('\n')}\n` : '';
};
