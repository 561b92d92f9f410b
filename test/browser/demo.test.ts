// Drives the browser demo (examples/browser) in real headless Chromium: Debian's /usr/bin/chromium
// through playwright-core (no browser download). .ci/run installs chromium when it is missing;
// elsewhere this file skips when there is no /usr/bin/chromium.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Detection, Rule } from '../../src/index.js';
import { buildDemo, type DemoBuild } from '../../examples/browser/build.js';
import { serve, type DemoServer } from '../../examples/browser/serve.js';
import { percent } from '../../examples/browser/src/render.js';
import { ensurePackageBuilt, root } from './package-build.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const artifacts = join(root, 'test', 'artifacts');

// The seed articles live outside the repo, in ../shared/seeds: the paragraph that quotes JD.com's
// "Happy graduation!" notice, as a person would copy it from the article.
const seedsDir = join(root, '..', 'shared', 'seeds');
const seedNotice = existsSync(seedsDir)
  ? readdirSync(seedsDir)
      .flatMap((f) => readFileSync(join(seedsDir, f), 'utf8').split('\n'))
      .find((line) => line.includes('"Happy graduation!'))
  : undefined;
// A short paraphrase of the notice, with the last day it announces, so the rest runs without ../shared.
const NOTICE = 'Happy graduation! Congratulations on having graduated from JD.com. Thank you for the companionship! Your last day is Friday; HR will send your severance details.';
const LITERAL = 'Congratulations on your graduation from Stanford';

/** The file package.json exports as `doublespeak/nlp` for `import`. */
function nlpEntry(): string {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
  const entry = pkg.exports['./nlp'] as string | { import?: string | { default?: string }; default?: string };
  const target = typeof entry === 'string' ? entry : typeof entry.import === 'string' ? entry.import : (entry.import?.default ?? entry.default);
  if (!target) throw new Error('package.json exports no file for ./nlp');
  return target;
}

type Detect = (text: string) => Detection | Promise<Detection>;

interface ShownMark {
  text: string;
  category: string | undefined;
  index: number;
}

describe.skipIf(!hasChromium)('browser demo in headless Chromium', { timeout: 120_000 }, () => {
  let demo: DemoBuild;
  let server: DemoServer;
  let context: BrowserContext;
  let page: Page;
  let profile: string;
  let coreDetect: Detect;
  let lexicon: readonly Rule[];
  const workers: string[] = [];
  const offsite: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    await ensurePackageBuilt();
    ({ detect: coreDetect, lexicon } = (await import(pathToFileURL(join(root, 'dist', 'index.js')).href)) as {
      detect: Detect;
      lexicon: readonly Rule[];
    });
    demo = await buildDemo({ quiet: true, outdir: mkdtempSync(join(tmpdir(), 'doublespeak-demo-')) });
    server = await serve(demo.outdir);
    profile = mkdtempSync(join(tmpdir(), 'doublespeak-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1280, height: 820 },
    });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') });
    // No CDN, no network: anything not on our loopback server is refused and recorded.
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.origin === new URL(server.url).origin || url.protocol === 'data:') return route.continue();
      offsite.push(url.href);
      return route.abort();
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('worker', (w) => workers.push(w.url()));
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console.${m.type()}: ${m.text()}`);
    });
    await page.goto(server.url);
    await page.waitForSelector('body[data-worker]');
  }, 300_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
    if (demo) rmSync(demo.outdir, { recursive: true, force: true });
  });

  /** Waits until the page shows the worker's answer for exactly `text`. */
  async function settled(text: string) {
    await page.waitForFunction((t) => document.body.dataset.settled === 'true' && document.querySelector('textarea')!.value === t, text);
  }

  /** Replaces the editor's text with a real paste (clipboard + Ctrl+V). */
  async function paste(text: string) {
    await page.click('#input');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await page.keyboard.press('ControlOrMeta+V');
    await settled(text);
  }

  function marks(): Promise<ShownMark[]> {
    return page.$$eval('#backdrop mark', (ms) =>
      ms.map((m) => ({
        text: m.textContent ?? '',
        category: Array.from(m.classList).find((c) => c.startsWith('ds-') && c !== 'ds-mark')?.slice(3),
        index: Number((m as HTMLElement).dataset.index),
      })),
    );
  }

  /** Moves the mouse onto a highlight, as a person would (the marks sit under the textarea). */
  async function hover(index: number) {
    const box = await page.locator(`#backdrop mark[data-index="${index}"]`).boundingBox();
    expect(box).not.toBeNull();
    await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2);
    await page.waitForSelector(`#tooltip[data-index="${index}"]:not([hidden])`);
    return (await page.locator('#tooltip').innerText()).replace(/\s+/g, ' ');
  }

  /** Checks the page against detect() run in Node on the same text: highlights, panel, score. */
  async function expectPageShows(text: string, detect: Detect) {
    const expected = await detect(text);
    const shown = await marks();
    expect(shown.map((m) => [m.text, m.category])).toEqual(expected.spans.map((s) => [s.text, s.category]));
    expect(await page.locator('#findings .finding').count()).toBe(expected.spans.length);
    expect(await page.locator('#doc-score-value').innerText()).toBe(percent(expected.score));
    return expected;
  }

  it.skipIf(!seedNotice)('highlights the JD.com "Happy graduation!" notice, pasted from the seed article that quotes it', async () => {
    await paste(seedNotice!);
    const expected = await expectPageShows(seedNotice!, coreDetect);
    const shown = await marks();
    console.log(`seed paragraph: ${JSON.stringify(seedNotice)}\n  highlighted: ${shown.map((m) => `"${m.text}" (${m.category})`).join(', ')}; document score ${percent(expected.score)}`);
    expect(shown.some((m) => /graduation/i.test(m.text) && m.category === 'spin'), 'the "graduation" of "Happy graduation!"').toBe(true);
    expect(shown.some((m) => /graduated/i.test(m.text) && m.category === 'spin'), '"graduated from JD.com"').toBe(true);
    expect(shown.filter((m) => /companionship|verified|addressed/i.test(m.text))).toEqual([]);
  });

  it('highlights the notice (paraphrase), with meaning, score, reasons and suggestions in the tooltip and the panel', async () => {
    await paste(NOTICE);
    const expected = await expectPageShows(NOTICE, coreDetect);
    const shown = await marks();
    expect(shown.some((m) => /graduat/i.test(m.text) && m.category === 'spin')).toBe(true);
    expect(shown.filter((m) => /companionship|thank/i.test(m.text))).toEqual([]);

    const span = expected.spans[0]!;
    const tip = await hover(0);
    expect(tip).toContain(span.text);
    expect(tip).toContain('Spin');
    expect(tip).toContain(span.meaning);
    expect(tip).toContain(percent(span.score));
    for (const s of span.suggestions) expect(tip).toContain(s);
    const squash = (t: string) => t.replace(/\s+/g, ' ');
    for (const r of span.reasons.slice(0, 4)) expect(tip).toContain(squash(r));
    if (span.reasons.length > 4) expect(tip).toContain(`+${span.reasons.length - 4} more in the findings panel`);

    // The hovered span's card in the side panel is marked active and opens all its reasons.
    const card = page.locator('#findings .finding.active');
    expect(await card.getAttribute('data-rule')).toBe(span.ruleId);
    expect(await card.locator('details').getAttribute('open')).not.toBeNull();
    const cardText = squash(await card.innerText());
    for (const t of [span.meaning, percent(span.score), ...span.suggestions, ...span.reasons.map(squash)]) expect(cardText).toContain(t);

    // Leaving the text hides the tooltip.
    await page.mouse.move(5, 5);
    await page.waitForSelector('#tooltip[hidden]', { state: 'attached' });
  });

  it('highlights nothing in a literal graduation ("Congratulations on your graduation from Stanford")', async () => {
    await paste(LITERAL);
    expect(await marks()).toEqual([]);
    expect((await coreDetect(LITERAL)).spans).toEqual([]);
    expect(await page.locator('#findings .finding').count()).toBe(0);
    expect(await page.locator('#empty').innerText()).toContain('No layoff euphemisms');
    expect(await page.locator('#doc-score-value').innerText()).toBe('0%');
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, 'browser-demo-literal.png') });
  });

  it('highlights Chinese and mixed Chinese/English text (毕业, 被优化) and leaves 大学毕业 alone', async () => {
    const mixed = '恭喜你从京东毕业！你的最后工作日是3月31日，请归还工牌。HR说我们组被优化了。Impacted employees will receive severance.';
    await paste(mixed);
    await expectPageShows(mixed, coreDetect);
    expect((await marks()).map((m) => m.text)).toEqual(['毕业', '被优化', 'Impacted employees']);
    const literal = '他2015年大学毕业，后来做了五年代码优化。';
    await paste(literal);
    expect(await marks()).toEqual([]);
  });

  it('highlights as the person types, keystroke by keystroke', async () => {
    await paste('');
    await page.click('#input');
    const first = 'Happy graduation! ';
    await page.keyboard.type(first, { delay: 15 });
    await settled(first);
    await expectPageShows(first, coreDetect);
    const rest = 'Congratulations on having graduated from JD.com. Your last day is Friday.';
    await page.keyboard.type(rest, { delay: 5 });
    await settled(first + rest);
    const expected = await expectPageShows(first + rest, coreDetect);
    expect(expected.spans.length).toBeGreaterThan(0);
  });

  it('keeps the overlay aligned: after every kind of edit the backdrop holds exactly the textarea text', async () => {
    const letter = readFileSync(join(root, 'examples', 'hr-letter.txt'), 'utf8');
    await paste(letter);
    await expectPageShows(letter, coreDetect);
    const backdropText = () =>
      page.$$eval('#backdrop-text > .ln', (lines) => lines.map((l) => (l.textContent ?? '').replace(/\u200b/g, '')).join('\n'));
    const aligned = async (what: string) => {
      // Checked at once, before the worker answers: the page redraws the touched lines itself.
      const [value, drawn] = await Promise.all([page.locator('#input').inputValue(), backdropText()]);
      expect(drawn, what).toBe(value);
    };
    const caretAt = (offset: number) => page.evaluate((o) => document.querySelector('textarea')!.setSelectionRange(o, o), offset);
    const inside = letter.indexOf('rightsizing') + 5;
    await caretAt(inside);
    await page.keyboard.type('x');
    await aligned('a letter typed inside a highlight');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Enter');
    await aligned('a line split inside a highlight');
    await page.keyboard.press('Backspace');
    await aligned('the lines joined again');
    await page.evaluate(() => document.querySelector('textarea')!.setSelectionRange(10, 200));
    await page.keyboard.press('Delete');
    await aligned('a selection across lines deleted');
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type('\nWe are rightsizing.\n\n');
    await aligned('lines added at the end');
    const value = await page.locator('#input').inputValue();
    await settled(value);
    await aligned('the worker answered');
    await expectPageShows(value, coreDetect);
  });

  it('keeps typing responsive on a long text: detection runs in the worker, not on the main thread', async () => {
    const paragraph = `${NOTICE} We are rightsizing the team and restructuring operations; 40 roles will be eliminated.\n`;
    const big = paragraph.repeat(1500); // about 300,000 characters
    await page.evaluate(() => {
      const w = window as unknown as { __longTasks: number[] };
      w.__longTasks = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__longTasks.push(e.duration))).observe({ type: 'longtask' });
    });
    await paste(big);
    await page.evaluate(() => ((window as unknown as { __longTasks: number[] }).__longTasks = []));
    await page.keyboard.press('ControlOrMeta+End');
    const typed = ' Happy graduation!';
    const t0 = Date.now();
    await page.keyboard.type(typed, { delay: 0 });
    const typingMs = Date.now() - t0;
    await settled(big + typed);
    const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
    const status = await page.locator('#status').innerText();
    console.log(`long text: ${big.length} characters, ${typed.length} keystrokes in ${typingMs} ms; main-thread long tasks while typing: ${longTasks.length ? longTasks.map((d) => Math.round(d)).join(', ') + ' ms' : 'none'}\n  status: ${status}`);
    expect(await page.locator('#input').inputValue()).toBe(big + typed);
    expect(status).toContain('Web Worker');
    // Detecting on the main thread would block it for the whole detect() time on every keystroke.
    const blocked = longTasks.reduce((a, b) => a + b, 0);
    expect(blocked, `main thread blocked ${Math.round(blocked)} ms while typing ${typed.length} keys`).toBeLessThan(4000);
  });

  it('runs the core in a Web Worker: the page bundle has no detector, the worker has the whole lexicon', async () => {
    expect(workers.some((url) => url === new URL('worker.js', server.url).href), workers.join(', ')).toBe(true);
    expect(await page.evaluate(() => document.body.dataset.worker)).toBe('DedicatedWorkerGlobalScope');
    expect(await page.evaluate(() => document.body.dataset.scope)).toBe('DedicatedWorkerGlobalScope');
    expect(await page.locator('#status').innerText()).toMatch(/in a Web Worker \(DedicatedWorkerGlobalScope\)/);
    // What esbuild put in each file: the page has no detector; the worker (with the chunks it
    // loads at once) has the core from dist/; wink-nlp comes only with the on-demand chunk.
    const file = (path: string) => demo.files.find((f) => f.path === path)!;
    const closure = (path: string): typeof demo.files => {
      const seen = new Map<string, (typeof demo.files)[number]>();
      const visit = (p: string) => {
        if (seen.has(p)) return;
        seen.set(p, file(p));
        file(p).static.forEach(visit);
      };
      visit(path);
      return [...seen.values()];
    };
    const pageFiles = closure('main.js');
    const workerFiles = closure('worker.js');
    const inputsOf = (files: typeof demo.files) => files.flatMap((f) => f.inputs);
    expect(inputsOf(pageFiles).filter((i) => i.startsWith('dist/') || i.includes('node_modules'))).toEqual([]);
    expect(inputsOf(workerFiles)).toContain('dist/index.js');
    expect(inputsOf(workerFiles).filter((i) => /wink/.test(i))).toEqual([]);
    const onDemand = file('worker.js').dynamic.flatMap((p) => inputsOf(closure(p)));
    if (demo.nlp) expect(onDemand.some((i) => /wink-nlp/.test(i)), onDemand.join(', ')).toBe(true);
    // And the lexicon's text is in the worker's files only.
    const text = (files: typeof demo.files) => files.map((f) => readFileSync(join(demo.outdir, f.path), 'utf8')).join('\n');
    const pageJs = text(pageFiles);
    const workerJs = text(workerFiles);
    const texts = [...new Set(lexicon.flatMap((r) => r.suggestions))].filter((t) => t.length > 12 && !/["\\`\n]/.test(t));
    expect(texts.length).toBeGreaterThan(50);
    expect(texts.filter((t) => pageJs.includes(t))).toEqual([]);
    expect(texts.filter((t) => !workerJs.includes(t))).toEqual([]);
  });

  it('Deep analysis: loads doublespeak/nlp with a dynamic import, shows that it is loading, then re-runs', async () => {
    await paste(NOTICE);
    await page.evaluate(() => {
      const w = window as unknown as { __deepStates: string[] };
      w.__deepStates = [document.body.dataset.deep ?? ''];
      new MutationObserver(() => w.__deepStates.push(document.body.dataset.deep ?? '')).observe(document.body, { attributes: true, attributeFilter: ['data-deep'] });
    });
    const requestsBefore = server.requests.length;
    await page.click('label.switch');
    await page.waitForFunction(() => ['on', 'unavailable'].includes(document.body.dataset.deep ?? ''), undefined, { timeout: 120_000 });
    const states = await page.evaluate(() => (window as unknown as { __deepStates: string[] }).__deepStates);
    const chunks = server.requests.slice(requestsBefore).filter((p) => p.startsWith('/chunks/'));
    const status = await page.locator('#deep-status').innerText();
    console.log(`deep analysis: states ${states.join(' → ')}; fetched ${chunks.join(', ') || 'nothing'}; "${status}"`);
    expect(states.slice(0, 2)).toEqual(['off', 'loading']);
    expect(chunks.length, 'the NLP entry is a separate chunk fetched on demand').toBeGreaterThan(0);

    if (demo.nlp) {
      expect(states.at(-1)).toBe('on');
      expect(status).toMatch(/^On/);
      await page.waitForFunction(() => document.body.dataset.engine === 'nlp' && document.body.dataset.settled === 'true');
      const { detect: nlpDetect } = (await import(pathToFileURL(join(root, nlpEntry())).href)) as { detect: Detect };
      await expectPageShows(NOTICE, nlpDetect);
      expect(await page.locator('#status').innerText()).toContain('doublespeak/nlp');
    } else {
      // The package does not export ./nlp yet: the toggle says so and the core keeps working.
      expect(states.at(-1)).toBe('unavailable');
      expect(status).toMatch(/^Not available in this build/);
      expect(await page.locator('#deep').isDisabled()).toBe(true);
      expect(await page.locator('#deep').isChecked()).toBe(false);
      expect(await page.evaluate(() => document.body.dataset.engine)).toBe('core');
    }

    await hover(0);
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, 'browser-demo.png'), fullPage: true });

    if (demo.nlp) {
      await page.mouse.move(5, 5);
      await page.click('label.switch');
      await page.waitForFunction(() => document.body.dataset.deep === 'off' && document.body.dataset.engine === 'core' && document.body.dataset.settled === 'true');
      await expectPageShows(NOTICE, coreDetect);
    }
  });

  it('used no network but its own loopback server, and logged no errors', () => {
    expect(offsite).toEqual([]);
    const served = new Set(server.requests.map((p) => p.replace(/^\/chunks\/.*/, '/chunks/*')));
    expect([...served].filter((p) => !['/', '/main.js', '/worker.js', '/style.css', '/chunks/*'].includes(p))).toEqual([]);
    expect(problems).toEqual([]);
  });
});
