import { readFileSync } from 'node:fs';
import { describe } from './discover.js';

// As git decides: a NUL byte in the first 8,000 bytes makes a file binary.
const SNIFF = 8000;

export type Source = { text: string } | { error: string };

/** The UTF-8 text of a file (or of standard input), or why it cannot be linted. */
export function decodeSource(bytes: Uint8Array): Source {
  if (bytes.subarray(0, SNIFF).includes(0)) return { error: 'binary file, not linted' };
  let text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  // A byte order mark is not part of the first line: editors count columns from after it.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text };
}

/** Reads a file for linting; the CLI only ever reads. */
export function readSource(path: string): Source {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { error: describe(error) };
  }
  return decodeSource(bytes);
}
