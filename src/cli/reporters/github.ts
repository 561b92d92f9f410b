import { message, why } from '../message.js';
import type { Reporter } from './types.js';

// Workflow commands: https://docs.github.com/actions/reference/workflow-commands-for-github-actions
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** A `::warning` annotation per finding, shown on the pull request's diff. */
export const github: Reporter = (files, { why: showWhy, quiet }) => {
  const out: string[] = [];
  let total = 0;
  for (const file of files) {
    for (const f of file.findings) {
      total++;
      const properties = [
        `file=${escapeProperty(file.path)}`,
        `line=${f.line}`,
        `col=${f.column}`,
        `endLine=${f.endLine}`,
        `endColumn=${f.endColumn}`,
        `title=${escapeProperty(`doublespeak (${f.ruleId})`)}`,
      ];
      const text = showWhy ? [message(f), ...why(f)].join('\n') : message(f);
      out.push(`::warning ${properties.join(',')}::${escapeData(text)}`);
    }
  }
  if (!quiet && files.length > 0) out.push(`doublespeak: ${total} layoff euphemism${total === 1 ? '' : 's'} in ${files.length} file${files.length === 1 ? '' : 's'} linted`);
  return out.length > 0 ? `${out.join('\n')}\n` : '';
};
