/**
 * The live-region part of the ReportHost contract: the same batch of RegionWrites (insert next to
 * paragraphs and at a table, replace, remove with and without the content, the state part) gives
 * the same document on the .docx host and on the Word host over the fake Word: the same
 * paragraphs, tables, content controls and state part when read back, and the same findings. A
 * refused batch changes neither.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RegionContent } from '../../src/core/content/blocks';
import type { RegionWrite } from '../../src/core/report/host';
import type { ReportSnapshot } from '../../src/core/report/snapshot';
import { checkSnapshot } from '../../src/core/template/check';
import { DEFAULT_TEMPLATE_ID, getTemplate } from '../../src/core/template/templates';
import { liveTag } from '../../src/ooxml/content-control';
import { emptyReportState, REPORT_NAMESPACE, type ReportState } from '../../src/ooxml/custom-xml-part';
import { sentenceContent, tableContent } from '../support/region-content';
import { asWordSeesIt, comparable } from './comparable';
import { DOCX_HOST, WORD_HOST, type HostUnderTest, type OpenedHost } from './hosts';
import type { NotInWordApi } from '../support/fake-word';
import { inEachWordProfile } from '../support/word-profile-suite';

const FIXTURES = join(__dirname, '../fixtures');
/** Word-made files (every style Word needs is declared) and a committee report. */
const FILES = [
  'word-made/dotnet__Open-XML-SDK/Business Plan for a Startup Business_July.docx',
  'word-made/OpenXmlDev__Open-Xml-PowerTools/HC031-Complicated-Document.docx',
  'word-made/plutext__docx4j/sample-docx.docx',
];
const template = getTemplate(DEFAULT_TEMPLATE_ID);
const NOTHING_HIDDEN: NotInWordApi = { pictures: [], commentIds: [], paragraphsWithDeletedText: [] };

function table(id: string, figure: number): RegionContent {
  return tableContent({
    caption: `Recorded crime by category, ${id}`,
    columns: [
      { header: 'Crime type', align: 'left' },
      { header: 'Count', align: 'right' },
      { header: 'Change', align: 'right' },
    ],
    rows: [
      { cells: ['Burglary', String(figure), '+4.2%'] },
      { cells: ['Criminal damage & arson', String(figure + 7), '−1.0%'] },
      { cells: ['Total recorded crime', String(figure * 3), '+0.5%'], kind: 'total' },
    ],
    source: 'Synthetic sample data — not real figures',
  });
}

function figure(text: string): RegionContent {
  return sentenceContent(text);
}

/** The report's state as the use cases hand it to the host. */
function state(ids: string[]): ReportState {
  return {
    ...emptyReportState(),
    regions: ids.map((id) => ({
      id,
      element: 'crime-by-category-yoy',
      source: 'sample',
      area: 'Maidstone',
      periodEnd: '2017-10',
      refreshedAt: '2018-01-12T09:30:00.000Z',
      valuesHash: 'abc123',
      options: { period: 'latest' },
    })),
  };
}

/**
 * Paragraphs to anchor regions to: plain ones, a heading (a heading style, or a bold Normal
 * paragraph as many councils write them) and one inside a table of the body, none inside a content
 * control (a region goes next to the top-level block holding its anchor).
 */
function anchors(snapshot: ReportSnapshot) {
  const inControl = new Set(
    snapshot.contentControls.flatMap((c) =>
      Array.from({ length: c.lastParagraph - c.firstParagraph + 1 }, (_, i) => c.firstParagraph + i),
    ),
  );
  const free = snapshot.paragraphs.filter((p) => !inControl.has(p.index) && p.text.trim() !== '');
  const plain = free.filter((p) => p.cell === null && p.headingLevel === null && !p.boldOnly);
  const heading = free.find((p) => p.cell === null && (p.headingLevel !== null || p.boldOnly));
  const inTable = free.find((p) => p.cell !== null && snapshot.tables[p.cell.table]?.depth === 0);
  const at = (p: { index: number; text: string }) => ({ paragraph: p.index, text: p.text });
  expect(plain.length).toBeGreaterThanOrEqual(5);
  expect(heading && inTable).toBeTruthy();
  return { plain: plain.slice(2, 5).map(at), heading: at(heading!), inTable: at(inTable!) };
}

function inserts(snapshot: ReportSnapshot): RegionWrite[] {
  const a = anchors(snapshot);
  return [
    {
      kind: 'insert',
      tag: liveTag('yoy'),
      title: 'Recorded crime by category',
      place: { anchor: a.heading, location: 'After' },
      content: table('yoy', 120),
    },
    {
      kind: 'insert',
      tag: liveTag('total'),
      title: 'Total recorded crime',
      place: { anchor: a.plain[0]!, location: 'Before' },
      content: figure('Recorded crime rose to 16,987 (4.2%).'),
    },
    {
      kind: 'insert',
      tag: liveTag('rates'),
      title: 'Rates per 1,000',
      place: { anchor: a.inTable, location: 'After' },
      content: table('rates', 40),
    },
    {
      kind: 'insert',
      tag: liveTag('top'),
      title: 'Top areas',
      place: { anchor: a.plain[2]!, location: 'After' },
      content: table('top', 9),
    },
  ];
}

interface Session {
  opened: OpenedHost;
  read(): Promise<ReportSnapshot>;
}

function open(host: HostUnderTest, file: string): Session {
  // Word's text without tracked deletions, as the docx host reads it (see comparable.ts).
  const opened = host.open(new Uint8Array(readFileSync(join(FIXTURES, file))), file, {
    deletedText: 'hidden',
  });
  return { opened, read: () => opened.host.readSnapshot() };
}

async function bothHosts(
  file: string,
  steps: (snapshot: ReportSnapshot) => [RegionWrite[], ReportState | null][],
) {
  const results: ReportSnapshot[] = [];
  let hidden: NotInWordApi = NOTHING_HIDDEN;
  for (const host of [DOCX_HOST, WORD_HOST]) {
    const session = open(host, file);
    try {
      const before = await session.read();
      for (const [writes, next] of steps(before)) {
        await session.opened.host.writeRegions!(writes, next);
      }
      results.push(await session.read());
      hidden = session.opened.notVisible ?? hidden;
    } finally {
      session.opened.close();
    }
  }
  const [docx, word] = results as [ReportSnapshot, ReportSnapshot];
  return { docx, word, hidden };
}

/**
 * Pictures the Word API does not show (floating ones), found again by name after the writes have
 * moved them down, so the docx host's findings can be reduced to what Word can see.
 */
function hiddenAfterWrites(docx: ReportSnapshot, hidden: NotInWordApi): NotInWordApi {
  const names = new Set(hidden.pictures.map((p) => p.name));
  return {
    ...NOTHING_HIDDEN,
    pictures: docx.pictures
      .filter((p) => names.has(p.name))
      .map((p) => ({ paragraph: p.paragraph, name: p.name, why: 'not an inline picture' })),
  };
}

function expectSameDocument(docx: ReportSnapshot, word: ReportSnapshot, hidden: NotInWordApi): void {
  const expected = comparable(docx, NOTHING_HIDDEN, 'docx');
  const actual = comparable(word, NOTHING_HIDDEN, 'word');
  expect(actual.paragraphs).toEqual(expected.paragraphs);
  expect(actual.tables).toEqual(expected.tables);
  expect(actual.contentControls).toEqual(expected.contentControls);
  expect(actual.customXmlParts).toEqual(expected.customXmlParts);
  expect(checkSnapshot(word, template)).toEqual(
    checkSnapshot(asWordSeesIt(docx, hiddenAfterWrites(docx, hidden)), template),
  );
}

// Every test below runs in "Word desktop" and in "Word on the web" (the fake's two profiles).
inEachWordProfile(() => {
  describe('live regions: the same batch, the same document on both hosts', () => {
    test.each(FILES)('inserting next to a paragraph, a heading and inside a table (%s)', async (file) => {
      const { docx, word, hidden } = await bothHosts(file, (before) => [
        [inserts(before), state(['yoy', 'total', 'rates', 'top'])],
      ]);
      const tags = word.contentControls.map((c) => c.tag).filter((t) => t?.startsWith('cr:live:'));
      expect(tags).toHaveLength(4);
      expectSameDocument(docx, word, hidden);
    });

    test('refreshing (replace) and removing, with and without the content', async () => {
      const { docx, word, hidden } = await bothHosts(FILES[1]!, (before) => [
        [inserts(before), state(['yoy', 'total', 'rates', 'top'])],
        [
          [
            { kind: 'replace', tag: liveTag('yoy'), content: table('yoy', 131) },
            {
              kind: 'replace',
              tag: liveTag('total'),
              content: figure('Recorded crime rose to 17,020 (4.4%).'),
            },
            { kind: 'remove', tag: liveTag('rates'), keepContent: true },
            { kind: 'remove', tag: liveTag('top'), keepContent: false },
          ],
          state(['yoy', 'total']),
        ],
      ]);
      expect(word.contentControls.filter((c) => c.tag?.startsWith('cr:live:')).map((c) => c.tag)).toEqual(
        [liveTag('yoy'), liveTag('total')].sort(
          (a, b) =>
            word.contentControls.findIndex((c) => c.tag === a) -
            word.contentControls.findIndex((c) => c.tag === b),
        ),
      );
      expect(word.paragraphs.some((p) => p.text === 'Recorded crime rose to 17,020 (4.4%).')).toBe(true);
      expectSameDocument(docx, word, hidden);
    });

    test('state only (no region writes) and no state (null) are the same on both', async () => {
      const { docx, word, hidden } = await bothHosts(FILES[1]!, () => [
        [[], state(['kept'])],
        [[], null],
      ]);
      expect(word.customXmlParts.filter((p) => p.namespaceUri === REPORT_NAMESPACE)).toHaveLength(1);
      expectSameDocument(docx, word, hidden);
    });

    test('a refused batch (a region that is not there) changes neither document', async () => {
      for (const host of [DOCX_HOST, WORD_HOST]) {
        const session = open(host, FILES[1]!);
        try {
          const before = await session.read();
          const writes: RegionWrite[] = [
            ...inserts(before),
            { kind: 'replace', tag: liveTag('missing'), content: table('m', 1) },
          ];
          await expect(session.opened.host.writeRegions!(writes, state(['x']))).rejects.toMatchObject({
            code: 'control-not-found',
          });
          expect(comparable(await session.read(), NOTHING_HIDDEN, host.kind)).toEqual(
            comparable(before, NOTHING_HIDDEN, host.kind),
          );
        } finally {
          session.opened.close();
        }
      }
    });
  });
});
