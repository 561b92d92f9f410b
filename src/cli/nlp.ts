import { CliError, oneLine } from './errors.js';
import type { Detect } from './lint.js';

let loaded: Promise<Detect> | undefined;

/**
 * `detect` from doublespeak/nlp, imported only when --nlp (or `"nlp": true`) asks for it, so
 * that the model is never loaded otherwise. The built CLI imports the package's own nlp entry.
 */
export function loadNlpDetect(): Promise<Detect> {
  return (loaded ??= (async () => {
    try {
      // Not a literal to TypeScript, so the CLI type-checks whether or not src/nlp exists yet;
      // tsup resolves it (tsup.config.ts) to the built doublespeak/nlp entry.
      const nlp = (await import('../nlp/index.js' as string)) as { detect?: unknown };
      if (typeof nlp.detect !== 'function') throw new Error('it exports no detect()');
      return nlp.detect as Detect;
    } catch (error) {
      throw new CliError(`doublespeak/nlp is not available (${oneLine(error)})`);
    }
  })());
}
