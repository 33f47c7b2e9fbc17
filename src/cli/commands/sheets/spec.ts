/** `council-report sheets`: a workbook's sheets, tables and names. */
import { JSON_OPTION } from '../../shared/io';
import type { CommandSpec } from '../../shared/parse';

export interface SheetsCommand {
  file: string;
  json: boolean;
}

export const sheetsSpec: CommandSpec<SheetsCommand> = {
  name: 'sheets',
  synopsis: '<file.xlsx|file.ods> [--json]',
  summary: "list a workbook's sheets, tables and names",
  description:
    "Lists a workbook's sheets (name and used range; chart sheets marked), its tables and its defined\n" +
    'names: what "insert --element spreadsheet-table" can take with --sheet, --range, --table, --name.',
  operands: { usage: '<file.xlsx|file.ods>', what: 'workbook (.xlsx or .ods)', min: 1, max: 1 },
  options: [{ ...JSON_OPTION, help: 'JSON for scripts: { "file", "sheets", "tables", "names" }' }],
  read: (args) => ({ file: args.operands[0]!, json: args.flag('--json') }),
};
