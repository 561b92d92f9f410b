import type { RuleDocs } from '../../types.js';
import { impactDocs } from './impact.js';
import { reductionDocs } from './reduction.js';
import { restructuringDocs } from './restructuring.js';
import { separationDocs } from './separation.js';
import { spinDocs } from './spin.js';
import { zhImpactDocs } from './zh-impact.js';
import { zhReductionDocs } from './zh-reduction.js';
import { zhRestructuringDocs } from './zh-restructuring.js';
import { zhSeparationDocs } from './zh-separation.js';
import { zhSpinDocs } from './zh-spin.js';

/** Notes and examples of every built-in entry, English and Chinese, by rule id. */
export const lexiconDocs: Readonly<Record<string, RuleDocs>> = {
  ...spinDocs,
  ...separationDocs,
  ...reductionDocs,
  ...restructuringDocs,
  ...impactDocs,
  ...zhSpinDocs,
  ...zhSeparationDocs,
  ...zhReductionDocs,
  ...zhRestructuringDocs,
  ...zhImpactDocs,
};
