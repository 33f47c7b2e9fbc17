/**
 * Workspace entry (workspace.html): the task pane over a .docx in the browser, for anyone without
 * Word. No Office.js here; the sample report is bundled as a file of this site.
 */
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Workspace } from './Workspace';

const SAMPLE_URL = new URL('./sample/strategic-assessment-sample.docx', import.meta.url).href;

function initialDark(params: URLSearchParams): boolean {
  const theme = params.get('theme');
  if (theme === 'dark' || theme === 'light') return theme === 'dark';
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
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
      />
    </FluentProvider>
  );
}

const container = document.getElementById('container');
if (container) createRoot(container).render(<Root />);
