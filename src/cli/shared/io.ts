/**
 * The command line's one way to touch the outside world: the streams, reading an input file and
 * writing an output file (each problem worded once, naming the file and saying why in words an
 * officer understands), and the exit codes. Commands get a CliIo so tests and the process share
 * one path.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { ReportError } from '../../core/errors';
import type { OptionSpec } from './parse';

/** What the CLI needs from the outside world. */
export interface CliIo {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
  env: Readonly<Record<string, string | undefined>>;
  now: () => Date;
}

export const OUT_FILE_OPTION: OptionSpec = {
  name: '--out',
  value: '<file>',
  example: '--out agenda.html',
  help: 'write the output to a file instead of the screen',
};

export const JSON_OPTION: OptionSpec = { name: '--json', help: 'JSON for scripts' };

/** 0 done (or passed), 1 done with problems the user must look at, 2 could not do what was asked. */
export const EXIT = { ok: 0, findings: 1, failed: 2 } as const;

/** Node's file errors, in words an officer understands. */
export function reasonFor(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'there is no such file (check the name and the folder)';
    case 'EISDIR':
      return 'it is a folder, not a file (to check every report in it, give folder/*.docx)';
    case 'EACCES':
    case 'EPERM':
      return 'you do not have permission to read it';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** The one wording for a file that cannot be read: `Cannot read "<file>": <why>.` */
export function cannotRead(path: string, error: unknown, code = 'file-unreadable'): ReportError {
  return new ReportError(code, `Cannot read "${path}": ${reasonFor(error)}.`, path);
}

/** An input file's bytes; a problem is a ReportError naming the file. */
export function readInputFile(path: string, code?: string): Uint8Array {
  try {
    const bytes = readFileSync(path);
    // A plain Uint8Array over the same memory: no copy, and no Buffer methods leak into the core.
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  } catch (error) {
    throw cannotRead(path, error, code);
  }
}

/** An input text file (UTF-8, a byte-order mark removed: Notepad writes one). */
export function readInputText(path: string, code?: string): string {
  try {
    return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    throw cannotRead(path, error, code);
  }
}

/** An input file's size in bytes, before reading it. */
export function inputSize(path: string, code?: string): number {
  try {
    return statSync(path).size;
  } catch (error) {
    throw cannotRead(path, error, code);
  }
}

/** Writes an output file; a problem is a ReportError naming the file. */
export function writeOutputFile(path: string, content: string | Uint8Array): void {
  try {
    if (typeof content === 'string') writeFileSync(path, content, 'utf8');
    else writeFileSync(path, content);
  } catch (error) {
    throw new ReportError('file-unwritable', `Cannot write "${path}": ${reasonFor(error)}.`, path);
  }
}

/**
 * A command's text output: to the screen, or to the --out file with "Wrote <file> (<what>)." on
 * stderr so the screen still says what happened.
 */
export function writeOutput(io: CliIo, out: string | null, output: string, what?: string): void {
  if (out === null) {
    io.stdout.write(output);
    return;
  }
  writeOutputFile(out, output);
  io.stderr.write(`Wrote ${out}${what ? ` (${what})` : ''}.\n`);
}

/** A problem for the user (exit 2) as one line on stderr. */
export function sayProblem(io: CliIo, message: string): number {
  io.stderr.write(`council-report: ${message}\n`);
  return EXIT.failed;
}
