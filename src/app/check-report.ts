import type { ReportHost, ProgressListener } from '../core/report/host';
import type { ReportSnapshot } from '../core/report/snapshot';
import type { CheckOptions, CheckResult } from '../core/template/finding';
import type { TemplateSpec } from '../core/template/spec';
import { checkSnapshot } from '../core/template/check';
import { recordedDispositions } from './consultation/report-state';

export interface CheckReportOptions extends CheckOptions {
  onProgress?: ProgressListener;
}

/** A check's result with the snapshot it was made from, which the fixes that follow it work on. */
export interface CheckedReport {
  snapshot: ReportSnapshot;
  result: CheckResult;
}

/**
 * Use case "Check report", keeping the snapshot: the task pane plans its fixes (insert a missing
 * section, protect headings) on what the officer saw, and Word refuses them if the report changed.
 */
export async function checkReportKeepingSnapshot(
  host: ReportHost,
  template: TemplateSpec,
  options: CheckReportOptions = {},
): Promise<CheckedReport> {
  const { onProgress, ...checkOptions } = options;
  onProgress?.(0, 'Reading the report');
  const snapshot = await host.readSnapshot((fraction, stage) => onProgress?.(fraction * 0.8, stage));
  onProgress?.(0.8, 'Checking against the template');
  // Comments answered in the consultation view count as dealt with.
  const result = checkSnapshot(snapshot, template, {
    dispositions: recordedDispositions(snapshot),
    ...checkOptions,
  });
  onProgress?.(1, 'Done');
  return { snapshot, result };
}

/**
 * Use case "Check report": read the document once through its host, then decide in core.
 * The same function serves the task pane, the ribbon command, the CLI and the workspace.
 */
export async function checkReport(
  host: ReportHost,
  template: TemplateSpec,
  options: CheckReportOptions = {},
): Promise<CheckResult> {
  return (await checkReportKeepingSnapshot(host, template, options)).result;
}
