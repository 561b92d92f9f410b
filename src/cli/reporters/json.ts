import { message } from '../message.js';
import type { Reporter } from './types.js';

/**
 * One object per file with its findings (every field, note and reasons included, and the
 * message stylish prints). With --quiet, only the files with findings.
 */
export const json: Reporter = (files, { quiet }) => {
  const out = files
    .filter((file) => !quiet || file.findings.length > 0)
    .map((file) => ({
      filePath: file.path,
      format: file.format,
      score: file.score,
      findings: file.findings.map((f) => ({ ...f, message: message(f) })),
    }));
  return `${JSON.stringify(out, null, 2)}\n`;
};
