/** What the task pane header says about the document it is attached to. */
export type DocumentState =
  | { kind: 'ready'; name: string | null; readOnly: boolean }
  | { kind: 'unsupported' }
  /**
   * No Word document: `no-office` when Office.js did not load (offline, blocked, or the page opened
   * outside Office and the script never answered), `not-word` when Office answered and the host is
   * not Word. Without a reason (the workspace before a file is open) nothing more is said.
   */
  | { kind: 'outside-word'; reason?: 'no-office' | 'not-word' }
  /** The browser workspace: a .docx held in the page, not a document in Word. */
  | { kind: 'workspace'; name: string };

export interface OfficeFacts {
  /** Office.onReady's host: "Word" when the pane runs in Word, null in a plain browser. */
  host: string | null;
  /** Office.context.requirements.isSetSupported("WordApi", "1.4"). */
  wordApi14: boolean;
  /** Office.context.document.url: the file's path or URL, empty for a new unsaved document. */
  url: string | null;
  /** Office.context.document.mode === Office.DocumentMode.ReadOnly. */
  readOnly: boolean;
}

/** The file name from a Word document URL or path ("…/Strategic%20Assessment.docx" → "Strategic Assessment.docx"). */
export function documentName(url: string | null): string | null {
  if (!url) return null;
  const last = url.split(/[\\/]/).filter(Boolean).pop();
  if (!last) return null;
  const withoutQuery = last.split(/[?#]/)[0] ?? last;
  try {
    return decodeURIComponent(withoutQuery) || null;
  } catch {
    return withoutQuery || null;
  }
}

export function documentState(facts: OfficeFacts): DocumentState {
  if (facts.host !== 'Word') return { kind: 'outside-word' };
  if (!facts.wordApi14) return { kind: 'unsupported' };
  return { kind: 'ready', name: documentName(facts.url), readOnly: facts.readOnly };
}

/** One sentence for the header. */
export function describeDocumentState(state: DocumentState): string {
  switch (state.kind) {
    case 'ready': {
      const doc = state.name ? `“${state.name}”` : 'This document (not saved yet)';
      return state.readOnly
        ? `${doc} is open read-only: you can check it but not change it.`
        : `${doc} is open.`;
    }
    case 'unsupported':
      // WordApi 1.4, from Microsoft's "Word JavaScript API requirement sets": Microsoft 365 (Windows
      // 2208 or later, Mac 16.64 or later), Word on the web, or Office LTSC 2024; not Word 2016, 2019
      // or 2021 bought outright.
      return (
        'This version of Word cannot run Council Report. It needs Word in Microsoft 365 (updated since ' +
        'August 2022), Word on the web, or Word 2024; Word 2016, 2019 and 2021 bought outright cannot run it.'
      );
    case 'outside-word':
      if (state.reason === 'no-office') {
        return 'Word’s add-in library (Office.js) did not load, so Council Report cannot reach a document. Check the network connection, then open Council Report again from Word: Home tab, Report tools.';
      }
      return 'Not connected to Word. Open Council Report from Word: Home tab, Report tools.';
    case 'workspace':
      return `“${state.name}” is open in the workspace (not Word): changes stay in this browser until you download the file.`;
  }
}
