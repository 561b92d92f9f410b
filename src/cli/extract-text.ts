import { parseDirective, Suppressions } from './directives.js';
import type { Extracted } from './extract.js';

// A line holding only a directive, perhaps inside a comment of some language:
// `doublespeak-disable-next-line`, `# doublespeak-disable-next-line let-go`, `// doublespeak-disable`.
const DIRECTIVE_LINE =
  /^[ \t]*(?:(?:\/\/|\/\*|<!--|#|;|%|--|\*|>)[ \t]*)?(doublespeak-(?:disable-next-line|disable|enable)\b[^\r\n]*?)[ \t]*(?:\*\/|-->)?[ \t]*$/gm;

/** Plain text: all of it is prose; directives are lines of their own. */
export function extractText(source: string): Extracted {
  const suppressions = new Suppressions(source);
  for (const m of source.matchAll(DIRECTIVE_LINE)) {
    const directive = parseDirective(m[1]!);
    if (!directive) continue;
    // The directive line is not prose: the rule ids it names are not findings.
    suppressions.exclude(m.index, m.index + m[0].length);
    suppressions.add(directive, m.index, m.index + m[0].length);
  }
  return { prose: { text: source }, suppressions };
}
