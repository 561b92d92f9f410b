/**
 * Shared context words. Syntax: `*` any word ending, `#` a number, a space any spaces or
 * hyphens; ALL-CAPS entries match case-sensitively. Each list is one string, its entries
 * separated by `|` (a list is shipped to browsers; quotes and commas per entry add up).
 */

/** Words that say jobs are being lost. */
export const JOB_LOSS_CUES: readonly string[] = /* @__PURE__ */ (
  'severance|last day|last working day|final day|final working day|termination date|' +
  'notice period|headcount|layoff*|lay off|lays off|laid off|laying off|job cuts|job losses|' +
  'job loss|outplacement|COBRA|unemploy*|redundancy pay|redundancy package|exit interview|fired|' +
  'dismissal|dismissed|jobless|job search|résumé|resume|LinkedIn|recruiter*|hiring freeze|' +
  'termination*|terminated|benefits continuation|final paycheck|final pay|garden leave|' +
  'gardening leave|# people|# employees|# workers|# staff|# jobs|# roles|# positions|#% of|' +
  '# percent of|dozens of people|hundreds of people|thousands of people'
).split('|');

/** Words that say the subject is people at work, without saying anyone is losing a job. */
export const WORKPLACE_CUES: readonly string[] = /* @__PURE__ */ (
  'employee*|staff|staffers|staffing|workforce|personnel|HR|human resources|people team|payroll|' +
  'PTO|coworker*|co worker*|colleague*|team member*|worker*|job|jobs'
).split('|');

/** Words common around jobs but also elsewhere: they count for less. */
export const WEAK_EMPLOYMENT_CUES: readonly string[] = /* @__PURE__ */ (
  'company|companies|employer|organization|organisation|firm|corporate|business|role|roles|' +
  'position|positions|career|careers|salary|salaries|compensation|manager|managers|department|' +
  'team|teams|contract|hired|hiring|CEO|memo|all hands|town hall|office|offices|laptop|badge|' +
  'equipment|pension|benefits|Inc|Ltd|LLC|Corp|GmbH|plc|startup|start up|tech firm*'
).split('|');

/** Words that dress a departure up as good news: spin, when the subject is a job. */
export const SPIN_CUES: readonly string[] = /* @__PURE__ */ (
  'congratulation*|congrats|happy|exciting|excited|journey|adventure|' +
  'thank you for|thanks for|grateful|gratitude|wish you|best wishes|best of luck|proud|celebrate|' +
  'bittersweet|bright future|companionship'
).split('|');
