/**
 * police.uk CSV files too large to be what police.uk gives (a 2 GB export, a binary file picked by
 * mistake) are refused by the app's source, the same for the pane, the workspace and the command
 * line: before a byte is read when their size is known, as soon as they pass the limit when it is
 * not, and with nothing written to the report.
 */
import { insertLiveElement, refreshLiveRegions } from '../../../../src/app/live';
import { MAX_CSV_FILE_BYTES, MAX_CSV_TOTAL_BYTES, sizeText } from '../../../../src/app/data/csv-limits';
import { policeCsvSource, sampleSource } from '../../../../src/app/data/sources';
import { addMonths, samplePoliceCsv, textFile, type DataFile } from '../../../../src/core/data';
import { DocxReportHost } from '../../../../src/docx/docx-host';
import { blankDocx } from '../../../../src/docx/write/blank-docx';
import { paragraph } from '../../../../src/ooxml/paragraph';
import { builtInCatalogue } from '../../../support/elements';

const MB = 1024 * 1024;

/** A file of the given size whose content must never be read: reading it fails the test. */
function unread(name: string, size: number, opened: string[]): DataFile {
  return {
    name,
    size,
    chunks: {
      [Symbol.asyncIterator]() {
        opened.push(name);
        throw new Error(`${name} was read`);
      },
    },
  };
}

const month = samplePoliceCsv('2025-08');
const header = month.slice(0, month.indexOf('\n') + 1);
const rows = month.slice(header.length);

/** Whole police.uk rows, just under 1 MB of them. */
const ROWS_CHUNK = (() => {
  let body = rows;
  while (body.length < MB) body += rows;
  return new TextEncoder().encode(body.slice(0, body.lastIndexOf('\n', MB) + 1));
})();

/** The header, then `count` chunks of rows; counts the chunks of rows taken. */
function streamed(name: string, size: number | null, count: number, taken: { chunks: number }): DataFile {
  const chunk = ROWS_CHUNK;
  return {
    name,
    size,
    chunks: (async function* () {
      yield new TextEncoder().encode(header);
      for (let i = 0; i < count; i++) {
        taken.chunks++;
        yield chunk;
      }
    })(),
  };
}

describe('the size limits of police.uk CSV input', () => {
  it('are 50 MB a file and 1 GB in all, said in words an officer reads', () => {
    expect(sizeText(MAX_CSV_FILE_BYTES)).toBe('50 MB');
    expect(sizeText(MAX_CSV_TOTAL_BYTES)).toBe('1 GB');
    // Rounded up: a file just over the limit never reads as the limit itself.
    expect(sizeText(MAX_CSV_FILE_BYTES + 1)).toBe('50.1 MB');
    expect(sizeText(2 * 1024 * MB)).toBe('2 GB');
  });

  it('refuse a file over 50 MB before reading any file, naming it, its size and what to do', async () => {
    const opened: string[] = [];
    const source = policeCsvSource([
      unread('2025-08-kent-street.csv', 3 * MB, opened),
      unread('export.csv', 2 * 1024 * MB, opened),
    ]);
    await expect(source.load()).rejects.toMatchObject({
      code: 'csv-too-large',
      where: 'export.csv',
      message:
        'export.csv is too large to read as police.uk crime data: it is 2 GB (the limit is 50 MB a file). ' +
        'A police.uk street-level file for one force and month is a few MB: check that this is the file ' +
        'you meant, or use the monthly files it was made from.',
    });
    expect(opened).toEqual([]);
  });

  it('refuse files each under 50 MB but over 1 GB together, before reading any', async () => {
    const opened: string[] = [];
    const files = Array.from({ length: 30 }, (_, i) => unread(`file-${i + 1}.csv`, 40 * MB, opened));
    await expect(policeCsvSource(files).load()).rejects.toThrow(
      'The 30 CSV files are too large to read together: 1.2 GB in all (the limit is 1 GB). ' +
        'Choose only the months and forces the report needs.',
    );
    expect(opened).toEqual([]);
  });

  it('let a file of exactly 50 MB through, and files of exactly 1 GB in all', async () => {
    const live = await policeCsvSource([
      { ...textFile('2025-08-kent-street.csv', month), size: MAX_CSV_FILE_BYTES },
    ]).load();
    expect(live.data.months).toEqual(['2025-08']);
    const months = Array.from({ length: 32 }, (_, i) => addMonths('2023-01', i));
    const files = months.map((m) => ({
      ...textFile(`${m}-kent-street.csv`, samplePoliceCsv(m)),
      size: MAX_CSV_TOTAL_BYTES / 32,
    }));
    expect((await policeCsvSource(files).load()).data.months).toEqual(months);
  });

  it('stop a file of unknown size, or one smaller than it said, once it passes 50 MB', async () => {
    for (const size of [null, 2 * MB]) {
      const taken = { chunks: 0 };
      const source = policeCsvSource([streamed('pasted.csv', size, 200, taken)]);
      await expect(source.load()).rejects.toMatchObject({
        code: 'csv-too-large',
        message: expect.stringMatching(
          /^pasted\.csv is too large to read as police\.uk crime data: it is more than 50 MB \(the limit is 50 MB a file\)\./,
        ) as unknown,
      });
      // The chunks up to 50 MB and the one that passed it (its rows never reach the reader).
      expect(taken.chunks).toBe(Math.floor((MAX_CSV_FILE_BYTES - header.length) / ROWS_CHUNK.length) + 1);
      expect(taken.chunks).toBeLessThan(60);
    }
  });

  it('refuse a population table over 50 MB in its own words, before the crime files are read', async () => {
    const opened: string[] = [];
    const source = policeCsvSource([unread('2025-08-kent-street.csv', 3 * MB, opened)], {
      population: unread('population.csv', 60 * MB, opened),
    });
    await expect(source.load()).rejects.toThrow(
      'population.csv is too large to read as a population table: it is 60 MB (the limit is 50 MB a file). ' +
        'A population table has one short row per area and year: check that this is the file you meant.',
    );
    expect(opened).toEqual([]);
  });

  it('leave the report as it was when a refresh is given files too large: nothing is written', async () => {
    const elements = builtInCatalogue();
    const now = new Date('2026-01-12T09:30:00Z');
    const host = new DocxReportHost(
      blankDocx(paragraph({ runs: 'Crime in the borough' }) + paragraph({ runs: 'Closing paragraph.' })),
      'report.docx',
    );
    await insertLiveElement(
      host,
      sampleSource(),
      { element: 'crime-by-category-yoy', area: 'Maidstone' },
      { anchor: { paragraph: 0, text: 'Crime in the borough' }, location: 'After' },
      { elements, now },
    );
    const before = host.bytes;
    const opened: string[] = [];
    const report = await refreshLiveRegions(
      host,
      policeCsvSource([unread('export.csv', 2 * 1024 * MB, opened)]),
      { elements, now },
    );
    expect(report.written).toBe(false);
    expect(report.sourceError).toMatch(
      /^The data could not be loaded from export\.csv: export\.csv is too large to read as police\.uk crime data: it is 2 GB/,
    );
    expect(report.regions.map((r) => r.status)).toEqual(['failed']);
    expect(host.bytes).toBe(before);
    expect(opened).toEqual([]);
  });
});
