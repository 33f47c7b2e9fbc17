/** Workbooks (.xlsx, .ods) from disk, for `sheets` and for `--source`. */
import type { Workbook } from '../../core/data/spreadsheet';
import { ReportError } from '../../core/errors';
import { MAX_TOTAL_UNCOMPRESSED } from '../../docx/read/package';
import { readWorkbook } from '../../spreadsheet/read-workbook';
import { inputSize, readInputFile } from './io';

/** Workbooks are told apart from police.uk CSV files by their extension. */
export function isWorkbookPath(path: string): boolean {
  return /\.(xlsx|xlsm|ods|xls)$/i.test(path);
}

/** Reads a workbook file; every problem is a ReportError naming the file. */
export function readWorkbookFile(path: string): Workbook {
  // A workbook's zip is never larger than what it expands to: refuse before reading it all.
  if (inputSize(path) > MAX_TOTAL_UNCOMPRESSED) {
    throw new ReportError('workbook-too-large', `${path} is too large to be a workbook of figures.`, path);
  }
  return readWorkbook(readInputFile(path), path);
}
