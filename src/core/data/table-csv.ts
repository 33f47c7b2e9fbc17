import { CsvTokenizer } from './csv-tokenizer';
import { DataFileError } from './problems';
import { TextChunkDecoder, type DataFile } from './text-input';

/** A data row of a small CSV table, with what is needed to point at a cell in an error. */
export interface TableRow {
  readonly file: string;
  readonly line: number;
  /** The value of a named column (trimmed). */
  get(column: string): string;
  /** A DataFileError pointing at this row's cell in `column`. */
  error(code: string, column: string, problem: string): DataFileError;
}

/**
 * Reads a small CSV whose columns are found by header name (any order, any case, extra columns
 * ignored): the shared front of the tidy and population readers.
 */
export async function readTableCsv(
  file: DataFile,
  required: readonly string[],
  onRow: (row: TableRow) => void,
  what: string,
): Promise<void> {
  const decoder = new TextChunkDecoder(file.name);
  let header: string[] | null = null;
  let index = new Map<string, number>();
  const tokenizer = new CsvTokenizer(file.name, (fields, line) => {
    if (!header) {
      header = fields.map((f) => f.trim());
      index = new Map(header.map((name, i) => [name.toLowerCase(), i]));
      const missing = required.filter((name) => !index.has(name));
      if (missing.length > 0) {
        throw new DataFileError(
          'table-csv-column-missing',
          `${file.name}, line ${line}: the header has no ${missing.map((m) => `"${m}"`).join(', ')} column. ` +
            `A ${what} needs the columns ${required.join(', ')}.`,
          { file: file.name, line },
        );
      }
      return;
    }
    if (fields.length === 1 && fields[0] === '') return;
    if (fields.length !== header.length) {
      throw new DataFileError(
        'csv-field-count',
        `${file.name}, line ${line}: this row has ${fields.length} fields but the header has ${header.length}. ` +
          'A value with a comma in it (like 1,234) must be in quotes.',
        { file: file.name, line },
      );
    }
    const columnOf = (name: string): number => index.get(name) ?? -1;
    onRow({
      file: file.name,
      line,
      get: (name) => (fields[columnOf(name)] ?? '').trim(),
      error: (code, name, problem) =>
        new DataFileError(
          code,
          `${file.name}, line ${line}, column ${columnOf(name) + 1} (${name}): ${problem}.`,
          {
            file: file.name,
            line,
            column: columnOf(name) + 1,
          },
        ),
    });
  });
  for await (const chunk of file.chunks) tokenizer.push(decoder.decode(chunk));
  tokenizer.push(decoder.end());
  tokenizer.end();
  if (!header) {
    throw new DataFileError('table-csv-empty', `${file.name} is empty: it has no header row.`, {
      file: file.name,
      line: 1,
    });
  }
}
