import { message, why } from '../message.js';
import type { Finding } from '../lint.js';
import type { Reporter } from './types.js';

const INFORMATION_URI = 'https://www.npmjs.com/package/doublespeak';

/** A path relative to the working directory as a URI reference (`docs/HR memo.md` → `docs/HR%20memo.md`). */
const toUri = (path: string) => path.split('/').map((segment) => (segment === '..' || segment === '.' ? segment : encodeURIComponent(segment))).join('/');

function ruleDescriptor(f: Finding) {
  const instead = f.suggestions.map((s) => `"${s}"`).join(', ');
  const text = `A layoff euphemism (${f.category}) that means "${f.meaning}". Write plainly instead, e.g. ${instead}.${f.note ? ` ${f.note}` : ''}`;
  const markdown = [
    `**Layoff euphemism** (\`${f.category}\`): it means *${f.meaning}*.`,
    '',
    `Write plainly instead, for example: ${f.suggestions.map((s) => `“${s}”`).join(', ')}.`,
    ...(f.note ? ['', f.note] : []),
  ].join('\n');
  return {
    id: f.ruleId,
    name: f.ruleId,
    shortDescription: { text: `Layoff euphemism: means "${f.meaning}"` },
    fullDescription: { text },
    help: { text, markdown },
    defaultConfiguration: { level: 'warning' as const },
    properties: { category: f.category, tags: ['layoff-euphemism', f.category] },
  };
}

/**
 * SARIF 2.1.0 as GitHub code scanning takes it: one run, a rule (with help text) for each rule
 * that found something, and a result per finding with its region (UTF-16 columns) and URI
 * relative to the working directory (the repository root in a workflow).
 */
export const sarif: Reporter = (files, { why: showWhy, version }) => {
  const rules: ReturnType<typeof ruleDescriptor>[] = [];
  const ruleIndex = new Map<string, number>();
  const results = [];
  for (const file of files) {
    for (const f of file.findings) {
      let index = ruleIndex.get(f.ruleId);
      if (index === undefined) {
        index = rules.push(ruleDescriptor(f)) - 1;
        ruleIndex.set(f.ruleId, index);
      }
      results.push({
        ruleId: f.ruleId,
        ruleIndex: index,
        level: 'warning',
        message: { text: showWhy ? [message(f), ...why(f)].join('\n') : message(f) },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: toUri(file.path), uriBaseId: '%SRCROOT%' },
              region: {
                startLine: f.line,
                startColumn: f.column,
                endLine: f.endLine,
                endColumn: f.endColumn,
                charOffset: f.offset,
                charLength: f.endOffset - f.offset,
              },
            },
          },
        ],
        properties: { score: f.score, category: f.category, ...(showWhy ? { reasons: f.reasons } : {}) },
      });
    }
  }
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: { name: 'doublespeak', version, semanticVersion: version, informationUri: INFORMATION_URI, rules },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
