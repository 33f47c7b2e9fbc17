/**
 * Node's zlib as the .docx reader's raw inflater (Node only: the command line passes it in; the
 * browser keeps fflate). Native inflation of a large document.xml takes a few milliseconds where
 * a first, unoptimised run of a JavaScript inflater takes tens.
 */
import { inflateRawSync } from 'node:zlib';
import type { RawInflate } from './zip-data';

/** Never more output than the size the zip declares (checked against the zip-bomb limits). */
export const nodeRawInflate: RawInflate = (compressed, size) =>
  inflateRawSync(compressed, { maxOutputLength: Math.max(size, 1) });
