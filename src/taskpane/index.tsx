/** Task pane entry: wait for Office, then render the app in Fluent UI with Office's theme. */
import { FluentProvider } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { documentState, type DocumentState } from './document-state';
import { themeForOffice } from './theme';
import { TemplateEnvironmentContext, type TemplateEnvironment } from './views/template/template-actions';
import { wordTemplateActions } from './views/template/word-template-actions';
import { missingWordFeatures } from '../word/word-features';

function readDocumentState(host: Office.HostType | null): DocumentState {
  const inWord = host === Office.HostType.Word;
  return documentState({
    host: inWord ? 'Word' : null,
    wordApi14: inWord && Office.context.requirements.isSetSupported('WordApi', '1.4'),
    url: inWord ? (Office.context.document?.url ?? null) : null,
    readOnly: inWord && Office.context.document?.mode === Office.DocumentMode.ReadOnly,
  });
}

Office.onReady((info) => {
  const container = document.getElementById('container');
  if (!container) return;
  // officeTheme is undefined outside Office and on hosts without theme support: light then.
  const theme = themeForOffice(Office.context?.officeTheme);
  const state = readDocumentState(info.host);
  // The Template view works on the open document, so only in a Word that can run it.
  const templateEnvironment: TemplateEnvironment | null =
    state.kind === 'ready'
      ? {
          actions: wordTemplateActions(),
          documentKey: Office.context.document?.url || null,
          missingFeatures: missingWordFeatures(),
        }
      : null;
  createRoot(container).render(
    <FluentProvider theme={theme}>
      <TemplateEnvironmentContext.Provider value={templateEnvironment}>
        <App documentState={state} />
      </TemplateEnvironmentContext.Provider>
    </FluentProvider>,
  );
});
