/**
 * Ribbon commands (function file commands.html). "Check report" checks the open report against
 * the default committee-report template and shows the outcome in a small dialog: Word has no
 * notification bar for add-ins.
 */
import { checkReport } from '../app/check-report';
import { DEFAULT_TEMPLATE_ID, getTemplate } from '../core/template/templates';
import { WordReportHost } from '../word/word-host';
import { runCheckCommand, type CheckCommandPorts } from './check-command';
import { canShowTaskpane, openOfficeDialog, showTaskpane } from './office-ports';

export function officeCheckPorts(): CheckCommandPorts {
  return {
    // As in the task pane: a live region refreshed too long ago is reported stale.
    check: () =>
      checkReport(new WordReportHost(), getTemplate(DEFAULT_TEMPLATE_ID), { live: { now: new Date() } }),
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

Office.onReady(() => {
  // Nothing to prepare: the command does its work when the button is pressed.
});

// The manifest's <FunctionName>checkReport</FunctionName>; `npm run validate` checks this pairing.
Office.actions.associate('checkReport', checkReportCommand);
