import { DataFileError } from './problems';

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/** Called once per row: its fields and the line it starts on (1-based). */
export type CsvRowHandler = (fields: string[], line: number) => void;

export interface CsvTokenizerOptions {
  /**
   * Longest row accepted. A row only grows past this when a quote is never closed, and the limit
   * keeps memory bounded instead of buffering the rest of the file.
   */
  readonly maxRowLength?: number;
  /**
   * Called instead of `onRow` for a row with no quote and no lone CR, with the row's place in `text`
   * (its end excludes the line break): a reader that needs a few columns can take them without
   * the whole row being cut into strings. The fields are exactly `text.slice(start, end).split(',')`.
   */
  readonly onPlainRow?: (text: string, start: number, end: number, line: number) => void;
}

/**
 * RFC 4180 CSV, pushed in chunks that may split anywhere (inside a quoted field, between CR and
 * LF). Quoted fields may hold commas, newlines and doubled quotes; rows end with CRLF, LF or CR;
 * the last row may lack a newline. A quote inside an unquoted field is kept as a character, as
 * spreadsheets write it. Memory is one row: only an unfinished row is carried to the next chunk.
 */
export class CsvTokenizer {
  private carried = '';
  /** Length `carried` must reach before the next parse (see `push`). */
  private parseAt = 0;
  private line = 1;
  private readonly maxRowLength: number;
  private readonly onPlainRow: CsvTokenizerOptions['onPlainRow'];

  constructor(
    private readonly file: string,
    private readonly onRow: CsvRowHandler,
    options: CsvTokenizerOptions = {},
  ) {
    this.maxRowLength = options.maxRowLength ?? 1_000_000;
    this.onPlainRow = options.onPlainRow;
  }

  push(text: string): void {
    if (text.length === 0) return;
    const carried = this.carried;
    if (carried.length === 0) this.parse(text, 0, false);
    else {
      // An unfinished row is scanned again from its start on every parse: waiting until the text
      // has doubled keeps a long open quote fed in small chunks linear, not quadratic (found by
      // fuzzing: a 300,000-character open quote in 512-character chunks took seconds).
      if (carried.length + text.length < this.parseAt) {
        this.carried = carried + text;
        return;
      }
      // The unfinished row is finished with the text up to the chunk's first line break, on its
      // own; the rest of the chunk is then scanned as the decoder made it, a flat string. Scanning
      // `carried + text` would go through the join on every character read (a third slower).
      const lf = text.indexOf('\n');
      if (lf === -1) this.parse(carried + text, 0, false);
      else {
        this.parse(carried + text.slice(0, lf + 1), 0, false);
        // A quoted field still open at that line break: carry on with the joined text.
        if (this.carried.length === 0) this.parse(text, lf + 1, false);
        else this.parse(this.carried + text.slice(lf + 1), 0, false);
      }
    }
    this.parseAt = Math.min(this.carried.length * 2, this.maxRowLength + 1);
    if (this.carried.length > this.maxRowLength) {
      throw new DataFileError(
        'csv-row-too-long',
        `${this.file}: the row starting at line ${this.line} is longer than ${this.maxRowLength.toLocaleString('en-GB')} characters. ` +
          'A quote (") is probably never closed; check that row in a text editor.',
        { file: this.file, line: this.line },
      );
    }
  }

  /** The input is complete: the last row is emitted; an open quote is an error. */
  end(): void {
    this.parse(this.carried, 0, true);
    this.carried = '';
  }

  /**
   * Emits every complete row in `s` from `from` on; keeps an unfinished one in `carried`. A row is
   * unfinished when the text ends before its terminator could be seen (a lone CR or a quote at the
   * very end may still be followed by LF or a second quote in the next chunk).
   */
  private parse(s: string, from: number, final: boolean): void {
    const n = s.length;
    let pos = from;
    let rowStart = from;
    let unfinished = false;
    // Fast path for the common row (no quote, no lone CR): find its end with indexOf and let the
    // engine's native split cut the fields. Positions of the next quote and CR are remembered, so
    // each is searched for once per occurrence, not once per row.
    let nextQuote = -2;
    let nextCr = -2;
    rows: while (pos < n) {
      rowStart = pos;
      const lf = s.indexOf('\n', pos);
      if (lf !== -1) {
        if (nextQuote !== -1 && nextQuote < pos) nextQuote = s.indexOf('"', pos);
        if (nextCr !== -1 && nextCr < pos) nextCr = s.indexOf('\r', pos);
        const end = nextCr === lf - 1 ? lf - 1 : lf;
        if ((nextQuote === -1 || nextQuote > lf) && (nextCr === -1 || nextCr >= end)) {
          const line = this.line;
          this.line++;
          pos = lf + 1;
          if (this.onPlainRow) this.onPlainRow(s, rowStart, end, line);
          else this.onRow(s.slice(rowStart, end).split(','), line);
          continue;
        }
      }
      const fields: string[] = [];
      let newlinesInRow = 0;
      for (;;) {
        let value: string;
        let c: number;
        if (pos < n && s.charCodeAt(pos) === QUOTE) {
          const fieldLine = this.line + newlinesInRow;
          let from = pos + 1;
          let segment = from;
          value = '';
          for (;;) {
            const q = s.indexOf('"', from);
            if (q === -1 || (q + 1 === n && !final)) {
              if (!final) {
                unfinished = true;
                break rows;
              }
              throw new DataFileError(
                'csv-unterminated-quote',
                `${this.file}, line ${fieldLine}, column ${fields.length + 1}: the quoted field starting here is never closed (the file ends inside it). ` +
                  'Add the missing quote (") or export the file again.',
                { file: this.file, line: fieldLine, column: fields.length + 1 },
              );
            }
            if (q + 1 < n && s.charCodeAt(q + 1) === QUOTE) {
              value += s.slice(segment, q + 1);
              from = q + 2;
              segment = from;
              continue;
            }
            value += s.slice(segment, q);
            pos = q + 1;
            break;
          }
          newlinesInRow += countNewlines(value);
          c = pos < n ? s.charCodeAt(pos) : -1;
          if (c !== COMMA && c !== LF && c !== CR && c !== -1) {
            throw new DataFileError(
              'csv-text-after-quote',
              `${this.file}, line ${this.line + newlinesInRow}, column ${fields.length + 1}: there is text after the closing quote of a quoted field. ` +
                'Inside a quoted field a quote must be written twice ("").',
              { file: this.file, line: this.line + newlinesInRow, column: fields.length + 1 },
            );
          }
        } else {
          let j = pos;
          c = -1;
          while (j < n) {
            c = s.charCodeAt(j);
            if (c === COMMA || c === LF || c === CR) break;
            j++;
          }
          if (j === n) c = -1;
          value = s.slice(pos, j);
          pos = j;
        }
        fields.push(value);
        if (c === COMMA) {
          pos++;
          if (pos === n && !final) {
            unfinished = true;
            break rows;
          }
          continue;
        }
        if (c === -1) {
          if (!final) {
            unfinished = true;
            break rows;
          }
        } else if (c === CR) {
          if (pos + 1 === n && !final) {
            unfinished = true;
            break rows;
          }
          pos += pos + 1 < n && s.charCodeAt(pos + 1) === LF ? 2 : 1;
        } else {
          pos++;
        }
        const line = this.line;
        this.line += newlinesInRow + 1;
        this.onRow(fields, line);
        continue rows;
      }
    }
    this.carried = unfinished ? s.slice(rowStart) : '';
  }
}

/** Physical lines inside a quoted value: CRLF, LF and lone CR each count once. */
function countNewlines(value: string): number {
  let count = 0;
  for (let i = value.indexOf('\n'); i !== -1; i = value.indexOf('\n', i + 1)) count++;
  for (let i = value.indexOf('\r'); i !== -1; i = value.indexOf('\r', i + 1)) {
    if (value.charCodeAt(i + 1) !== LF) count++;
  }
  return count;
}
