/**
 * `council-report sheets <file>`: what a workbook holds, so an officer can name the range to
 * insert.
 */
import { summariseWorkbook, type Workbook } from '../../../core/data/spreadsheet';
import type { CliIo } from '../../shared/io';
import { readWorkbookFile } from '../../shared/workbooks';
import type { SheetsCommand } from './spec';

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

export function run(command: SheetsCommand, io: CliIo): number {
  const workbook = readWorkbookFile(command.file);
  if (command.json)
    io.stdout.write(
      JSON.stringify({ file: workbook.fileName, ...summariseWorkbook(workbook) }, null, 2) + '\n',
    );
  else io.stdout.write(sheetsText(workbook));
  return 0;
}
