import type { Format } from '../extract.js';
import type { Finding } from '../lint.js';

/** The result of linting one file. */
export interface FileReport {
  /** The file's path as shown: relative to the working directory, `/`-separated. */
  path: string;
  format: Format;
  score: number;
  findings: Finding[];
}

export interface ReportOptions {
  /** --why: each finding's note, score and reasons. */
  why: boolean;
  /** --quiet: findings only, no summary. */
  quiet: boolean;
  /** ANSI colours (stylish only). */
  color: boolean;
  /** How many files could not be linted (their errors go to standard error). */
  failed: number;
  /** The package version, for SARIF's tool.driver. */
  version: string;
}

/** Turns the results into the text written to standard output. */
export type Reporter = (files: readonly FileReport[], options: ReportOptions) => string;
