/**
 * The Data view's actions over the .docx host (the browser workspace's), with the real engine: a
 * region asked to follow the newest month moves on when refreshed, one with a chosen period keeps
 * it; an edited region is only overwritten when the officer says so; orphans are put right.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addMonths } from '../../../src/core/data';
import { DocxReportHost } from '../../../src/docx/docx-host';
import { blankDocx } from '../../../src/docx/write/blank-docx';
import { paragraph } from '../../../src/ooxml/paragraph';
import { createDataActions } from '../../../src/taskpane/views/data/data-actions-impl';
import type { DataActions } from '../../../src/taskpane/views/data/data-actions';
import { nodeCatalogue } from '../../support/elements';
import { pickedFile } from '../../support/picked-file';

const REPORT = join(__dirname, '../../fixtures/reports/strategic-assessment-complete.docx');

async function withSample(): Promise<{ host: DocxReportHost; actions: DataActions; latest: string }> {
  const host = new DocxReportHost(new Uint8Array(readFileSync(REPORT)), 'complete.docx');
  const actions = createDataActions(host, { elements: nodeCatalogue(), chartPicture: null });
  const source = await actions.loadSource({ kind: 'sample' }, () => undefined);
  return { host, actions, latest: source.latestMonth };
}

const noProgress = () => undefined;

test('follow the newest month: inserted for an earlier month, refreshed to the latest, with what changed', async () => {
  const { actions, latest } = await withSample();
  const earlier = addMonths(latest, -1);
  const {
    regions: [region],
    notAsWritten,
  } = await actions.insert(
    { element: 'crime-by-category-yoy', area: 'Maidstone', periodEnd: earlier, followLatest: true },
    { kind: 'cursor' },
  );
  // The .docx host writes the package itself: every region as sent.
  expect(notAsWritten).toEqual([]);
  expect(region!.status).toBe('stale');
  const result = await actions.refresh(null, [], noProgress);
  expect(result.outcomes.map((o) => o.status)).toEqual(['changed']);
  expect(result.outcomes[0]!.changes.length).toBeGreaterThan(0);
  expect(result.regions.map((r) => r.status)).toEqual(['fresh']);
});

test('a chosen period is kept: refreshing leaves it as it is', async () => {
  const { actions, latest } = await withSample();
  const earlier = addMonths(latest, -3);
  await actions.insert(
    { element: 'figure:total-crime', area: 'Maidstone', periodEnd: earlier, followLatest: false },
    { kind: 'cursor' },
  );
  const result = await actions.refresh(null, [], noProgress);
  expect(result.outcomes.map((o) => o.status)).toEqual(['unchanged']);
});

test('the preview has the numbers the inserted table gets', async () => {
  const { host, actions, latest } = await withSample();
  const request = {
    element: 'crime-by-category-yoy',
    area: 'Maidstone',
    periodEnd: latest,
    followLatest: true,
  };
  const preview = await actions.preview(request);
  if (preview.kind !== 'table') throw new Error('expected a table');
  await actions.insert(request, { kind: 'cursor' });
  const snapshot = await host.readSnapshot();
  const control = snapshot.contentControls.find((c) => c.tag?.startsWith('cr:live:'))!;
  const table = snapshot.tables.find(
    (t) => t.firstParagraph > control.firstParagraph && t.lastParagraph <= control.lastParagraph,
  )!;
  expect(table.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
    preview.columns.map((c) => c.header),
    ...preview.rows.map((r) => [...r.cells]),
  ]);
});

test('sections offered are the front-matter parts and template sections the report has', async () => {
  const { actions } = await withSample();
  const sections = await actions.sections();
  expect(sections.length).toBeGreaterThan(3);
  expect(new Set(sections.map((s) => s.id)).size).toBe(sections.length);
  // The front-matter parts first, like any section.
  expect(sections.slice(0, 4).map((s) => s.id)).toEqual([
    'executive-summary',
    'recommendations',
    'timetable',
    'introduction-background',
  ]);
});

test('before any data is chosen, preview and insert say what to do', async () => {
  const host = new DocxReportHost(new Uint8Array(readFileSync(REPORT)), 'complete.docx');
  const actions = createDataActions(host, { elements: nodeCatalogue(), chartPicture: null });
  const request = {
    element: 'crime-by-category-yoy',
    area: 'Maidstone',
    periodEnd: '2025-09',
    followLatest: true,
  };
  await expect(actions.preview(request)).rejects.toThrow(/Choose the data first/);
  await expect(actions.insert(request, { kind: 'cursor' })).rejects.toThrow(/Choose the data first/);
});

test('orphans: a region whose table was deleted is inserted again; a control whose record is gone is unlinked', async () => {
  const { host, actions, latest } = await withSample();
  const request = {
    element: 'crime-by-category-yoy',
    area: 'Maidstone',
    periodEnd: latest,
    followLatest: true,
  };
  const [kept] = (await actions.insert(request, { kind: 'cursor' })).regions;
  const [, other] = (await actions.insert({ ...request, element: 'figure:total-crime' }, { kind: 'cursor' }))
    .regions;

  // Someone deletes the first region's table in Word (its record stays)...
  await host.writeRegions([{ kind: 'remove', tag: `cr:live:${kept!.id}`, keepContent: false }], null);
  // ...and the second's record is lost (its control stays).
  const { state } = (await host.readSnapshot()).reportState;
  await host.writeRegions([], { ...state, regions: state.regions.filter((r) => r.id !== other!.id) });

  const orphans = await actions.regions();
  expect(orphans.map((r) => [r.id, r.status, r.orphan])).toEqual(
    expect.arrayContaining([
      [kept!.id, 'orphaned', 'no-control'],
      [other!.id, 'orphaned', 'no-record'],
    ]),
  );

  const repaired = await actions.repair(kept!.id);
  expect(repaired.regions.find((r) => r.id === kept!.id)?.status).toBe('fresh');
  const removed = await actions.remove(other!.id);
  expect(removed.map((r) => r.id)).toEqual([kept!.id]);
  // The unlinked figure's sentence is still in the report, as ordinary text.
  const after = await host.readSnapshot();
  expect(after.contentControls.filter((c) => c.tag === `cr:live:${other!.id}`)).toEqual([]);
  expect(after.paragraphs.some((p) => /recorded crime/i.test(p.text) && p.text.includes('Maidstone'))).toBe(
    true,
  );
});

test('a workbook region skipped by "Refresh all" says once what to do: rename a copy, or "Refresh from file…"', async () => {
  const { host, actions } = await withSample();
  const fires = (name: string) => pickedFile(join(__dirname, '../../fixtures/spreadsheets/fires.xlsx'), name);
  await actions.loadSource({ kind: 'workbook', file: fires('fires.xlsx') }, noProgress);
  await actions.insert(
    {
      element: 'spreadsheet-table',
      area: '',
      periodEnd: '',
      followLatest: true,
      options: { file: 'fires.xlsx' },
    },
    { kind: 'cursor' },
  );

  // A fresh pane on the saved report, with a renamed copy opened: the advice to rename it is the
  // last word, with no second instruction after it.
  const again = createDataActions(new DocxReportHost(host.bytes, 'complete.docx'), {
    elements: nodeCatalogue(),
    chartPicture: null,
  });
  await again.loadSource({ kind: 'workbook', file: fires('fires (1).xlsx') }, noProgress);
  const renamed = (await again.refresh(null, [], noProgress)).outcomes[0]!;
  expect(renamed.status).toBe('failed');
  expect(renamed.message).toMatch(/save or rename it as fires\.xlsx and refresh again\.$/);
  expect(renamed.message).not.toContain('Refresh from file');

  // With no workbook given, the pane says how to give it.
  const none = createDataActions(new DocxReportHost(host.bytes, 'complete.docx'), {
    elements: nodeCatalogue(),
    chartPicture: null,
  });
  await none.loadSource({ kind: 'sample' }, noProgress);
  const skipped = (await none.refresh(null, [], noProgress)).outcomes[0]!;
  expect(skipped.message).toMatch(
    /which was not given; left as it was\. Choose the workbook with “Refresh from file…”\.$/,
  );
});

test('inserting a table after a typed "Table 1:" caption passes on what to tell the author', async () => {
  const host = new DocxReportHost(
    blankDocx(
      paragraph({ runs: 'Crime in Maidstone' }) +
        paragraph({ runs: 'Table 1: Priorities agreed in 2017' }) +
        paragraph({ runs: 'Closing paragraph.' }),
    ),
    'typed.docx',
  );
  const actions = createDataActions(host, { elements: nodeCatalogue(), chartPicture: null });
  const source = await actions.loadSource({ kind: 'sample' }, noProgress);
  const inserted = await actions.insert(
    {
      element: 'crime-by-category-yoy',
      area: 'Maidstone',
      periodEnd: source.latestMonth,
      followLatest: true,
    },
    { kind: 'cursor' },
  );
  expect(inserted.captionAdvice).toEqual([
    expect.stringMatching(/^The report's caption Table 1 is typed, .* set to show Table 2 to follow on\./),
  ]);
});
