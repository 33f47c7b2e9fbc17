import { crimeTypeFrom, type CrimeType } from './crime-types';
import { CsvTokenizer } from './csv-tokenizer';
import { CrimeDatasetBuilder, type CrimeDataset, type District } from './dataset';
import { isMonth } from './months';
import { DataFileError, type DataWarning } from './problems';
import { isoDay, policeCsvSource } from './source';
import { TextChunkDecoder, type DataChunk, type DataFile } from './text-input';

/** Progress of an import, reported after every chunk. */
export interface ReadProgress {
  readonly file: string;
  /** 0-based position of the file in the import, and how many files there are (when known). */
  readonly fileIndex: number;
  readonly fileCount: number | null;
  /** Bytes read so far over all files, and their total size when every size is known. */
  readonly bytesRead: number;
  readonly totalBytes: number | null;
  readonly rowsRead: number;
  /** bytesRead / totalBytes, or null when the total is unknown. */
  readonly fraction: number | null;
}

export interface PoliceCsvOptions {
  readonly onProgress?: (progress: ReadProgress) => void;
  /** Stops the import between chunks. */
  readonly signal?: AbortSignal;
  /** Day the files were downloaded (`YYYY-MM-DD`) for the source line; default today. */
  readonly retrieved?: string;
  /** Total size of all files when known up front (the push API cannot add it up itself). */
  readonly totalBytes?: number | null;
  readonly fileCount?: number | null;
}

const COLUMNS = {
  month: 'Month',
  fallsWithin: 'Falls within',
  longitude: 'Longitude',
  latitude: 'Latitude',
  lsoaCode: 'LSOA code',
  lsoaName: 'LSOA name',
  crimeType: 'Crime type',
} as const;

type ColumnKey = keyof typeof COLUMNS;
const REQUIRED: ColumnKey[] = ['month', 'longitude', 'latitude', 'lsoaCode', 'lsoaName', 'crimeType'];

/** "Maidstone 014C" → "Maidstone"; "Tunbridge Wells 001A" → "Tunbridge Wells"; else null. */
export function districtFromLsoaName(name: string): District | null {
  const match = /^(.*\S)\s+\d{3,4}[A-Z]$/.exec(name.trim());
  return match ? (match[1] ?? null) : null;
}

/**
 * Reads police.uk street-level CSV files (one per force per month, many at once) into one
 * CrimeDataset. Rows are counted as they stream past; memory holds one chunk and the counts.
 *
 * Push API: `beginFile`, `push` chunks, `endFile`, then `finish`. Or `readFile` / `readPoliceCsvFiles`
 * for async iterables of chunks (a Node file stream, a browser `File.stream()`).
 */
export class PoliceCsvReader {
  private readonly builder = new CrimeDatasetBuilder();
  private readonly files: string[] = [];
  private readonly monthsByForce = new Map<string, string>();
  private file: OpenFile | null = null;
  private bytesBefore = 0;
  private rowsRead = 0;

  // Per-value caches: a force file repeats the same few hundred LSOAs and 15 types.
  private readonly areaByCode = new Map<string, { id: number; codes: Uint16Array }>();
  private readonly areaByName = new Map<string, number>();
  private readonly typeByName = new Map<string, { id: number; slug: CrimeType; known: boolean }>();

  constructor(private readonly options: PoliceCsvOptions = {}) {}

  beginFile(name: string): void {
    if (this.file) throw new Error(`beginFile("${name}") before endFile() of "${this.file.name}"`);
    this.files.push(name);
    const decoder = new TextChunkDecoder(name);
    const file: OpenFile = {
      name,
      decoder,
      tokenizer: new CsvTokenizer(name, (fields, line) => this.row(file, fields, line), {
        onPlainRow: (text, start, end, line) => this.plainRow(file, text, start, end, line),
      }),
      columns: null,
      width: 0,
      lastForce: null,
      lastForceCodes: NO_CODES,
      lastMonth: null,
      countedMonth: null,
      countedMonthCodes: NO_CODES,
      countedMonthId: -1,
    };
    this.file = file;
  }

  push(chunk: DataChunk): void {
    const file = this.openFile();
    this.throwIfAborted();
    file.tokenizer.push(file.decoder.decode(chunk));
    this.report(file);
  }

  endFile(): void {
    const file = this.openFile();
    file.tokenizer.push(file.decoder.end());
    file.tokenizer.end();
    if (!file.columns) {
      throw new DataFileError('police-csv-empty', `${file.name} is empty: it has no header row.`, {
        file: file.name,
        line: 1,
      });
    }
    this.file = null;
    this.bytesBefore += file.decoder.bytesRead;
    this.report(file);
  }

  async readFile(file: DataFile): Promise<void> {
    this.beginFile(file.name);
    for await (const chunk of file.chunks) this.push(chunk);
    this.endFile();
  }

  finish(): CrimeDataset {
    if (this.file) throw new Error(`finish() before endFile() of "${this.file.name}"`);
    return this.builder.build(policeCsvSource(this.files, this.options.retrieved ?? isoDay(new Date())));
  }

  private openFile(): OpenFile {
    if (!this.file) throw new Error('push()/endFile() without beginFile()');
    return this.file;
  }

  private throwIfAborted(): void {
    if (this.options.signal?.aborted) {
      throw new DataFileError('data-cancelled', 'The import was stopped.', { file: this.file?.name ?? '' });
    }
  }

  private report(file: OpenFile): void {
    const onProgress = this.options.onProgress;
    if (!onProgress) return;
    const bytesRead = this.bytesBefore + (this.file === file ? file.decoder.bytesRead : 0);
    const totalBytes = this.options.totalBytes ?? null;
    onProgress({
      file: file.name,
      fileIndex: this.files.length - 1,
      fileCount: this.options.fileCount ?? null,
      bytesRead,
      totalBytes,
      rowsRead: this.rowsRead,
      fraction: totalBytes ? Math.min(1, bytesRead / totalBytes) : null,
    });
  }

  private row(file: OpenFile, fields: string[], line: number): void {
    if (!file.columns) {
      file.columns = headerColumns(file.name, fields, line);
      file.width = fields.length;
      return;
    }
    if (fields.length === 1 && fields[0] === '') return; // blank line
    if (fields.length !== file.width) {
      throw new DataFileError(
        'csv-field-count',
        `${file.name}, line ${line}: this row has ${fields.length} fields but the header has ${file.width}. ` +
          'A field with a comma in it must be in quotes; export the file again or fix that row.',
        { file: file.name, line },
      );
    }
    this.rowsRead++;
    const c = file.columns;
    const month = (fields[c.month] as string).trim();
    if (!isMonth(month)) {
      this.skip(
        file,
        line,
        c.month,
        'month-invalid',
        `Month "${month}" is not in the form YYYY-MM`,
        'Month not YYYY-MM',
      );
      return;
    }
    const typeName = (fields[c.crimeType] as string).trim();
    if (typeName === '') {
      this.skip(file, line, c.crimeType, 'crime-type-missing', 'the crime type is empty', 'No crime type');
      return;
    }
    if (c.fallsWithin >= 0) this.checkForceMonth(file, (fields[c.fallsWithin] as string).trim(), month);

    const code = (fields[c.lsoaCode] as string).trim();
    const name = (fields[c.lsoaName] as string).trim();
    const noLocation =
      code === '' ||
      (fields[c.longitude] as string).trim() === '' ||
      (fields[c.latitude] as string).trim() === '';
    const area = this.area(file, line, code, name);
    const type = this.crimeType(file, line, typeName, c.crimeType);
    const monthId = this.builder.month(month);
    this.builder.add(monthId, area, type);
    if (month !== file.countedMonth) {
      file.countedMonth = month;
      file.countedMonthCodes = codesOf(month);
    }
    file.countedMonthId = monthId;
    this.builder.recordsCounted++;
    if (noLocation) this.builder.recordsWithoutLocation++;
  }

  /**
   * The common row, taken straight from the text: when its month and force are the previous
   * row's, its LSOA code and crime type already known, and no field needs trimming, only the type
   * and code are cut out as strings. Any other row goes through `row`, which checks everything
   * and fills the caches this path reads (so both count exactly the same).
   */
  private plainRow(file: OpenFile, s: string, start: number, end: number, line: number): void {
    const c = file.columns;
    const month = file.countedMonthCodes;
    const b = this.bounds;
    const width = file.width;
    if (c !== null && file.countedMonth !== null && width < b.length) {
      // Field i is s[b[i] + 1, b[i + 1]); no closures here, this runs once per row.
      b[0] = start - 1;
      let k = 1;
      let p = start - 1;
      for (; k < width; k++) {
        p = s.indexOf(',', p + 1);
        if (p === -1 || p >= end) break;
        b[k] = p;
      }
      const next = k === width ? s.indexOf(',', p + 1) : -1;
      if (k === width && (next === -1 || next >= end)) {
        b[k] = end;
        const monthFrom = b[c.month]! + 1;
        const codeFrom = b[c.lsoaCode]! + 1;
        const codeTo = b[c.lsoaCode + 1]!;
        const typeFrom = b[c.crimeType]! + 1;
        const typeTo = b[c.crimeType + 1]!;
        const longFrom = b[c.longitude]! + 1;
        const longTo = b[c.longitude + 1]!;
        const latFrom = b[c.latitude]! + 1;
        const latTo = b[c.latitude + 1]!;
        let sameForceMonth = c.fallsWithin < 0;
        if (!sameForceMonth && file.lastMonth === file.countedMonth && file.lastForce !== null) {
          // The force-and-month check (`checkForceMonth`) would pass straight through for this row.
          const forceFrom = b[c.fallsWithin]! + 1;
          sameForceMonth =
            b[c.fallsWithin + 1]! - forceFrom === file.lastForceCodes.length &&
            sameAt(s, forceFrom, file.lastForceCodes);
        }
        if (
          sameForceMonth &&
          b[c.month + 1]! - monthFrom === month.length &&
          sameAt(s, monthFrom, month) &&
          codeTo > codeFrom &&
          // The code and type need no trim check: below they must equal a known (trimmed) one.
          tidy(s, longFrom, longTo) &&
          tidy(s, latFrom, latTo)
        ) {
          let area = this.lastArea;
          if (area === null || codeTo - codeFrom !== area.codes.length || !sameAt(s, codeFrom, area.codes)) {
            area = this.areaByCode.get(s.slice(codeFrom, codeTo)) ?? null;
            if (area !== null) this.lastArea = area;
          }
          const type = this.knownTypeAt(s, typeFrom, typeTo);
          if (area !== null && type !== -1) {
            this.rowsRead++;
            this.builder.add(file.countedMonthId, area.id, type);
            this.builder.recordsCounted++;
            if (longTo === longFrom || latTo === latFrom) this.builder.recordsWithoutLocation++;
            return;
          }
        }
      }
    }
    this.row(file, s.slice(start, end).split(','), line);
  }

  /**
   * The builder id of a known crime type written at s[from, to), or -1: the types seen so far are
   * grouped by name length, so most rows find theirs with one comparison and no new string.
   */
  private knownTypeAt(s: string, from: number, to: number): number {
    const candidates = this.typesByLength.get(to - from);
    if (candidates) {
      for (const candidate of candidates) if (sameAt(s, from, candidate.codes)) return candidate.id;
    }
    return -1;
  }

  private readonly typesByLength = new Map<number, { codes: Uint16Array; id: number }[]>();
  /** The area of the last row taken by `plainRow`: rows often come grouped by LSOA. */
  private lastArea: { id: number; codes: Uint16Array } | null = null;

  /** Field boundaries of the current plain row (comma positions), reused row after row. */
  private readonly bounds = new Int32Array(64);

  private area(file: OpenFile, line: number, code: string, name: string): number {
    const cached = code ? this.areaByCode.get(code)?.id : this.areaByName.get(name);
    if (cached !== undefined) return cached;
    const district = name ? districtFromLsoaName(name) : null;
    if (name && district === null) {
      this.builder.notedRows.skip(
        this.warning(
          file,
          line,
          file.columns?.lsoaName ?? null,
          'district-unknown',
          `LSOA name "${name}" does not end in a code like "014C", so its district is unknown; the row is counted for the whole force only`,
        ),
        'District unknown (LSOA name without a code)',
      );
    }
    const id = this.builder.area(code || null, name || null, district);
    if (code) this.areaByCode.set(code, { id, codes: codesOf(code) });
    else this.areaByName.set(name, id);
    return id;
  }

  private crimeType(file: OpenFile, line: number, typeName: string, column: number): number {
    let entry = this.typeByName.get(typeName);
    if (!entry) {
      const { slug, known } = crimeTypeFrom(typeName);
      entry = { id: this.builder.crimeType(slug), slug, known };
      this.typeByName.set(typeName, entry);
      if (known) {
        const sameLength = this.typesByLength.get(typeName.length) ?? [];
        sameLength.push({ codes: codesOf(typeName), id: entry.id });
        this.typesByLength.set(typeName.length, sameLength);
      }
    }
    if (!entry.known) {
      this.builder.noteUnknownType(entry.slug, typeName, {
        file: file.name,
        line,
        column: column + 1,
        columnName: COLUMNS.crimeType,
      });
    }
    return entry.id;
  }

  /** The same force and month in two files would count every crime twice. */
  private checkForceMonth(file: OpenFile, force: string, month: string): void {
    // Rows come grouped by force and month: compare with the last pair before building a key.
    if (force === file.lastForce && month === file.lastMonth) return;
    file.lastForce = force;
    file.lastForceCodes = codesOf(force);
    file.lastMonth = month;
    const key = `${force}\u0000${month}`;
    const earlier = this.monthsByForce.get(key);
    if (earlier === undefined) this.monthsByForce.set(key, file.name);
    else if (earlier !== file.name) {
      throw new DataFileError(
        'police-csv-duplicate-month',
        `${file.name} has ${force || 'crimes'} for ${month}, which ${earlier} already gave: importing both would count them twice. Remove one of the two files.`,
        { file: file.name },
      );
    }
  }

  private skip(
    file: OpenFile,
    line: number,
    column: number,
    code: string,
    what: string,
    reason: string,
  ): void {
    this.builder.skippedRows.skip(
      this.warning(file, line, column, code, `${what}; the row was skipped`),
      reason,
    );
  }

  private warning(
    file: OpenFile,
    line: number,
    column: number | null,
    code: string,
    message: string,
  ): DataWarning {
    const columnName = column === null ? null : (file.columns?.header[column] ?? null);
    const place = { file: file.name, line, column: column === null ? null : column + 1, columnName };
    return {
      ...place,
      code,
      message: `${file.name}, line ${line}${column === null ? '' : `, column ${column + 1} (${columnName})`}: ${message}.`,
    };
  }
}

/**
 * True when the characters `codes` are written in `s` at `from` (the caller has checked that they
 * fit). It runs several times per row (month, force, LSOA code, crime type) and is the largest
 * part of a row's cost after finding the commas. The values are compared as character codes made
 * once: reading the stored strings instead (which V8 keeps in several representations, such as a
 * slice of a chunk) and `startsWith` were each about 6% slower over a whole read.
 */
function sameAt(s: string, from: number, codes: Uint16Array): boolean {
  // From the end: LSOA codes and months differ in their last characters ("E01024321" after
  // "E01024320"), so a mismatch is found on the first read.
  for (let i = codes.length - 1; i >= 0; i--) {
    if (s.charCodeAt(from + i) !== codes[i]) return false;
  }
  return true;
}

const NO_CODES = new Uint16Array(0);

function codesOf(text: string): Uint16Array {
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) codes[i] = text.charCodeAt(i);
  return codes;
}

/** True when s[from, to) is empty or has no space or control character at either end (needs no trim). */
function tidy(s: string, from: number, to: number): boolean {
  return from === to || (s.charCodeAt(from) > 32 && s.charCodeAt(to - 1) > 32);
}

interface OpenFile {
  readonly name: string;
  readonly decoder: TextChunkDecoder;
  readonly tokenizer: CsvTokenizer;
  columns: ({ [K in ColumnKey]: number } & { header: string[] }) | null;
  width: number;
  lastForce: string | null;
  /** `lastForce` as character codes, for `sameAt`. */
  lastForceCodes: Uint16Array;
  lastMonth: string | null;
  /** The month of the last row counted, and its index in the builder (for `plainRow`). */
  countedMonth: string | null;
  countedMonthCodes: Uint16Array;
  countedMonthId: number;
}

/** Finds each column by its name (any order); a missing required column stops the import. */
function headerColumns(
  file: string,
  fields: string[],
  line: number,
): { [K in ColumnKey]: number } & { header: string[] } {
  const header = fields.map((f) => f.trim());
  const lower = header.map((f) => f.toLowerCase());
  const columns = { header } as { [K in ColumnKey]: number } & { header: string[] };
  for (const key of Object.keys(COLUMNS) as ColumnKey[]) {
    columns[key] = lower.indexOf(COLUMNS[key].toLowerCase());
  }
  const missing = REQUIRED.filter((key) => columns[key] < 0).map((key) => `"${COLUMNS[key]}"`);
  if (missing.length > 0) {
    throw new DataFileError(
      'police-csv-column-missing',
      `${file}, line ${line}: the header has no ${missing.join(', ')} column${missing.length > 1 ? 's' : ''}. ` +
        'This does not look like a police.uk street-level CSV file (Crime ID, Month, ..., LSOA code, LSOA name, Crime type, ...).',
      { file, line },
    );
  }
  return columns;
}

/**
 * Reads many police.uk CSV files into one data set, one after another, with progress over all of
 * them when every size is known.
 */
export async function readPoliceCsvFiles(
  files: readonly DataFile[],
  options: PoliceCsvOptions = {},
): Promise<CrimeDataset> {
  const sizes = files.map((f) => f.size);
  const totalBytes = sizes.every((s): s is number => typeof s === 'number')
    ? sizes.reduce((a, b) => a + b, 0)
    : null;
  const reader = new PoliceCsvReader({
    ...options,
    totalBytes: options.totalBytes ?? totalBytes,
    fileCount: files.length,
  });
  for (const file of files) await reader.readFile(file);
  return reader.finish();
}
