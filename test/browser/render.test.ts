// The demo page's pure helpers (examples/browser/src/render.ts), checked in Node.
import { describe, expect, it } from 'vitest';
import { diffText, documentVerdict, escapeHtml, lineOf, lineStarts, linesHtml, percent, rebaseSpans, spanAt, type Mark } from '../../examples/browser/src/render.js';

const mark = (start: number, end: number, category: Mark['category'] = 'spin'): Mark => ({ start, end, category });

const draw = (text: string, spans: (Mark | undefined)[], from = 0, to?: number) => {
  const starts = lineStarts(text);
  return linesHtml(text, starts, from, to ?? starts.length, spans);
};
const unescape = (html: string) =>
  html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

describe('linesHtml', () => {
  it('draws a line a div, each span a mark with its index and category, and escapes the text', () => {
    const text = 'Happy graduation! <b>&</b> rightsizing';
    expect(draw(text, [mark(6, 16), mark(27, 38, 'reduction')])).toBe(
      '<div class="ln">Happy <mark class="ds-mark ds-spin" data-index="0">graduation</mark>! &lt;b&gt;&amp;&lt;/b&gt; <mark class="ds-mark ds-reduction" data-index="1">rightsizing</mark></div>',
    );
  });

  it('keeps the text exact: joining the lines with line breaks, untagged and unescaped, gives it back', () => {
    const text = 'a "b" \'c\' <d> & e\n\nf\u2028g 🎓 graduated\nfrom the company\n';
    const spans = [mark(text.indexOf('🎓'), text.indexOf('from') + 4), undefined, mark(text.indexOf('company'), text.length - 1)];
    const html = draw(text, spans);
    const lines = html.split('</div>').slice(0, -1).map((l) => unescape(l.replace(/<[^>]+>/g, '')).replace('\u200b', ''));
    expect(lines.join('\n')).toBe(text);
  });

  it('gives a span across lines a mark on each line, with one index', () => {
    expect(draw('you graduated\nfrom us', [mark(4, 18)])).toBe(
      '<div class="ln">you <mark class="ds-mark ds-spin" data-index="0">graduated</mark></div><div class="ln"><mark class="ds-mark ds-spin" data-index="0">from</mark> us</div>',
    );
  });

  it('draws only the lines asked for, with the spans on them', () => {
    const text = 'one rif\ntwo rif\nthree rif';
    const spans = [mark(4, 7, 'reduction'), mark(12, 15, 'reduction'), mark(23, 26, 'reduction')];
    expect(draw(text, spans, 1, 2)).toBe('<div class="ln">two <mark class="ds-mark ds-reduction" data-index="1">rif</mark></div>');
  });

  it('holds an empty line open with a zero-width space, as tall as the textarea line', () => {
    expect(draw('a\n', [])).toBe('<div class="ln">a</div><div class="ln">\u200b</div>');
    expect(draw('', [])).toBe('<div class="ln">\u200b</div>');
  });

  it('skips missing, overlapping, empty and out-of-range spans, and draws weak ones paler', () => {
    expect(draw('abcdef', [mark(0, 3), undefined, mark(2, 4), mark(4, 4), mark(5, 9)])).toBe(
      '<div class="ln"><mark class="ds-mark ds-spin" data-index="0">abc</mark>def</div>',
    );
    expect(draw('ab', [{ ...mark(0, 1), score: 0.55 }, { ...mark(1, 2), score: 0.9 }])).toBe(
      '<div class="ln"><mark class="ds-mark ds-spin weak" data-index="0">a</mark><mark class="ds-mark ds-spin" data-index="1">b</mark></div>',
    );
  });

  it('finds lines', () => {
    const starts = lineStarts('ab\ncd\n\ne');
    expect(starts).toEqual([0, 3, 6, 7]);
    expect([0, 2, 3, 5, 6, 7, 8].map((o) => lineOf(starts, o))).toEqual([0, 0, 1, 1, 2, 3, 3]);
  });
});

describe('diffText', () => {
  it('finds the one edit between two texts', () => {
    expect(diffText('abc', 'abXc')).toEqual({ start: 2, endOld: 2, endNew: 3 });
    expect(diffText('abcd', 'ad')).toEqual({ start: 1, endOld: 3, endNew: 1 });
    expect(diffText('aaa', 'aaaa')).toEqual({ start: 3, endOld: 3, endNew: 4 });
    expect(diffText('same', 'same')).toEqual({ start: 4, endOld: 4, endNew: 4 });
    expect(diffText('', 'new')).toEqual({ start: 0, endOld: 0, endNew: 3 });
  });
});

describe('rebaseSpans', () => {
  const old = 'We are rightsizing. Happy graduation!';
  const spans = [mark(7, 18, 'reduction'), mark(20, 36)];
  const rebase = (from: string, to: string, s: Mark[]) => rebaseSpans(s, diffText(from, to));

  it('moves spans after an edit and keeps spans before it', () => {
    const next = 'We are rightsizing. Oh. Happy graduation!';
    const moved = rebase(old, next, spans);
    expect(moved.map((s) => s && next.slice(s.start, s.end))).toEqual(['rightsizing', 'Happy graduation']);
  });

  it('drops a span the edit falls inside (keeping every index), and keeps one it only borders', () => {
    const inside = 'We are rightszing. Happy graduation!';
    expect(rebase(old, inside, spans).map((s) => s && inside.slice(s.start, s.end))).toEqual([undefined, 'Happy graduation']);
    const after = 'We are rightsizing, now. Happy graduation!';
    expect(rebase(old, after, spans).map((s) => s && after.slice(s.start, s.end))).toEqual(['rightsizing', 'Happy graduation']);
  });

  it('handles deleting everything and an unchanged text', () => {
    expect(rebase(old, '', spans)).toEqual([undefined, undefined]);
    expect(rebase(old, old, spans)).toEqual(spans);
  });
});

describe('small helpers', () => {
  it('formats scores and verdicts', () => {
    expect(percent(0.694)).toBe('69%');
    expect(percent(1)).toBe('100%');
    expect(documentVerdict(0, 0)).toBe('No layoff euphemisms found');
    expect(documentVerdict(0.9, 2)).toBe('Heavy layoff doublespeak');
  });

  it('finds the span under a caret, edges included', () => {
    const spans = [mark(6, 16), undefined, mark(20, 25)];
    expect([5, 6, 16, 17, 22].map((o) => spanAt(spans, o))).toEqual([-1, 0, 0, -1, 2]);
  });

  it('escapes HTML', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
