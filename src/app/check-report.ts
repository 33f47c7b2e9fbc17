import type { ReportHost, ProgressListener } from '../core/report/host';
import type { CheckOptions, CheckResult } from '../core/template/finding';
import type { TemplateSpec } from '../core/template/spec';
import { checkSnapshot } from '../core/template/check';

export interface CheckReportOptions extends CheckOptions {
  onProgress?: ProgressListener;
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
  const { onProgress, ...checkOptions } = options;
  onProgress?.(0, 'Reading the report');
  const snapshot = await host.readSnapshot((fraction, stage) => onProgress?.(fraction * 0.8, stage));
  onProgress?.(0.8, 'Checking against the template');
  const result = checkSnapshot(snapshot, template, checkOptions);
  onProgress?.(1, 'Done');
  return result;
}
