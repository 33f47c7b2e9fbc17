/** `council-report refresh`: the task pane's refresh (src/app/live) over a .docx from disk. */
import { refreshLiveRegions, type RefreshReport } from '../../../app/live';
import { DocxReportHost } from '../../../docx/docx-host';
import { readInputFile, writeOutputFile, type CliIo } from '../../shared/io';
import { cliSource, ELEMENTS } from '../../shared/live-data';
import type { RefreshCommand } from './spec';

function refreshText(report: RefreshReport): string {
  const lines: string[] = [];
  if (report.sourceError) lines.push(report.sourceError, '');
  for (const region of report.regions) {
    // The use case's words are the pane's too; on the command line the way through is --force.
    const message =
      region.status === 'skipped-edited' && region.message
        ? `${region.message} Refresh with --force to overwrite them.`
        : region.message;
    lines.push(`${region.id} (${region.element}): ${region.status}${message ? ` — ${message}` : ''}`);
    for (const change of region.changes) lines.push(`    ${change.where}: ${change.from} -> ${change.to}`);
  }
  if (report.regions.length === 0) lines.push('The report has no live tables or figures.');
  return lines.join('\n') + '\n';
}

/** Why no region was refreshed, from what happened to each: "3 skipped, 1 failed". */
function nothingRefreshed(report: RefreshReport): string {
  if (report.regions.length === 0) return 'Nothing was refreshed: the report has no live tables or figures.';
  const counts = new Map<string, number>();
  for (const r of report.regions) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
  const parts = [...counts].map(([status, n]) => `${n} ${status}`);
  const edited = counts.has('skipped-edited') ? ' (--force overwrites regions changed by hand)' : '';
  return `Nothing was refreshed: ${report.regions.length === 1 ? 'the region was' : `all ${report.regions.length} regions were`} left as they were (${parts.join(', ')})${edited}.`;
}

export async function run(command: RefreshCommand, io: CliIo): Promise<number> {
  const host = new DocxReportHost(readInputFile(command.file), command.file);
  const report = await refreshLiveRegions(host, cliSource(command.data, io), {
    now: io.now(),
    elements: ELEMENTS,
    force: command.force,
  });
  if (command.json) {
    const regions = report.regions.map((r) => ({
      id: r.id,
      element: r.element,
      status: r.status,
      changes: r.changes,
      ...(r.message ? { message: r.message } : {}),
    }));
    io.stdout.write(
      JSON.stringify(
        { file: command.file, sourceError: report.sourceError, written: report.written, regions },
        null,
        2,
      ) + '\n',
    );
  } else io.stdout.write(refreshText(report));
  if (report.sourceError) {
    io.stderr.write('Nothing was written.\n');
    return 2;
  }
  const findings = report.regions.some((r) => r.status === 'failed' || r.status === 'skipped-edited');
  if (!report.written) {
    // A copy identical to the input would look like a refresh that worked.
    io.stderr.write(`${nothingRefreshed(report)} Nothing was written.\n`);
    return findings ? 1 : 2;
  }
  writeOutputFile(command.out, host.bytes);
  io.stderr.write(`Wrote ${command.out}.\n`);
  return findings ? 1 : 0;
}
