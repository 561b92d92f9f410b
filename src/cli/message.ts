import type { Finding } from './lint.js';

/** What a reporter says about a finding: the phrase, its plain meaning, and what to write instead. */
export function message(finding: Finding): string {
  const suggestion = finding.suggestions[0];
  const instead = suggestion ? `; write "${suggestion}" instead` : '';
  return `"${finding.text}" means "${finding.meaning}"${instead}`;
}

/** The --why lines of a finding: its note, then its score and the features behind it. */
export function why(finding: Finding): string[] {
  const lines: string[] = [];
  if (finding.note) lines.push(`why: ${finding.note}`);
  lines.push(`score ${finding.score.toFixed(2)}${finding.reasons.length > 0 ? `: ${finding.reasons.join('; ')}` : ''}`);
  return lines;
}
