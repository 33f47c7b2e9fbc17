/**
 * Test-only page (never in the production build): the real task pane (src/taskpane/index.tsx)
 * over the fake Office.js (test/support/fake-word) holding a real .docx, so the screens only the
 * Word host shows can be seen and measured in Chromium. Built by build-word-pane.js.
 *
 *   word-pane.html?docx=NAME.docx&profile=desktop|web&behaviours=a,b&theme=light|dark
 *
 * `docx` is fetched from the page's origin (the tests answer it with a fixture); `profile` picks
 * "Word desktop" or "Word on the web"; `behaviours` switches single fake-Word behaviours on
 * (office-js faults, test/support/fake-word/profiles.ts); `theme` is Office's body colour. The fake
 * is left on `window.fakeWord` for the tests to read what Word was asked to do.
 */
import {
  fakeDocumentFromDocx,
  installFakeWord,
  WORD_DESKTOP,
  WORD_ON_THE_WEB,
  type FakeWord,
  type WordBehaviours,
} from '../../support/fake-word';

declare global {
  interface Window {
    fakeWord?: FakeWord;
  }
}

/** Office's own body colours: Word's "White" and "Black" Office themes. */
const OFFICE_THEMES: Record<string, Partial<Office.OfficeTheme>> = {
  light: { bodyBackgroundColor: '#FFFFFF', bodyForegroundColor: '#000000', isDarkTheme: false },
  dark: { bodyBackgroundColor: '#262626', bodyForegroundColor: '#FFFFFF', isDarkTheme: true },
};

async function start(): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const name = params.get('docx') ?? 'report.docx';
  const response = await fetch(name);
  if (!response.ok) throw new Error(`The test page could not fetch ${name}: ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const behaviours: Partial<WordBehaviours> = Object.fromEntries(
    (params.get('behaviours') ?? '')
      .split(',')
      .filter(Boolean)
      .map((b) => [b, true]),
  );
  const { fake } = installFakeWord(fakeDocumentFromDocx(bytes, name), {
    profile: params.get('profile') === 'web' ? WORD_ON_THE_WEB : WORD_DESKTOP,
    behaviours,
    documentUrl: `https://council.example/reports/${name}`,
    officeTheme: OFFICE_THEMES[params.get('theme') ?? 'light'],
  });
  window.fakeWord = fake;
  // After the globals are in place, as Office.js is before the task pane's bundle runs.
  await import('../../../src/taskpane/index');
}

void start();
