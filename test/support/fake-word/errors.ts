/**
 * Errors shaped like Office.js's `OfficeExtension.Error` ("RichApi.Error"): a code, a message and
 * `debugInfo`. The fake throws these where Office.js would, so host code meets the same failures
 * in tests as in Word.
 */

/** The codes Office.js publishes as `OfficeExtension.ErrorCodes`, plus Word's ItemNotFound. */
export const ERROR_CODES = {
  accessDenied: 'AccessDenied',
  apiNotFound: 'ApiNotFound',
  generalException: 'GeneralException',
  invalidArgument: 'InvalidArgument',
  invalidRequestContext: 'InvalidRequestContext',
  itemNotFound: 'ItemNotFound',
  propertyNotLoaded: 'PropertyNotLoaded',
  valueNotLoaded: 'ValueNotLoaded',
  runMustReturnPromise: 'RunMustReturnPromise',
  connectionFailure: 'ConnectionFailure',
} as const;

export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  readonly traceMessages: string[] = [];
  readonly innerError: null = null;

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    // Office.js names its errors this way; code that reports errors may show it.
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = errorLocation ? { code, message, errorLocation } : { code, message };
  }
}

export function propertyNotLoaded(property: string): FakeOfficeError {
  return new FakeOfficeError(
    ERROR_CODES.propertyNotLoaded,
    `The property '${property}' is not available. Before reading the property's value, call the load method on ` +
      'the containing object and call "context.sync()" on the associated request context.',
  );
}

export function valueNotLoaded(): FakeOfficeError {
  return new FakeOfficeError(
    ERROR_CODES.valueNotLoaded,
    'The value of the result object has not been loaded yet. Before reading the value property, call ' +
      '"context.sync()" on the associated request context.',
  );
}

export function apiNotFound(location: string, since: string): FakeOfficeError {
  return new FakeOfficeError(
    ERROR_CODES.apiNotFound,
    `The requested API ${location} (WordApi ${since}) is not supported by this version of Word.`,
    location,
  );
}

export function itemNotFound(location: string): FakeOfficeError {
  return new FakeOfficeError(ERROR_CODES.itemNotFound, 'The requested resource does not exist.', location);
}
