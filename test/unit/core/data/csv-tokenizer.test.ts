import { CsvTokenizer } from '../../../../src/core/data/csv-tokenizer';
import { DataFileError } from '../../../../src/core/data/problems';
import { TextChunkDecoder } from '../../../../src/core/data/text-input';

type Row = [number, ...string[]];

/** Tokenizes `chunks` and returns [line, ...fields] per row. */
function tokenize(chunks: string[]): Row[] {
  const rows: Row[] = [];
  const tokenizer = new CsvTokenizer('test.csv', (fields, line) => rows.push([line, ...fields]));
  for (const chunk of chunks) tokenizer.push(chunk);
  tokenizer.end();
  return rows;
}

function errorOf(run: () => unknown): DataFileError {
  try {
    run();
  } catch (error) {
    if (error instanceof DataFileError) return error;
    throw error;
  }
  throw new Error('expected a DataFileError');
}

// Every awkward case in one small file: quoted comma, doubled quotes, CRLF and LF and a lone CR,
// a newline inside quotes, an empty quoted field, an empty last field, and no final newline.
const TRICKY =
  'a,b,c\r\n' + '"x, y","say ""hi""",3\n' + '"two\r\nlines",,"end"\r' + '"",plain,\n' + 'last,"q""",z';

const TRICKY_ROWS: Row[] = [
  [1, 'a', 'b', 'c'],
  [2, 'x, y', 'say "hi"', '3'],
  [3, 'two\r\nlines', '', 'end'],
  [5, '', 'plain', ''],
  [6, 'last', 'q"', 'z'],
];

describe('CsvTokenizer', () => {
  it('reads quoted fields, doubled quotes, CRLF, LF, CR and a last line without newline', () => {
    expect(tokenize([TRICKY])).toEqual(TRICKY_ROWS);
  });

  it('gives the same rows whatever the chunk boundaries (every split point, and one character at a time)', () => {
    for (let i = 0; i <= TRICKY.length; i++) {
      expect([i, tokenize([TRICKY.slice(0, i), TRICKY.slice(i)])]).toEqual([i, TRICKY_ROWS]);
    }
    expect(tokenize([...TRICKY])).toEqual(TRICKY_ROWS);
  });

  it('gives the same rows for every pair of split points', () => {
    for (let i = 0; i <= TRICKY.length; i++) {
      for (let j = i; j <= TRICKY.length; j++) {
        const rows = tokenize([TRICKY.slice(0, i), TRICKY.slice(i, j), TRICKY.slice(j)]);
        if (JSON.stringify(rows) !== JSON.stringify(TRICKY_ROWS)) throw new Error(`split at ${i},${j}`);
      }
    }
  });

  it('keeps a quote inside an unquoted field as a character', () => {
    expect(tokenize(['On or near 5" Pipe Lane,x\n'])).toEqual([[1, 'On or near 5" Pipe Lane', 'x']]);
  });

  it('emits a blank line as one empty field (readers skip it) and a final newline adds no row', () => {
    expect(tokenize(['a\n\nb\n'])).toEqual([
      [1, 'a'],
      [2, ''],
      [3, 'b'],
    ]);
  });

  it('reports an unterminated quote at the end of the file with its line and column', () => {
    const error = errorOf(() => tokenize(['a,b\n1,"open\nstill open']));
    expect(error.code).toBe('csv-unterminated-quote');
    expect([error.file, error.line, error.column]).toEqual(['test.csv', 2, 2]);
    expect(error.message).toContain('test.csv, line 2, column 2');
  });

  it('reports text after a closing quote with its line and column', () => {
    const error = errorOf(() => tokenize(['a,b\n"x\ny"z,1\n']));
    expect(error.code).toBe('csv-text-after-quote');
    expect([error.line, error.column]).toEqual([3, 1]);
  });

  it('stops a row that never ends instead of buffering the rest of the file', () => {
    const tokenizer = new CsvTokenizer('big.csv', () => undefined, { maxRowLength: 1000 });
    tokenizer.push('a\n"');
    const error = errorOf(() => {
      for (let i = 0; i < 100; i++) tokenizer.push('x'.repeat(100));
    });
    expect(error.code).toBe('csv-row-too-long');
    expect(error.line).toBe(2);
  });
});

describe('TextChunkDecoder', () => {
  const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

  it('drops a UTF-8 byte order mark and decodes characters split across chunks', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...encode('Month,Name\n2017-10,Café – ok\n')]);
    for (let i = 0; i <= bytes.length; i++) {
      const decoder = new TextChunkDecoder('f.csv');
      const text = decoder.decode(bytes.slice(0, i)) + decoder.decode(bytes.slice(i)) + decoder.end();
      expect(text).toBe('Month,Name\n2017-10,Café – ok\n');
      expect(decoder.bytesRead).toBe(bytes.length);
    }
  });

  it('drops a byte order mark at the start of string chunks', () => {
    const decoder = new TextChunkDecoder('f.csv');
    expect(decoder.decode('\ufeffa,b') + decoder.decode('\ufeff')).toBe('a,b\ufeff');
  });

  it("keeps a U+FEFF that starts a later chunk (only the file's first one is a byte order mark)", () => {
    const decoder = new TextChunkDecoder('f.csv');
    const text =
      decoder.decode(encode('\ufeffa,b\n')) + decoder.decode(encode('\ufeffc,d\n')) + decoder.end();
    expect(text).toBe('a,b\n\ufeffc,d\n');
  });

  it('decodes every character split at every byte, whatever chunk sizes carry it', () => {
    const text = 'a€b😀c–dé\n'.repeat(3);
    const bytes = encode(text);
    for (let size = 1; size <= 5; size++) {
      const decoder = new TextChunkDecoder('f.csv');
      let out = '';
      for (let i = 0; i < bytes.length; i += size) out += decoder.decode(bytes.slice(i, i + size));
      expect(out + decoder.end()).toBe(text);
    }
  });

  it('refuses a file that ends inside a character', () => {
    const decoder = new TextChunkDecoder('cut.csv');
    expect(decoder.decode(new Uint8Array([0x61, 0xe2, 0x82]))).toBe('a');
    expect(errorOf(() => decoder.end()).code).toBe('data-not-utf8');
  });

  it('refuses text that is not UTF-8, saying how to save it', () => {
    const decoder = new TextChunkDecoder('latin1.csv');
    const error = errorOf(
      () => decoder.decode(new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x2c])) + decoder.end(),
    );
    expect(error.code).toBe('data-not-utf8');
    expect(error.message).toContain('CSV UTF-8');
  });
});
