/**
 * `council-report sheets <file>`: what a workbook holds, so an officer can name the range to
 * insert. Also the one place the CLI reads a workbook from disk.
 */
import { readFileSync, statSync } from 'node:fs';
import { summariseWorkbook, type Workbook } from '../core/data/spreadsheet';
import { ReportError } from '../core/errors';
import { MAX_TOTAL_UNCOMPRESSED } from '../docx/package';
import { readWorkbook } from '../spreadsheet/read-workbook';
import { reasonFor } from './file-problem';
import type { CliIo } from './main';

/** Workbooks are told apart from police.uk CSV files by their extension. */
export function isWorkbookPath(path: string): boolean {
  return /\.(xlsx|xlsm|ods|xls)$/i.test(path);
}

/** Reads a workbook file; every problem is a ReportError naming the file. */
export function readWorkbookFile(path: string): Workbook {
  let bytes: Uint8Array;
  try {
    // A workbook's zip is never larger than what it expands to: refuse before reading it all.
    if (statSync(path).size > MAX_TOTAL_UNCOMPRESSED) {
      throw new ReportError('workbook-too-large', `${path} is too large to be a workbook of figures.`, path);
    }
    bytes = new Uint8Array(readFileSync(path));
  } catch (error) {
    if (error instanceof ReportError) throw error;
    throw new ReportError('file-unreadable', `Cannot read "${path}": ${reasonFor(error)}.`, path);
  }
  return readWorkbook(bytes, path);
}

export function sheetsText(workbook: Workbook): string {
  const summary = summariseWorkbook(workbook);
  const lines = [`${workbook.fileName}:`, '  Sheets:'];
  for (const sheet of summary.sheets) {
    const what = sheet.kind === 'chart' ? 'chart sheet (no cells)' : (sheet.used ?? 'empty');
    lines.push(`    ${sheet.name}  ${what}`);
  }
  lines.push(summary.tables.length > 0 ? '  Tables:' : '  Tables: none');
  for (const table of summary.tables) lines.push(`    ${table.name}  ${table.sheet}!${table.range}`);
  lines.push(summary.names.length > 0 ? '  Defined names:' : '  Defined names: none');
  for (const name of summary.names) lines.push(`    ${name.name}  ${name.refersTo}`);
  return lines.join('\n') + '\n';
}

export function sheetsCommand(positionals: readonly string[], json: boolean, io: CliIo): number {
  const path = positionals[0];
  if (!path || positionals.length > 1) {
    throw new ReportError(
      'usage',
      'Give one workbook (.xlsx or .ods): council-report sheets <file> [--json]. Run "council-report sheets --help" to see how to use it.',
    );
  }
  const workbook = readWorkbookFile(path);
  if (json)
    io.stdout.write(
      JSON.stringify({ file: workbook.fileName, ...summariseWorkbook(workbook) }, null, 2) + '\n',
    );
  else io.stdout.write(sheetsText(workbook));
  return 0;
}
