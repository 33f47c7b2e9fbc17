/**
 * Workspace entry (workspace.html): the task pane over a .docx in the browser, for anyone without
 * Word. No Office.js here; the sample report is bundled as a file of this site.
 */
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { DEFAULT_PANE_WIDTH, Workspace } from './Workspace';

const SAMPLE_URL = new URL('./sample/strategic-assessment-sample.docx', import.meta.url).href;

function initialDark(params: URLSearchParams): boolean {
  const theme = params.get('theme');
  if (theme === 'dark' || theme === 'light') return theme === 'dark';
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}

/** `?pane=320` sets the task pane's width (280–600 px), to see the views as a narrow Word pane shows them. */
function paneWidth(params: URLSearchParams): number {
  const asked = Number(params.get('pane'));
  return Number.isInteger(asked) && asked >= 280 && asked <= 600 ? asked : DEFAULT_PANE_WIDTH;
}

function Root() {
  const params = new URLSearchParams(window.location.search);
  const [dark, setDark] = useState(() => initialDark(params));
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <Workspace
        sampleUrl={SAMPLE_URL}
        openSampleAtStart={params.get('open') !== 'none'}
        dark={dark}
        onDarkChange={setDark}
        paneWidth={paneWidth(params)}
      />
    </FluentProvider>
  );
}

const container = document.getElementById('container');
if (container) createRoot(container).render(<Root />);
