/**
 * Bugs the fuzzers found, each pinned by a plain example so it cannot come back unnoticed.
 */
import { CsvTokenizer } from '../../src/core/data/csv-tokenizer';
import { DataFileError } from '../../src/core/data/problems';

describe('fuzz regressions', () => {
  // Found by csv-readers.fuzz: a never-closed quote full of doubled quotes, pushed in 512-character
  // chunks, was re-scanned from its start on every push: 300,000 characters took 4.5 s, the
  // 1,000,000-character row limit about a minute, so a hostile file froze the task pane.
  it('reads a long open quote pushed in small chunks in linear time, then refuses it', () => {
    const scanned: number[] = [];
    const tokenizer = new CsvTokenizer('open-quote.csv', () => undefined);
    const text = `a,b\n"${'""'.repeat(600_000)}`;
    const indexOf = jest.spyOn(String.prototype, 'indexOf');
    let error: unknown = null;
    try {
      for (let i = 0; i < text.length; i += 512) tokenizer.push(text.slice(i, i + 512));
    } catch (e) {
      error = e;
    } finally {
      scanned.push(indexOf.mock.calls.length);
      indexOf.mockRestore();
    }
    expect(error).toBeInstanceOf(DataFileError);
    expect((error as DataFileError).code).toBe('csv-row-too-long');
    // Each doubled quote is found once per scan: linear means a small multiple of the 600,000
    // pairs seen before the limit (a re-scan per push would be ~1,000 times that).
    expect(scanned[0]).toBeLessThan(600_000 * 6);
  });

  it('still emits every row when chunks end mid-row (the deferred parse loses nothing)', () => {
    const rows: string[][] = [];
    const tokenizer = new CsvTokenizer('rows.csv', (fields) => rows.push(fields));
    const text = 'a,b\r\n"x\r\ny",2\r\n3,"4"""\n5,6';
    for (const ch of text) tokenizer.push(ch);
    tokenizer.end();
    expect(rows).toEqual([
      ['a', 'b'],
      ['x\r\ny', '2'],
      ['3', '4"'],
      ['5', '6'],
    ]);
  });
});
