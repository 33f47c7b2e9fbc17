/**
 * The task pane's side of `npm run test:word`: opened as taskpane.html?word-test=<port> (the test
 * manifest), it runs the Word steps against the open document and posts the outcomes to
 * office-addin-test-server on that port. Loaded only in that mode.
 */
import { sendTestResults } from 'office-addin-test-helpers';
import { consultationElements } from '../app/consultation/summary-element';
import { browserChartRenderer } from '../charts/browser-lazy';
import { chartElements } from '../core/charts/live-elements';
import { builtInElements, elementCatalogue } from '../core/live';
import { WordReportHost } from '../word/word-host';
import { runWordSteps } from './steps';

/** The test server's port when the page was opened for `npm run test:word`, else null. */
export function wordTestPort(search: string): number | null {
  const port = Number(new URLSearchParams(search).get('word-test'));
  return Number.isInteger(port) && port > 0 && port < 65536 ? port : null;
}

export async function runInWord(port: number): Promise<void> {
  // The same elements as the pane's: built in, charts drawn in the browser, the summary.
  const elements = elementCatalogue(
    builtInElements(),
    chartElements(browserChartRenderer),
    consultationElements(),
  );
  const outcomes = await runWordSteps(new WordReportHost(), { elements });
  await sendTestResults(outcomes, port);
}
