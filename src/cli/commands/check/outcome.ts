import type { CheckResult, Severity } from '../../../core/template/finding';

/** A report that was read and checked. */
export interface CheckedReport {
  /** The file as the user named it on the command line. */
  file: string;
  /** The template's human name, for the checklist heading. */
  templateName: string;
  result: CheckResult;
}

/** A report that could not be checked: unreadable, not a .docx, corrupt. */
export interface UnreadableReport {
  file: string;
  error: { code: string; message: string };
}

export type ReportOutcome = CheckedReport | UnreadableReport;

export function isUnreadable(outcome: ReportOutcome): outcome is UnreadableReport {
  return 'error' in outcome;
}

export function isChecked(outcome: ReportOutcome): outcome is CheckedReport {
  return !isUnreadable(outcome);
}

export type SeverityCounts = Record<Severity, number>;

export function countBySeverity(result: CheckResult): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const finding of result.findings) counts[finding.severity]++;
  return counts;
}

/** "3 errors, 2 warnings" (and ", 1 info" only when there is some). */
export function describeCounts(counts: SeverityCounts): string {
  const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning')];
  if (counts.info > 0) parts.push(`${counts.info} info`);
  return parts.join(', ');
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * 0 when no report has an error-severity finding, 1 when one has, 2 when a report could not be
 * checked at all (that outranks findings: the batch is not fully checked).
 */
export function exitCodeFor(outcomes: readonly ReportOutcome[]): 0 | 1 | 2 {
  if (outcomes.some(isUnreadable)) return 2;
  const anyError = outcomes.some(
    (outcome) =>
      !isUnreadable(outcome) && outcome.result.findings.some((finding) => finding.severity === 'error'),
  );
  return anyError ? 1 : 0;
}
