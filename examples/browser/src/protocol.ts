// Messages between the page (main.ts) and the detection worker (worker.ts).
import type { Detection } from 'doublespeak';

/** Which detect() does the work: the core (`doublespeak`) or wink-nlp (`doublespeak/nlp`). */
export type Engine = 'core' | 'nlp';

export type ToWorker =
  /** Run detect() on `text`; `id` grows with every edit so the page can drop stale answers. */
  | { type: 'detect'; id: number; text: string; engine: Engine }
  /** Load `doublespeak/nlp` (a dynamic import inside the worker). */
  | { type: 'load-nlp' };

export type FromWorker =
  /** Sent once the worker module has loaded; `scope` is the worker's global object's class. */
  | { type: 'ready'; scope: string }
  | { type: 'result'; id: number; engine: Engine; detection: Detection; ms: number; scope: string }
  | { type: 'error'; id: number; engine: Engine; message: string }
  | { type: 'nlp'; state: 'ready'; ms: number }
  | { type: 'nlp'; state: 'unavailable'; message: string };
