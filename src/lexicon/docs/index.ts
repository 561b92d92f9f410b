import type { RuleDocs } from '../../types.js';
import { impactDocs } from './impact.js';
import { reductionDocs } from './reduction.js';
import { restructuringDocs } from './restructuring.js';
import { separationDocs } from './separation.js';
import { spinDocs } from './spin.js';

/** Notes and examples of every built-in entry, by rule id. */
export const lexiconDocs: Readonly<Record<string, RuleDocs>> = {
  ...spinDocs,
  ...separationDocs,
  ...reductionDocs,
  ...restructuringDocs,
  ...impactDocs,
};
