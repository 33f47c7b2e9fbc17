import type { CheckResult } from '../core/template/finding';

const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

/**
 * The one-line outcome of "Check report" shown in the ribbon command's dialog, e.g.
 * "Report check: 3 errors, 2 warnings — 7 of 9 sections complete".
 * Counts only: no document text goes into the line (it travels in the dialog's URL).
 */
export function summariseCheck(result: CheckResult): string {
  const errors = result.findings.filter((f) => f.severity === 'error').length;
  const warnings = result.findings.filter((f) => f.severity === 'warning').length;
  const problems =
    errors === 0 && warnings === 0
      ? 'no errors or warnings'
      : `${count(errors, 'error')}, ${count(warnings, 'warning')}`;
  const total = result.sections.length;
  if (total === 0) return `Report check: ${problems}`;
  const complete = result.sections.filter((s) => s.status === 'complete').length;
  return `Report check: ${problems} — ${complete} of ${total} sections complete`;
}
