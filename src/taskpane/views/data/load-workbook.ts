/**
 * A workbook the officer picked in the pane, read in the browser. The reader (SheetJS behind the
 * .docx reader's zip limits) is large, so it loads in its own chunk the first time a workbook is
 * opened: the Data view and the crime data do not carry it.
 */
import { byteStreamChunks } from '../../../core/data';
import { summariseWorkbook, type Workbook } from '../../../core/data/spreadsheet';
import { ReportError } from '../../../core/errors';
import type { ProgressListener } from '../../../core/report/host';
import type { PickedFile, WorkbookContents } from './data-actions';

/** As `council-report` refuses: a workbook's zip is never larger than what it may expand to. */
const MAX_WORKBOOK_BYTES = 256 * 1024 * 1024;

export async function readPickedWorkbook(file: PickedFile, onProgress: ProgressListener): Promise<Workbook> {
  if (!/\.(xlsx|xlsm|ods|xls)$/i.test(file.name)) {
    throw new ReportError(
      'workbook-not-spreadsheet',
      `${file.name} is not a workbook: choose an Excel (.xlsx) or LibreOffice (.ods) file.`,
      file.name,
    );
  }
  if (file.size > MAX_WORKBOOK_BYTES) {
    throw new ReportError('workbook-too-large', `${file.name} is too large to be a workbook of figures.`);
  }
  onProgress(0, `Reading ${file.name}`);
  const parts: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of byteStreamChunks(file.stream())) {
    parts.push(chunk);
    length += chunk.length;
  }
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  onProgress(0.5, `Opening ${file.name}`);
  const { readWorkbook } = await import(
    /* webpackChunkName: "workbook-reader" */ '../../../spreadsheet/read-workbook'
  );
  return readWorkbook(bytes, file.name);
}

/** The sheets (worksheets only), tables and defined names the pickers offer. */
export function workbookContents(workbook: Workbook): WorkbookContents {
  const summary = summariseWorkbook(workbook);
  return {
    fileName: workbook.fileName,
    sheets: summary.sheets.filter((s) => s.kind === 'worksheet').map((s) => ({ name: s.name, used: s.used })),
    tables: summary.tables,
    names: summary.names,
  };
}
