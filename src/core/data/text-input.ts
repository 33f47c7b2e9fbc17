import { DataFileError } from './problems';

/**
 * Input to the readers, the same in Node and the browser: a named file and its content as chunks.
 * Node feeds a file stream; the browser a `File.stream()` (see `byteStreamChunks`).
 */
export type DataChunk = Uint8Array | string;

export interface DataFile {
  /** Shown in messages and progress, e.g. "2017-10-kent-street.csv". */
  readonly name: string;
  /** Size in bytes when known: for progress, and for the faces' size limits before reading. */
  readonly size?: number | null;
  readonly chunks: AsyncIterable<DataChunk> | Iterable<DataChunk>;
}

/** The part of a WHATWG ReadableStream the readers need (so core needs no DOM or Node types). */
export interface ByteStream {
  getReader(): {
    read(): Promise<{ done: boolean; value?: Uint8Array }>;
    releaseLock(): void;
  };
}

/** Chunks of a browser `File.stream()` (or a Node web stream): `for await` works everywhere this way. */
export async function* byteStreamChunks(stream: ByteStream): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      if (value) yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

/** A whole text as a data file, for tests and pasted data. */
export function textFile(name: string, text: string): DataFile {
  return { name, size: text.length, chunks: [text] };
}

/**
 * Turns byte or string chunks into text. UTF-8 is decoded strictly (a byte order mark is dropped):
 * a file saved in another encoding would otherwise turn names into replacement characters.
 *
 * A character split between two chunks is carried over by hand rather than with
 * `decode(chunk, { stream: true })`: Node's streaming decode takes a slow path, about five times
 * slower than decoding a whole buffer, and it was about a sixth of an import's time.
 */
export class TextChunkDecoder {
  // ignoreBOM: each chunk is decoded as a whole, which would drop a U+FEFF at the start of every
  // chunk; only the file's first one is a byte order mark, and `decode` drops that one itself.
  private readonly decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  /** The first bytes of a character the last chunk cut short (at most 3), or null. */
  private pending: Uint8Array | null = null;
  private atStart = true;
  bytesRead = 0;

  constructor(private readonly file: string) {}

  decode(chunk: DataChunk): string {
    let text: string;
    if (typeof chunk === 'string') {
      this.bytesRead += chunk.length;
      text = chunk;
    } else {
      this.bytesRead += chunk.byteLength;
      let bytes = chunk;
      const pending = this.pending;
      if (pending) {
        bytes = new Uint8Array(pending.length + chunk.length);
        bytes.set(pending);
        bytes.set(chunk, pending.length);
      }
      const whole = completeLength(bytes);
      this.pending = whole < bytes.length ? bytes.slice(whole) : null;
      try {
        text = this.decoder.decode(whole < bytes.length ? bytes.subarray(0, whole) : bytes);
      } catch {
        throw this.notUtf8();
      }
    }
    if (this.atStart && text.length > 0) {
      this.atStart = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    return text;
  }

  end(): string {
    const pending = this.pending;
    this.pending = null;
    if (!pending) return '';
    // The file ends inside a character: not UTF-8 (the strict decoder refuses the bytes).
    try {
      return this.decoder.decode(pending);
    } catch {
      throw this.notUtf8();
    }
  }

  private notUtf8(): DataFileError {
    return new DataFileError(
      'data-not-utf8',
      `${this.file} is not UTF-8 text. Open it in Excel and save it again as "CSV UTF-8 (Comma delimited)", then import it again.`,
      { file: this.file },
    );
  }
}

/**
 * How many bytes of `bytes` end on a character boundary: all of them, unless the last character's
 * lead byte promises more bytes than follow it. Bytes that are not UTF-8 are left for the strict
 * decoder to refuse.
 */
function completeLength(bytes: Uint8Array): number {
  const n = bytes.length;
  const stop = Math.max(0, n - 4);
  let i = n - 1;
  while (i >= stop && ((bytes[i] as number) & 0xc0) === 0x80) i--;
  if (i < stop) return n; // four continuation bytes in a row: invalid wherever the cut is
  const lead = bytes[i] as number;
  const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return i + length > n ? i : n;
}
