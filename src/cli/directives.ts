import { lineIndexAt, lineStarts } from './positions.js';

/**
 * Inline control, as alex and ESLint have it:
 * - `doublespeak-disable [rule-id ...]`: no findings (of those rules) from here on,
 * - `doublespeak-enable [rule-id ...]`: findings again,
 * - `doublespeak-ignore [rule-id ...]`: none in the next block (Markdown, HTML),
 * - `doublespeak-disable-next-line [rule-id ...]`: none on the next line.
 * Without rule ids a directive applies to every rule.
 */
export interface Directive {
  kind: 'disable' | 'enable' | 'ignore' | 'disable-next-line';
  /** The rule ids it names, or null for all rules. */
  rules: string[] | null;
}

const DIRECTIVE = /^doublespeak-(disable-next-line|disable|enable|ignore)(?:\s+([\s\S]*))?$/;

/** The directive in the text of a comment (`<!-- … -->`, `{/* … *\/}`), if it holds one. */
export function parseDirective(comment: string): Directive | undefined {
  const m = DIRECTIVE.exec(comment.trim());
  if (!m) return undefined;
  const rules = (m[2] ?? '').split(/[\s,]+/).filter(Boolean);
  return { kind: m[1] as Directive['kind'], rules: rules.length > 0 ? rules : null };
}

interface Toggle {
  at: number;
  on: boolean;
  rules: string[] | null;
}

interface Range {
  start: number;
  end: number;
  rules: string[] | null;
}

/** The places of a file where findings are turned off, in original offsets. */
export class Suppressions {
  private readonly toggles: Toggle[] = [];
  private readonly ranges: Range[] = [];
  private starts: number[] | undefined;

  constructor(private readonly source: string) {}

  /**
   * Records a directive found in the source range [start, end); `next` is the range of the
   * block after it, for `doublespeak-ignore`.
   */
  add(directive: Directive, start: number, end: number, next?: { start: number; end: number }): void {
    const { kind, rules } = directive;
    if (kind === 'disable' || kind === 'enable') {
      this.toggles.push({ at: end, on: kind === 'enable', rules });
      this.toggles.sort((a, b) => a.at - b.at);
    }
    else if (kind === 'ignore') {
      if (next) this.ranges.push({ start: next.start, end: next.end, rules });
    } else {
      const starts = (this.starts ??= lineStarts(this.source));
      const line = lineIndexAt(starts, Math.max(start, end - 1)) + 1;
      if (line < starts.length) this.ranges.push({ start: starts[line]!, end: starts[line + 1] ?? this.source.length, rules });
    }
  }

  /** Turns every rule off in [start, end) (a directive's own text). */
  exclude(start: number, end: number): void {
    this.ranges.push({ start, end, rules: null });
  }

  /** Whether a finding of `ruleId` starting at `offset` is turned off. */
  suppressed(offset: number, ruleId: string): boolean {
    if (this.ranges.some((r) => offset >= r.start && offset < r.end && (!r.rules || r.rules.includes(ruleId)))) return true;
    let all = false;
    const rules = new Set<string>();
    for (const t of this.toggles) {
      if (t.at > offset) break;
      if (!t.rules) {
        all = !t.on;
        rules.clear();
      } else {
        // While everything is off, `rules` holds the ones turned back on; otherwise the ones off.
        for (const rule of t.rules) (all === t.on ? rules.add(rule) : rules.delete(rule));
      }
    }
    return all ? !rules.has(ruleId) : rules.has(ruleId);
  }
}
