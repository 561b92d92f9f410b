// The demo's detection worker: all detect() calls run here, off the main thread, so typing in
// the page never waits for them. The core is bundled into this file; `doublespeak/nlp` (wink-nlp
// and its model) is a separate chunk fetched only when the page asks for deep analysis.
import { detect as coreDetect } from 'doublespeak';
import type { Detection } from 'doublespeak';
import type { Engine, FromWorker, ToWorker } from './protocol.js';

type Detect = (text: string) => Detection | Promise<Detection>;

// tsconfig has the DOM lib, not WebWorker: describe the little of the worker scope we use.
const scope = globalThis as unknown as {
  postMessage(message: FromWorker): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ToWorker>) => void): void;
};
const scopeName = globalThis.constructor.name; // 'DedicatedWorkerGlobalScope' in a worker

let nlp: Promise<Detect> | undefined;

function loadNlp(): Promise<Detect> {
  return (nlp ??= import('doublespeak/nlp').then((m) => m.detect as Detect));
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function run(id: number, text: string, engine: Engine): Promise<void> {
  try {
    const detect: Detect = engine === 'nlp' ? await loadNlp() : coreDetect;
    const t0 = performance.now();
    const detection = await detect(text);
    scope.postMessage({ type: 'result', id, engine, detection, ms: performance.now() - t0, scope: scopeName });
  } catch (error) {
    scope.postMessage({ type: 'error', id, engine, message: message(error) });
  }
}

scope.addEventListener('message', (event) => {
  const msg = event.data;
  if (msg.type === 'detect') {
    void run(msg.id, msg.text, msg.engine);
  } else if (msg.type === 'load-nlp') {
    const t0 = performance.now();
    loadNlp().then(
      () => scope.postMessage({ type: 'nlp', state: 'ready', ms: performance.now() - t0 }),
      (error: unknown) => {
        nlp = undefined;
        scope.postMessage({ type: 'nlp', state: 'unavailable', message: message(error) });
      },
    );
  }
});

scope.postMessage({ type: 'ready', scope: scopeName });
