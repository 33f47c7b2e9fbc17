import { DataFileError } from './problems';

/**
 * Input to the readers, the same in Node and the browser: a named file and its content as chunks.
 * Node feeds a file stream; the browser a `File.stream()` (see `byteStreamChunks`).
 */
export type DataChunk = Uint8Array | string;

export interface DataFile {
  /** Shown in messages and progress, e.g. "2017-10-kent-street.csv". */
  readonly name: string;
  /** Size in bytes when known, for progress. */
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
 */
export class TextChunkDecoder {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private atStart = true;
  bytesRead = 0;

  constructor(private readonly file: string) {}

  decode(chunk: DataChunk): string {
    let text: string;
    if (typeof chunk === 'string') {
      this.bytesRead += chunk.length;
      text = chunk;
      if (this.atStart && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    } else {
      this.bytesRead += chunk.byteLength;
      try {
        text = this.decoder.decode(chunk, { stream: true });
      } catch {
        throw this.notUtf8();
      }
    }
    if (text.length > 0) this.atStart = false;
    return text;
  }

  end(): string {
    try {
      return this.decoder.decode();
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
