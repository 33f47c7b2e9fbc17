/**
 * The workspace's stand-in for Word's cursor: the paragraph chosen in the preview. An insert "at
 * the cursor" goes after it, or at the end of the report when none is chosen, and what the Data
 * view says matches where it went.
 */
import { insertLiveElement, loadedSource, type LiveData } from '../../../src/app/live';
import { blankDocx } from '../../../src/docx/write/blank-docx';
import { paragraph } from '../../../src/ooxml/paragraph';
import {
  describeInsertionPoint,
  WorkspaceHost,
  type WorkspaceCursor,
} from '../../../src/workspace/workspace-host';
import { datasetOf, makeRows, months } from '../core/live/small-csv';
import { builtInCatalogue } from '../../support/elements';

const elements = builtInCatalogue();

const TEXTS = ['Maidstone Borough Council', 'Crime in the borough', 'Closing paragraph.'];

async function insertAtCursor(host: WorkspaceHost): Promise<void> {
  const live: LiveData = {
    data: await datasetOf(makeRows(months('2016-01', 24))),
    population: null,
    source: 'police.uk CSV: test',
  };
  await insertLiveElement(
    host,
    loadedSource(live),
    { element: 'crime-by-category-yoy', area: 'Maidstone' },
    { atSelection: true },
    { elements, now: new Date('2018-01-12T09:30:00Z') },
  );
}

/** Where the region's control starts, and the paragraph before it. */
async function regionPlace(host: WorkspaceHost): Promise<{ before: string; lastText: string }> {
  const snapshot = await host.readSnapshot();
  const control = snapshot.contentControls.find((c) => c.tag?.startsWith('cr:live:'))!;
  return {
    before: snapshot.paragraphs[control.firstParagraph - 1]!.text,
    lastText: snapshot.paragraphs.at(-1)!.text,
  };
}

function newHost(): WorkspaceHost {
  return new WorkspaceHost(blankDocx(TEXTS.map((runs) => paragraph({ runs })).join('')), 'r.docx', () => {});
}

test('with a paragraph chosen in the preview, "at the cursor" goes after it, and says so', async () => {
  const host = newHost();
  const moves: (WorkspaceCursor | null)[] = [];
  host.onCursor((cursor) => moves.push(cursor));
  await host.placeCursor(1);
  expect(host.cursor).toEqual({ paragraph: 1, text: 'Crime in the borough' });
  const point = describeInsertionPoint(await host.readSnapshot(), host.cursor);
  expect(point.button).toBe('Insert at cursor');
  expect(point.where).toBe('after “Crime in the borough”');

  await insertAtCursor(host);
  expect(await regionPlace(host)).toEqual({ before: 'Crime in the borough', lastText: 'Closing paragraph.' });
  // The cursor stays in its paragraph after the change.
  expect(host.cursor).toEqual({ paragraph: 1, text: 'Crime in the borough' });
  expect(moves.at(-1)).toEqual({ paragraph: 1, text: 'Crime in the borough' });
});

test('with no paragraph chosen it goes at the end, and never claims a cursor', async () => {
  const host = newHost();
  const point = describeInsertionPoint(await host.readSnapshot(), host.cursor);
  expect(point.button).toBe('Insert at the end');
  expect(point.where).toBe('at the end of the report (no paragraph was chosen in the preview)');
  expect(`${point.hint} ${point.where}`).not.toMatch(/cursor/i);

  await insertAtCursor(host);
  const snapshot = await host.readSnapshot();
  const control = snapshot.contentControls.find((c) => c.tag?.startsWith('cr:live:'))!;
  expect(snapshot.paragraphs[control.firstParagraph - 1]!.text).toBe('Closing paragraph.');
  expect(control.lastParagraph).toBe(snapshot.paragraphs.length - 1);
});

test('a paragraph inside a table or live region: the insert goes after the whole of it, and says so', async () => {
  const host = newHost();
  await host.placeCursor(0);
  await insertAtCursor(host);
  const snapshot = await host.readSnapshot();
  const cell = snapshot.paragraphs.find((p) => p.cell !== null)!;
  const point = describeInsertionPoint(snapshot, { paragraph: cell.index, text: cell.text });
  expect(point.where).toBe(`after the region holding “${cell.text}”`);
  // Selecting a finding's paragraph moves the cursor too, as in Word.
  await host.selectParagraph({ paragraph: 2, text: snapshot.paragraphs[2]!.text });
  expect(host.cursor?.paragraph).toBe(2);
  await host.placeCursor(null);
  expect(host.cursor).toBeNull();
});
