/** Sentences the Template view shows and announces: what a check found. */
import type { CheckResult, Severity } from '../../../core/template/finding';

const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

export function severityLabel(severity: Severity): string {
  return severity === 'error' ? 'Error' : severity === 'warning' ? 'Warning' : 'Note';
}

/** "2 errors, 9 warnings — 6 of 9 sections complete." */
export function describeResult(result: CheckResult): string {
  const errors = result.findings.filter((f) => f.severity === 'error').length;
  const warnings = result.findings.filter((f) => f.severity === 'warning').length;
  const notes = result.findings.length - errors - warnings;
  const complete = result.sections.filter((s) => s.status === 'complete').length;
  const sections = `${complete} of ${result.sections.length} sections complete`;
  if (result.findings.length === 0) return `No problems found — ${sections}.`;
  const parts = [count(errors, 'error'), count(warnings, 'warning')];
  if (notes > 0) parts.push(count(notes, 'note'));
  return `${parts.join(', ')} — ${sections}.`;
}
