/**
 * Everything a page says is wrong: console errors and warnings (a failed request such as a
 * missing favicon, a Content-Security-Policy violation, a React warning) and uncaught exceptions.
 * Tests assert the list is empty, so a new warning fails the test instead of scrolling past.
 */
import type { Page } from 'playwright-core';

export function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      const where = message.location().url ? ` (${message.location().url})` : '';
      problems.push(`console.${message.type()}: ${message.text()}${where}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  return problems;
}
