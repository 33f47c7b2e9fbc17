/**
 * Task pane entry: wait for Office, then render the app in Fluent UI with Office's theme. The page
 * is never left blank: if Office.js did not load, or does not answer within OFFICE_WAIT_MS, or the
 * host is not Word, the pane says so and points to the workspace.
 */
import { FluentProvider } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { App } from './App';
import { documentState, type DocumentState } from './document-state';
import { themeForOffice } from './theme';
import { ReportHostContext, type LoadReportHost } from './report-host-context';
import { hostTemplateActions } from './views/template/host-template-actions';
import { TemplateEnvironmentContext, type TemplateEnvironment } from './views/template/template-actions';
import { missingWordFeatures } from '../word/read/word-features';
// The ribbon's function file is this page (shared runtime): register its commands here.
import '../commands/commands';

function readDocumentState(host: Office.HostType | null): DocumentState {
  const inWord = host === Office.HostType.Word;
  return documentState({
    host: inWord ? 'Word' : null,
    wordApi14: inWord && Office.context.requirements.isSetSupported('WordApi', '1.4'),
    url: inWord ? (Office.context.document?.url ?? null) : null,
    readOnly: inWord && Office.context.document?.mode === Office.DocumentMode.ReadOnly,
  });
}

/** How long Office.onReady may take before the pane says Word could not be reached. */
const OFFICE_WAIT_MS = 5000;

let root: Root | null = null;
function show(content: ReactNode): void {
  const container = document.getElementById('container');
  if (!container) return;
  root ??= createRoot(container);
  root.render(content);
}

function showWithoutWord(reason: 'no-office' | 'not-word'): void {
  show(
    <FluentProvider theme={themeForOffice(undefined)}>
      <App documentState={{ kind: 'outside-word', reason }} />
    </FluentProvider>,
  );
}

function start(info: { host: Office.HostType | null }): void {
  // officeTheme is undefined outside Office and on hosts without theme support: light then.
  const theme = themeForOffice(Office.context?.officeTheme);
  const state = readDocumentState(info.host);
  if (state.kind === 'outside-word') {
    showWithoutWord('not-word');
    return;
  }
  // The views get the Word host injected (the browser workspace injects its .docx host instead);
  // its code loads on first use, so the first view stays small.
  let wordHost: ReturnType<LoadReportHost> | null = null;
  const loadWordHost: LoadReportHost | null =
    state.kind === 'ready'
      ? () => (wordHost ??= import('../word/word-host').then((m) => new m.WordReportHost()))
      : null;
  // The Template view works on the open document, so only in a Word that can run it.
  const templateEnvironment: TemplateEnvironment | null = loadWordHost
    ? {
        actions: hostTemplateActions(loadWordHost),
        documentKey: Office.context.document?.url || null,
        missingFeatures: missingWordFeatures(),
      }
    : null;
  // `npm run test:word` opens the pane as taskpane.html?word-test=<port> (scripts/test-word.mjs).
  if (state.kind === 'ready' && /[?&]word-test=/.test(window.location.search)) {
    void import(/* webpackChunkName: "word-test" */ '../word-test/run-in-word').then(async (m) => {
      const port = m.wordTestPort(window.location.search);
      if (port !== null) await m.runInWord(port);
    });
  }
  show(
    <FluentProvider theme={theme}>
      <ReportHostContext.Provider value={loadWordHost}>
        <TemplateEnvironmentContext.Provider value={templateEnvironment}>
          <App documentState={state} />
        </TemplateEnvironmentContext.Provider>
      </ReportHostContext.Provider>
    </FluentProvider>,
  );
}

// A blocked or offline CDN leaves `Office` undefined: reading it would throw and leave a blank page.
if (typeof Office === 'undefined') {
  showWithoutWord('no-office');
} else {
  const waiting = setTimeout(() => showWithoutWord('no-office'), OFFICE_WAIT_MS);
  // If Office answers after all, the pane it would have shown replaces the note.
  void Office.onReady((info) => {
    clearTimeout(waiting);
    start(info);
  });
}
