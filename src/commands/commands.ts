/**
 * Ribbon commands. With the shared runtime (manifest <Runtimes>, FunctionFile = the task pane page)
 * this module runs inside the task pane page: src/taskpane/index.tsx imports it, so the ribbon and
 * the pane share one runtime and "Check report" can open the pane (Office.addin.showAsTaskpane needs
 * the shared runtime: Microsoft's "Show or hide the task pane of your Office Add-in").
 * "Check report" checks the open report against the default committee-report template and shows
 * the outcome in a small dialog: Word has no notification bar for add-ins. The checker loads when
 * the button is pressed, so the pane's first view does not carry it.
 */
import { runCheckCommand, type CheckCommandPorts } from './check-command';
import { canShowTaskpane, openOfficeDialog, showTaskpane } from './office-ports';
import { publishRibbonCheck } from './ribbon-check';

async function checkWithDefaultTemplate() {
  const [{ checkReportKeepingSnapshot }, { DEFAULT_TEMPLATE_ID, getTemplate }, { WordReportHost }] =
    await Promise.all([
      import(/* webpackChunkName: "report-checker" */ '../app/check-report'),
      import(/* webpackChunkName: "report-checker" */ '../core/template/templates'),
      import('../word/word-host'),
    ]);
  // As in the task pane: a live region refreshed too long ago is reported stale.
  const checked = await checkReportKeepingSnapshot(new WordReportHost(), getTemplate(DEFAULT_TEMPLATE_ID), {
    live: { now: new Date() },
  });
  // The pane (same runtime) shows this check when it opens.
  publishRibbonCheck({ checked, templateId: DEFAULT_TEMPLATE_ID, at: Date.now() });
  return checked.result;
}

export function officeCheckPorts(): CheckCommandPorts {
  return {
    check: checkWithDefaultTemplate,
    commandPageUrl: window.location.href,
    canShowTaskpane,
    showTaskpane,
    openDialog: openOfficeDialog,
    log: (message, error) => console.error(`Council Report: ${message}`, error),
  };
}

/** The ExecuteFunction handler: always completes the event, whatever happened. */
export async function checkReportCommand(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await runCheckCommand(officeCheckPorts());
  } catch (error) {
    console.error('Council Report: Check report failed', error);
  } finally {
    event.completed();
  }
}

// The manifest's <FunctionName>checkReport</FunctionName>; `npm run validate` checks this pairing.
// Registered as soon as the page's script runs (Office.js is loaded before our bundle); a page
// opened outside Office may have no Office.actions.
if (typeof Office !== 'undefined' && Office.actions) {
  Office.actions.associate('checkReport', checkReportCommand);
}
