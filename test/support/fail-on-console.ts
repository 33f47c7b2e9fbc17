/**
 * Jest setup (jest.config.js, setupFilesAfterEnv): a test fails when anything it runs writes to
 * console.error or console.warn, which is where React puts its warnings (a <div> inside a <p>, an
 * attribute it does not know, a state update after unmount). The warning still prints, and the
 * test's failure names it, so it is fixed rather than scrolled past.
 *
 * A test that means to provoke a console message says so for that test only:
 *
 *   import { expectConsoleError } from '../../support/fail-on-console';
 *   expectConsoleError(/Check report failed/);
 */
import { format } from 'node:util';

const seen: string[] = [];
const expected: RegExp[] = [];
const originals = { error: console.error, warn: console.warn };

/** Allows console.error/warn messages matching `pattern` in the current test (cleared after it). */
export function expectConsoleError(pattern: RegExp): void {
  expected.push(pattern);
}

beforeEach(() => {
  seen.length = 0;
  expected.length = 0;
  for (const level of ['error', 'warn'] as const) {
    console[level] = (...args: unknown[]) => {
      const text = format(...args);
      if (!expected.some((pattern) => pattern.test(text))) seen.push(`console.${level}: ${text}`);
      originals[level](...args);
    };
  }
});

afterEach(() => {
  console.error = originals.error;
  console.warn = originals.warn;
  if (seen.length > 0) {
    const messages = seen.splice(0).map((m) => m.split('\n').slice(0, 6).join('\n'));
    throw new Error(
      `The test wrote to the console (a React warning or an error nobody asserted):\n\n${messages.join('\n\n')}`,
    );
  }
});
