/**
 * Failures coming out of Word, turned into messages a council officer can act on. Word's own code
 * (e.g. "AccessDenied") is kept on the error for support and tests.
 */
import { ReportError } from '../core/errors';

export class WordReadError extends ReportError {
  constructor(
    message: string,
    /** Word's error code (`OfficeExtension.Error.code`). */
    readonly wordCode: string,
  ) {
    super('word-read-failed', message);
    this.name = 'WordReadError';
  }
}

interface OfficeErrorLike {
  code: string;
  message: string;
}

/** True for `OfficeExtension.Error` (checked by shape too: the global may be missing or another copy). */
export function isOfficeError(error: unknown): error is OfficeErrorLike {
  if (typeof OfficeExtension !== 'undefined' && error instanceof OfficeExtension.Error) return true;
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { code?: unknown }).code === 'string' &&
    ((error as { name?: unknown }).name === 'RichApi.Error' || 'debugInfo' in error)
  );
}

const ADVICE: Record<string, string> = {
  AccessDenied:
    'Word refused access to the document. If it is protected or open read-only, ask its owner for edit ' +
    'access or save a copy, then check again.',
  ApiNotFound:
    'This version of Word is missing something Council Report needs. Update Office, or open the report in ' +
    'Word on the web, then check again.',
  ItemNotFound:
    'The document changed while it was being read (perhaps a co-author was editing). Wait a moment and check again.',
  InvalidObjectPath:
    'The document changed while it was being read (perhaps a co-author was editing). Wait a moment and check again.',
  RequestPayloadSizeLimitExceeded:
    'The report is too large for Word on the web to hand over in one go. Open it in the Word desktop app, or ' +
    'check the .docx file with the Council Report command line.',
  ResponsePayloadSizeLimitExceeded:
    'The report is too large for Word on the web to hand over in one go. Open it in the Word desktop app, or ' +
    'check the .docx file with the Council Report command line.',
  ConnectionFailure: 'The connection to Word was lost. Check your network connection and check again.',
};

const GENERAL_ADVICE =
  'Word could not give the document to Council Report. Save the document and check again; if it keeps ' +
  'happening, close and reopen the document.';

export function wordReadError(error: OfficeErrorLike): WordReadError {
  const advice = ADVICE[error.code] ?? GENERAL_ADVICE;
  return new WordReadError(
    `The report could not be read from Word. ${advice} (Word error: ${error.code})`,
    error.code,
  );
}

/** A change to the document that Word refused, said the way the officer would ask for it. */
export class WordWriteError extends ReportError {
  constructor(
    message: string,
    readonly wordCode: string,
  ) {
    super('word-write-failed', message);
    this.name = 'WordWriteError';
  }
}

const WRITE_ADVICE: Record<string, string> = {
  AccessDenied:
    'Word refused to change the document. If it is protected or open read-only, ask its owner for edit ' +
    'access or save a copy, then try again.',
  ItemNotFound:
    'The document changed while Council Report was working on it. Check the report again, then try again.',
  InvalidObjectPath:
    'The document changed while Council Report was working on it. Check the report again, then try again.',
  ApiNotFound: ADVICE['ApiNotFound']!,
  ConnectionFailure: ADVICE['ConnectionFailure']!,
  // Regions are sent in requests under 4 MB each (region-writes.ts), so what is left is one region
  // larger than Word on the web takes in a request (5 MB): a chart or picture too big.
  RequestPayloadSizeLimitExceeded:
    'A live region is too large for Word on the web to take in one go (its chart or picture is very ' +
    'large). Use the Word desktop app for this one, or choose a smaller chart.',
  InvalidArgument:
    'Word did not accept what Council Report sent. Save the document, check it again and retry; ' +
    'if it keeps happening, tell whoever supports Council Report.',
};

/**
 * A write that failed where its effect on the document is known: `'no'` when nothing was written
 * (the reading sync failed, or what Word had done of the batch was undone), `'partly'` when part of
 * the batch may be in the document (Word batches are not transactions). `changeInWord` turns it into
 * a WordWriteError that tells the officer which.
 */
export class WordWriteFailure extends Error {
  constructor(
    readonly office: OfficeErrorLike,
    readonly documentChanged: 'no' | 'partly',
  ) {
    super(office.message);
    this.name = 'WordWriteFailure';
  }
}

const CHANGED_WORDS = {
  no: 'Nothing in the report was changed.',
  partly:
    'Word stopped part-way, so part of the change may be in the report: check the report again to see it. ' +
    'Undo (Ctrl+Z) takes it back a step at a time (each paragraph or table Word wrote is a step of its own).',
} as const;

/** `action` completes "Word could not …", e.g. "add the section". */
export function wordWriteError(
  error: OfficeErrorLike,
  action: string,
  documentChanged?: 'no' | 'partly',
): WordWriteError {
  const advice = WRITE_ADVICE[error.code] ?? 'Save the document and try again.';
  const changed = documentChanged ? ` ${CHANGED_WORDS[documentChanged]}` : '';
  return new WordWriteError(
    `Word could not ${action}. ${advice}${changed} (Word error: ${error.code})`,
    error.code,
  );
}
