import { describeDocumentState, documentName, documentState } from '../../../src/taskpane/document-state';

describe('documentName', () => {
  it('takes the decoded file name from a URL or a path', () => {
    expect(
      documentName(
        'https://council.sharepoint.com/sites/csp/Shared%20Documents/Strategic%20Assessment.docx?web=1',
      ),
    ).toBe('Strategic Assessment.docx');
    expect(documentName('C:\\Users\\officer\\Documents\\Cabinet report.docx')).toBe('Cabinet report.docx');
    expect(documentName('/Users/officer/Report%zz.docx')).toBe('Report%zz.docx');
  });

  it('has no name for a new, unsaved document', () => {
    expect(documentName('')).toBeNull();
    expect(documentName(null)).toBeNull();
  });
});

describe('documentState', () => {
  const word = { host: 'Word', wordApi14: true, url: 'https://x/y/Report.docx', readOnly: false };

  it('is ready in Word with WordApi 1.4', () => {
    expect(documentState(word)).toEqual({ kind: 'ready', name: 'Report.docx', readOnly: false });
    expect(describeDocumentState(documentState(word))).toBe('“Report.docx” is open.');
  });

  it('says when the document is read-only or not saved yet', () => {
    expect(describeDocumentState(documentState({ ...word, readOnly: true }))).toBe(
      '“Report.docx” is open read-only: you can check it but not change it.',
    );
    expect(describeDocumentState(documentState({ ...word, url: '' }))).toBe(
      'This document (not saved yet) is open.',
    );
  });

  it('explains an old Word and a page opened outside Word', () => {
    expect(documentState({ ...word, wordApi14: false })).toEqual({ kind: 'unsupported' });
    // Versions from Microsoft's "Word JavaScript API requirement sets" (WordApi 1.4).
    expect(describeDocumentState({ kind: 'unsupported' })).toMatch(
      /cannot run Council Report\. It needs Word in Microsoft 365 \(updated since August 2022\), Word on the web, or Word 2024; Word 2016, 2019 and 2021 bought outright cannot run it\./,
    );
    expect(documentState({ ...word, host: null })).toEqual({ kind: 'outside-word' });
    expect(describeDocumentState({ kind: 'outside-word' })).toMatch(
      /Open Council Report from Word: Home tab, Report tools/,
    );
  });
});
