/**
 * How the XML parser says a part is not XML it accepts: the part's name, a line and a column, in
 * words a council officer can pass on.
 */
import { ReportError } from '../core/errors';

/** A part that is not well-formed XML, with where the parser stopped. */
export class XmlError extends ReportError {
  constructor(
    code: string,
    message: string,
    part: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(code, message, part);
    this.name = 'XmlError';
  }
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

export function fail(text: string, part: string, offset: number, problem: string): never {
  const { line, column } = lineAndColumn(text, offset);
  throw new XmlError(
    'xml-malformed',
    `The part ${part} is not well-formed XML (line ${line}, column ${column}: ${problem}).`,
    part,
    line,
    column,
  );
}

export function refuseDoctype(text: string, part: string, offset: number, what: string): never {
  const { line, column } = lineAndColumn(text, offset);
  throw new XmlError(
    'xml-doctype',
    `The part ${part} contains ${what} (line ${line}, column ${column}). Word never writes one, and it ` +
      'can be used to attack the reader, so the file is refused.',
    part,
    line,
    column,
  );
}
