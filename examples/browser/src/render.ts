// Pure helpers for the demo page: no DOM, so test/browser/render.test.ts checks them in Node.
import type { Category, Span } from 'doublespeak';

export const CATEGORY_LABEL: Record<Category, string> = {
  spin: 'Spin',
  separation: 'Separation',
  reduction: 'Reduction',
  restructuring: 'Restructuring',
  impact: 'Impact',
};

export const CATEGORY_HINT: Record<Category, string> = {
  spin: 'dismissal dressed up as a reward or milestone',
  separation: 'one person is dismissed',
  reduction: 'many people are laid off',
  restructuring: 'layoffs hidden in reorganisation talk',
  impact: 'the people being laid off, as objects of an event',
};

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** A span's place in the text; enough to draw it. */
export interface Mark {
  start: number;
  end: number;
  category: Category;
  score?: number;
}

/** Spans scoring below this are drawn paler. */
export const WEAK_SCORE = 0.6;

/** Where each line starts. A textarea's value ends its lines with `\n` only. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The line that `offset` is on. */
export function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The backdrop's HTML for lines `from` to `to` (exclusive): one `<div class="ln">` a line, the
 * text escaped, each span wrapped in `<mark data-index=i>` where `i` is its index in `spans` (a
 * span across lines gets a mark on each line, all with its index). Missing spans (`undefined`,
 * dropped by an edit) and spans that overlap an earlier one are not drawn. An empty line holds a
 * zero-width space so it is one line tall, as in the textarea.
 */
export function linesHtml(text: string, starts: readonly number[], from: number, to: number, spans: readonly (Mark | undefined)[]): string {
  // The first span that ends after the first line starts (a linear scan: cheap next to drawing).
  const first = starts[from] ?? text.length;
  let s = 0;
  while (s < spans.length && (spans[s] === undefined || spans[s]!.end <= first)) s++;
  let html = '';
  let drawnTo = 0;
  for (let line = from; line < to; line++) {
    const start = starts[line]!;
    const end = line + 1 < starts.length ? starts[line + 1]! - 1 : text.length;
    let at = start;
    html += '<div class="ln">';
    while (s < spans.length) {
      const span = spans[s];
      if (span === undefined || span.end <= span.start || span.end > text.length || span.start < drawnTo) {
        s++;
        continue;
      }
      if (span.start >= end) break;
      const a = Math.max(span.start, start);
      const b = Math.min(span.end, end);
      if (b > a) {
        const weak = span.score !== undefined && span.score < WEAK_SCORE ? ' weak' : '';
        html += escapeHtml(text.slice(at, a));
        html += `<mark class="ds-mark ds-${span.category}${weak}" data-index="${s}">${escapeHtml(text.slice(a, b))}</mark>`;
        at = b;
      }
      if (span.end > end) break; // it goes on on the next line
      drawnTo = span.end;
      s++;
    }
    html += end > start ? `${escapeHtml(text.slice(at, end))}</div>` : '\u200b</div>';
  }
  return html;
}

/** One edit: `old.slice(start, endOld)` became `next.slice(start, endNew)`. */
export interface TextEdit {
  start: number;
  endOld: number;
  endNew: number;
}

/** The smallest single edit that turns `oldText` into `newText` (common prefix and suffix). */
export function diffText(oldText: string, newText: string): TextEdit {
  const max = Math.min(oldText.length, newText.length);
  let start = 0;
  while (start < max && oldText.charCodeAt(start) === newText.charCodeAt(start)) start++;
  let suffix = 0;
  while (suffix < max - start && oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)) {
    suffix++;
  }
  return { start, endOld: oldText.length - suffix, endNew: newText.length - suffix };
}

/**
 * Moves the last result's spans onto an edited text, so the highlights stay put while the worker
 * is still working on the new text: spans before the edit keep their offsets, spans after it move
 * by the length change, and spans the edit falls inside become `undefined` until the next result
 * (each span keeps its index). A span the edit only borders (a space typed after "rightsizing") stays.
 */
export function rebaseSpans<T extends Mark>(spans: readonly (T | undefined)[], edit: TextEdit): (T | undefined)[] {
  const delta = edit.endNew - edit.endOld;
  return spans.map((span) => {
    if (span === undefined || span.end <= edit.start) return span;
    if (span.start >= edit.endOld) return delta === 0 ? span : { ...span, start: span.start + delta, end: span.end + delta };
    return undefined;
  });
}

/** 0..1 as a whole percentage. */
export function percent(score: number): string {
  return `${Math.round(score * 100)}%`;
}

/** Words for the document score. */
export function documentVerdict(score: number, spans: number): string {
  if (spans === 0) return 'No layoff euphemisms found';
  if (score >= 0.8) return 'Heavy layoff doublespeak';
  if (score >= 0.5) return 'Layoff euphemisms';
  return 'A few possible euphemisms';
}

/** The index of the span that contains `offset` (a caret between two characters counts for both). */
export function spanAt(spans: readonly (Pick<Span, 'start' | 'end'> | undefined)[], offset: number): number {
  return spans.findIndex((s) => s !== undefined && s.start <= offset && offset <= s.end);
}
