/** The "Check report" result dialog page (check-result.html): Office.js edge only. */
import { DialogNotice, parseResultDialogQuery } from './result-dialog';
import { renderResultView } from './result-view';

Office.onReady(() => {
  const root = document.getElementById('root');
  if (!root) return;
  const view = renderResultView(root, parseResultDialogQuery(window.location.search), (request) =>
    Office.context.ui.messageParent(request),
  );
  if (Office.context.requirements.isSetSupported('DialogApi', '1.2')) {
    Office.context.ui.addHandlerAsync(Office.EventType.DialogParentMessageReceived, (arg) => {
      if (arg.message === DialogNotice.paneUnavailable) view.showPaneUnavailable();
    });
  }
});
