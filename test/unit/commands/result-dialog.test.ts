import {
  MAX_DIALOG_TEXT,
  parseResultDialogQuery,
  resultDialogUrl,
} from '../../../src/commands/result-dialog';

describe('the result dialog URL', () => {
  it('sits next to the command page and round-trips its parameters', () => {
    const url = resultDialogUrl(
      'https://reports.example.gov.uk/council-report/commands.html?_host_Info=Word#x',
      {
        kind: 'result',
        text: 'Report check: 3 errors, 2 warnings — 7 of 9 sections complete',
        canOpenPane: true,
      },
    );
    const parsed = new URL(url);
    expect(parsed.origin + parsed.pathname).toBe(
      'https://reports.example.gov.uk/council-report/check-result.html',
    );
    expect(parsed.hash).toBe('');
    expect(parseResultDialogQuery(parsed.search)).toEqual({
      kind: 'result',
      text: 'Report check: 3 errors, 2 warnings — 7 of 9 sections complete',
      canOpenPane: true,
    });
  });

  it('cuts long text', () => {
    const url = resultDialogUrl('https://localhost:3000/commands.html', {
      kind: 'error',
      text: 'x'.repeat(2000),
      canOpenPane: false,
    });
    expect(parseResultDialogQuery(new URL(url).search).text).toHaveLength(MAX_DIALOG_TEXT);
  });

  it('falls back to a plain message for a missing or odd query', () => {
    expect(parseResultDialogQuery('')).toEqual({
      kind: 'error',
      text: 'Council Report did not receive a result. Try Check report again.',
      canOpenPane: false,
    });
    // Only a result may offer the pane.
    expect(parseResultDialogQuery('?kind=error&text=Oops&pane=1')).toEqual({
      kind: 'error',
      text: 'Oops',
      canOpenPane: false,
    });
    expect(parseResultDialogQuery('?kind=result&text=Fine&pane=yes').canOpenPane).toBe(false);
  });
});
