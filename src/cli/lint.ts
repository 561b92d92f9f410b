import type { Category, Detection, DetectOptions } from '../index.js';
import { extract, type Format } from './extract.js';
import { positionAt, lineStarts } from './positions.js';
import { originalRange } from './prose.js';

/** A detector with the core's signature: the core's `detect` or `doublespeak/nlp`'s. */
export type Detect = (text: string, options?: DetectOptions) => Detection;

/** One layoff euphemism in a file, located in the file as it is on disk. */
export interface Finding {
  ruleId: string;
  category: Category;
  /** The phrase as a reader sees it (markup left out, white space collapsed). */
  text: string;
  line: number;
  column: number;
  /** Where the phrase ends: the line and column just after its last character. */
  endLine: number;
  endColumn: number;
  /** UTF-16 offsets into the file. */
  offset: number;
  endOffset: number;
  score: number;
  meaning: string;
  suggestions: string[];
  /** Why the phrase is a euphemism ("" when its rule has no note). */
  note: string;
  reasons: string[];
}

export interface LintResult {
  /** 0..1: how euphemistic the file's prose is as a whole. */
  score: number;
  findings: Finding[];
}

/**
 * Lints the prose of one file: extract it, detect, map each span back into the file, drop what
 * directives turn off. `noteOf` gives the note of a rule (from doublespeak/docs or the config).
 */
export async function lintSource(
  source: string,
  format: Format,
  detect: Detect,
  options: DetectOptions,
  noteOf: (ruleId: string) => string,
): Promise<LintResult> {
  const { prose, suppressions } = await extract(source, format);
  const detection = detect(prose.text, options);
  let starts: number[] | undefined;
  const findings: Finding[] = [];
  for (const span of detection.spans) {
    const [offset, endOffset] = originalRange(prose, span.start, span.end);
    if (suppressions.suppressed(offset, span.ruleId)) continue;
    starts ??= lineStarts(source);
    const start = positionAt(starts, offset);
    const end = positionAt(starts, endOffset);
    findings.push({
      ruleId: span.ruleId,
      category: span.category,
      text: span.text.replace(/\s+/g, ' '),
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      offset,
      endOffset,
      score: span.score,
      meaning: span.meaning,
      suggestions: span.suggestions,
      note: noteOf(span.ruleId),
      reasons: span.reasons,
    });
  }
  findings.sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset);
  return { score: detection.score, findings };
}
