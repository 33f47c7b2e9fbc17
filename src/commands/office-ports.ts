/**
 * The Office.js edge of the ribbon commands: dialog, task pane and requirement checks.
 * Everything else in src/commands is plain code that tests drive through CheckCommandPorts.
 */
import type { DialogSession } from './check-command';
import { MessageQueue } from './message-queue';

/** Dialog size in % of the screen: small, just the summary and two buttons. */
export const RESULT_DIALOG_SIZE = { width: 30, height: 40 } as const;

export function canShowTaskpane(): boolean {
  return Office.context.requirements.isSetSupported('SharedRuntime', '1.1');
}

export function showTaskpane(): Promise<void> {
  return Office.addin.showAsTaskpane();
}

/** Opens a dialog on our own origin and queues what it sends until the command reads it. */
export function openOfficeDialog(url: string): Promise<DialogSession> {
  return new Promise((resolve, reject) => {
    Office.context.ui.displayDialogAsync(
      url,
      { ...RESULT_DIALOG_SIZE, displayInIframe: true },
      (result: Office.AsyncResult<Office.Dialog>) => {
        if (result.status === Office.AsyncResultStatus.Failed) {
          reject(new Error(`displayDialogAsync failed (${result.error.code}): ${result.error.message}`));
          return;
        }
        const dialog = result.value;
        const queue = new MessageQueue();
        const ownOrigin = new URL(url).origin;
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
          if (!('message' in arg)) return;
          // Only our own page may steer the command (origin is reported from DialogApi 1.2).
          if (arg.origin !== undefined && arg.origin !== ownOrigin) return;
          queue.push(arg.message);
        });
        // 12006: closed by the user; 12002/12003: the page failed to load. Either way it is over.
        dialog.addEventHandler(Office.EventType.DialogEventReceived, () => queue.end());
        resolve({
          next: () => queue.next(),
          tell: (notice) => {
            if (!Office.context.requirements.isSetSupported('DialogApi', '1.2')) return false;
            dialog.messageChild(notice);
            return true;
          },
          close: () => {
            queue.end();
            dialog.close();
          },
        });
      },
    );
  });
}
