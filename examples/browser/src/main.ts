// The demo page. It never calls detect() itself: every text goes to the worker (worker.ts), and
// the page only draws the answers. This file imports no runtime code from 'doublespeak'.
//
// The editor is a transparent <textarea> stacked (CSS grid, same cell) on a backdrop <div> that
// draws the same text, one <div> a line, with a <mark> per span. The backdrop is in the flow, so it
// sizes the editor and the textarea stretches to it: no height to compute in script. A keystroke
// redraws only the lines it touches, so typing stays cheap on long texts.
import type { Detection, Span } from 'doublespeak';
import letter from '../../hr-letter.txt';
import type { Engine, FromWorker, ToWorker } from './protocol.js';
import {
  CATEGORY_HINT,
  CATEGORY_LABEL,
  diffText,
  documentVerdict,
  escapeHtml,
  lineOf,
  lineStarts,
  linesHtml,
  percent,
  rebaseSpans,
  spanAt,
} from './render.js';

const SAMPLES: Record<string, string> = {
  jd: 'Graduation notice\n\nHappy graduation! Congratulations for having graduated from JD.com! Thank you for the companionship!\n\nPlease complete your departure paperwork with HR before your last day.',
  letter,
  literal: 'Congratulations on your graduation from Stanford',
  clear: '',
};

/** The side panel lists this many findings; the highlights and tooltips cover all of them. */
const MAX_CARDS = 200;
/** The tooltip shows this many reasons; the span's card in the side panel shows them all. */
const TOOLTIP_REASONS = 4;

type DeepState = 'off' | 'loading' | 'on' | 'unavailable';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const input = $<HTMLTextAreaElement>('input');
const marksHost = $<HTMLDivElement>('backdrop-text');
const tooltip = $<HTMLDivElement>('tooltip');
const findings = $<HTMLOListElement>('findings');
const deepBox = $<HTMLInputElement>('deep');
const deepStatus = $<HTMLDivElement>('deep-status');
const statusLine = $<HTMLParagraphElement>('status');

const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module', name: 'doublespeak-detect' });

/** Grows with every edit and every engine switch; an answer for an older version is stale. */
let version = 0;
let busy = false;
let engine: Engine = 'core';
let deep: DeepState = 'off';
/**
 * What is drawn: the text, where its lines start, and the last answer's spans moved across the
 * edits since (a span an edit fell inside is `undefined` until the next answer).
 */
let shown: { text: string; starts: number[]; spans: (Span | undefined)[] } = { text: '', starts: [0], spans: [] };
/** Every <mark> in the backdrop in text order (a span across lines has one a line); rebuilt lazily. */
let pieces: HTMLElement[] | undefined;
let activeMarks: HTMLElement[] = [];
let hovered = -1;
let caret = -1;

function post(message: ToWorker) {
  worker.postMessage(message);
}

/** Sends the current text unless the worker is busy; then it goes when the answer comes. */
function request() {
  if (busy) return;
  busy = true;
  document.body.dataset.settled = 'false';
  post({ type: 'detect', id: version, text: input.value, engine });
}

/** On every keystroke: move the highlights with the text and redraw only the lines it touched. */
function edited() {
  version++;
  const old = shown;
  const next = input.value;
  const edit = diffText(old.text, next);
  const spans = rebaseSpans(old.spans, edit);
  const starts = lineStarts(next);
  // The old lines the edit touched, widened to the lines of any span it dropped.
  let from = lineOf(old.starts, edit.start);
  let to = lineOf(old.starts, edit.endOld);
  old.spans.forEach((span, i) => {
    if (span && !spans[i]) {
      from = Math.min(from, lineOf(old.starts, span.start));
      to = Math.max(to, lineOf(old.starts, span.end));
    }
  });
  shown = { text: next, starts, spans };
  replaceLines(from, to + 1, linesHtml(next, starts, from, to + 1 + starts.length - old.starts.length, spans));
  hovered = -1;
  caret = document.activeElement === input ? spanAt(spans, input.selectionStart) : -1;
  drawActive();
  request();
}

/** Replaces the backdrop's lines `from` to `to` (exclusive) with `html`. */
function replaceLines(from: number, to: number, html: string) {
  const lines = marksHost.children;
  for (let i = from; i < to && lines[from]; i++) lines[from]!.remove();
  if (from === 0) marksHost.insertAdjacentHTML('afterbegin', html);
  else lines[from - 1]!.insertAdjacentHTML('afterend', html);
  pieces = undefined;
  activeMarks = activeMarks.filter((m) => m.isConnected);
}

function setDeep(state: DeepState, detail?: string) {
  deep = state;
  document.body.dataset.deep = state;
  deepBox.checked = state === 'loading' || state === 'on';
  deepBox.disabled = state === 'unavailable';
  deepStatus.textContent = {
    off: 'Off: fast core matcher',
    loading: 'Loading doublespeak/nlp (wink-nlp)…',
    on: `On: wink-nlp lemmas and parts of speech${detail ? ` (loaded in ${detail})` : ''}`,
    unavailable: `Not available in this build${detail ? `: ${detail}` : ''}`,
  }[state];
}

function setEngine(next: Engine) {
  if (engine === next) return;
  engine = next;
  version++;
  request();
}

// ---- drawing -------------------------------------------------------------------------------

function drawMarks() {
  marksHost.innerHTML = linesHtml(shown.text, shown.starts, 0, shown.starts.length, shown.spans);
  pieces = undefined;
  activeMarks = [];
  delete tooltip.dataset.index;
  drawActive();
}

function allPieces(): HTMLElement[] {
  return (pieces ??= Array.from(marksHost.querySelectorAll<HTMLElement>('mark')));
}

function spanDetails(span: Span, where = ''): string {
  return `
    <div class="finding-head">
      <span class="phrase">“${escapeHtml(span.text.replace(/\s+/g, ' '))}”</span>
      <span class="chip ds-${span.category}" title="${escapeHtml(CATEGORY_HINT[span.category])}">${CATEGORY_LABEL[span.category]}</span>${where}
    </div>
    <div class="meter"><span style="width:${percent(span.score)}"></span></div>
    <div class="score-line"><span class="score">${percent(span.score)}</span> sure this is a layoff euphemism here · rule <code>${escapeHtml(span.ruleId)}</code></div>
    <p class="meaning"><b>Really means:</b> ${escapeHtml(span.meaning)}</p>
    <p><b>Write instead:</b></p>
    <ul class="suggestions">${span.suggestions.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ul>`;
}

function reasonsList(span: Span, max = Infinity): string {
  const more = span.reasons.length - max;
  return `<ul class="reasons">${span.reasons
    .slice(0, max)
    .map((r) => `<li>${escapeHtml(r)}</li>`)
    .join('')}</ul>${more > 0 ? `<p class="more-reasons">+${more} more in the findings panel</p>` : ''}`;
}

function drawResult(detection: Detection, ms: number, usedEngine: Engine, scope: string) {
  const { spans, score } = detection;
  shown = { text: input.value, starts: lineStarts(input.value), spans };
  hovered = -1;
  caret = document.activeElement === input ? spanAt(spans, input.selectionStart) : -1;
  drawMarks();

  $('doc-score-value').textContent = percent(score);
  $('doc-score-bar').style.width = percent(score);
  $('doc-score-verdict').textContent = documentVerdict(score, spans.length);
  $('count').textContent = spans.length.toLocaleString('en');
  const empty = $('empty');
  empty.hidden = spans.length > 0;
  empty.textContent = input.value.trim()
    ? 'No layoff euphemisms in this text.'
    : 'Nothing yet. Highlights appear as you type; hover one, or put the cursor in it, for details.';

  findings.innerHTML = spans
    .slice(0, MAX_CARDS)
    .map(
      (span, i) => `
      <li class="finding ds-${span.category}" data-index="${i}" data-rule="${escapeHtml(span.ruleId)}" tabindex="0">
        ${spanDetails(span, `<span class="where" title="line:column">${span.line}:${span.column}</span>`)}
        <details><summary>Why ${percent(span.score)}</summary>${reasonsList(span)}</details>
      </li>`,
    )
    .join('');
  $('more').hidden = spans.length <= MAX_CARDS;
  $('more').textContent = `…and ${(spans.length - MAX_CARDS).toLocaleString('en')} more, all highlighted in the text.`;
  drawActive();

  const engineName = usedEngine === 'nlp' ? 'doublespeak/nlp (wink-nlp)' : 'doublespeak core';
  statusLine.textContent = `${engineName} in a Web Worker (${scope}) · ${spans.length.toLocaleString('en')} found in ${input.value.length.toLocaleString('en')} characters · ${ms.toFixed(1)} ms`;
  document.body.dataset.engine = usedEngine;
  document.body.dataset.scope = scope;
  document.body.dataset.settled = 'true';
}

/** Marks the hovered span (or the one with the caret in it) and its card, and shows its tooltip. */
function drawActive() {
  const index = hovered >= 0 ? hovered : caret;
  const span = shown.spans[index];
  const marks = span ? Array.from(marksHost.querySelectorAll<HTMLElement>(`mark[data-index="${index}"]`)) : [];
  if (marks[0] !== activeMarks[0]) {
    activeMarks.forEach((m) => m.classList.remove('active'));
    marks.forEach((m) => m.classList.add('active'));
    activeMarks = marks;
  }
  findings.querySelectorAll('.finding.active').forEach((f) => {
    if (Number((f as HTMLElement).dataset.index) === index) return;
    f.classList.remove('active');
    f.querySelector('details')?.removeAttribute('open');
  });
  const mark = marks[0];
  if (!span || !mark) {
    tooltip.hidden = true;
    delete tooltip.dataset.index;
    return;
  }
  const card = findings.querySelector<HTMLElement>(`.finding[data-index="${index}"]`);
  if (card && !card.classList.contains('active')) {
    card.classList.add('active');
    card.querySelector('details')?.setAttribute('open', '');
    card.scrollIntoView({ block: 'nearest' });
  }
  if (tooltip.dataset.index !== String(index) || tooltip.hidden) {
    tooltip.className = `tooltip ds-${span.category}`;
    tooltip.dataset.index = String(index);
    tooltip.innerHTML = `${spanDetails(span)}<p><b>Why ${percent(span.score)}:</b></p>${reasonsList(span, TOOLTIP_REASONS)}`;
    tooltip.hidden = false;
  }
  const rect = mark.getClientRects()[0] ?? mark.getBoundingClientRect();
  const width = tooltip.offsetWidth;
  const left = Math.max(8, Math.min(rect.left, document.documentElement.clientWidth - width - 8));
  tooltip.style.left = `${left + window.scrollX}px`;
  tooltip.style.top = `${rect.bottom + window.scrollY + 8}px`;
}

/** The span under the pointer: the marks are in text order, so binary-search them by position. */
function markAt(x: number, y: number): number {
  const marks = allPieces();
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (marks[mid]!.getBoundingClientRect().bottom < y) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < marks.length; i++) {
    const box = marks[i]!.getBoundingClientRect();
    if (box.top > y) break;
    for (const r of Array.from(marks[i]!.getClientRects())) {
      if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return Number(marks[i]!.dataset.index);
    }
  }
  return -1;
}

// ---- events --------------------------------------------------------------------------------

worker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
  const msg = event.data;
  switch (msg.type) {
    case 'ready':
      document.body.dataset.worker = msg.scope;
      statusLine.textContent = `Detection worker ready (${msg.scope}).`;
      request();
      break;
    case 'result':
    case 'error':
      busy = false;
      if (msg.id !== version) {
        request(); // the text or the engine changed while the worker was busy
      } else if (msg.type === 'result') {
        drawResult(msg.detection, msg.ms, msg.engine, msg.scope);
      } else {
        statusLine.textContent = `Error: ${msg.message}`;
        document.body.dataset.settled = 'true';
      }
      break;
    case 'nlp':
      if (msg.state === 'ready') {
        if (deep !== 'loading') break; // switched off while loading
        setDeep('on', `${Math.round(msg.ms)} ms`);
        setEngine('nlp');
      } else {
        setDeep('unavailable', msg.message);
        setEngine('core');
      }
      break;
  }
});

worker.addEventListener('error', (event) => {
  statusLine.textContent = `The detection worker failed: ${event.message}`;
});

input.addEventListener('input', edited);

deepBox.addEventListener('change', () => {
  if (deepBox.checked) {
    setDeep('loading');
    post({ type: 'load-nlp' }); // answered at once when the module is already loaded
  } else {
    setDeep('off');
    setEngine('core');
  }
});

document.querySelectorAll<HTMLButtonElement>('[data-sample]').forEach((button) => {
  button.addEventListener('click', () => {
    input.value = SAMPLES[button.dataset.sample!] ?? '';
    edited();
    input.focus();
    input.setSelectionRange(0, 0);
  });
});

// Hover: the marks sit under the textarea, so hit-test their boxes against the pointer, once a frame.
let pointer: { x: number; y: number } | undefined;
input.addEventListener('mousemove', (event) => {
  if (!pointer) {
    requestAnimationFrame(() => {
      const found = pointer ? markAt(pointer.x, pointer.y) : -1;
      pointer = undefined;
      if (found !== hovered) {
        hovered = found;
        drawActive();
      }
    });
  }
  pointer = { x: event.clientX, y: event.clientY };
});
input.addEventListener('mouseleave', () => {
  pointer = undefined;
  hovered = -1;
  drawActive();
});

// Caret: the span with the cursor in it is active too, so keyboard users get the same details.
document.addEventListener('selectionchange', () => {
  const next = document.activeElement === input ? spanAt(shown.spans, input.selectionStart) : -1;
  if (next !== caret) {
    caret = next;
    drawActive();
  }
});
input.addEventListener('blur', () => {
  caret = -1;
  drawActive();
});

findings.addEventListener('click', (event) => {
  const card = (event.target as HTMLElement).closest<HTMLElement>('.finding');
  if (!card || (event.target as HTMLElement).closest('summary')) return;
  const span = shown.spans[Number(card.dataset.index)];
  if (!span) return;
  input.focus();
  input.setSelectionRange(span.start, span.end);
});

window.addEventListener('resize', drawActive);

setDeep('off');
drawMarks();
