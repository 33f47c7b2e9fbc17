/**
 * .docx files written by LibreOffice 7.4 from the flat-ODT sources in
 * test/fixtures/libreoffice/src (regenerate with make.sh). LibreOffice writes styles, numbering
 * and comments differently from Word: flattened styles with capitalised names, outline numbering
 * on heading styles, comments without w14:paraId, and no reply threads.
 */
import { readFixture } from '../fixtures';

const HEADINGS = 'libreoffice/headings-and-lists.docx';
const TABLES = 'libreoffice/tables.docx';
const COMMENTS = 'libreoffice/comments.docx';
const PICTURE = 'libreoffice/picture.docx';

describe('LibreOffice headings, bold paragraphs and lists', () => {
  const snapshot = readFixture(HEADINGS);

  it('reads Heading 1 and Heading 2 paragraphs and bold Normal paragraphs', () => {
    expect(snapshot.paragraphs.map((p) => [p.text, p.styleName, p.headingLevel, p.boldOnly])).toEqual([
      ['Introduction', 'Heading 1', 1, true],
      ["This report sets out the partnership's assessment.", 'Normal', null, false],
      ['Recommendations', 'Normal', null, true],
      ['Reasons: only partly bold.', 'Normal', null, false],
      ['Background', 'Heading 2', 2, true],
      ['Violent crime', 'Normal', null, false],
      ['Night-time economy', 'Normal', null, false],
      ['Domestic abuse', 'Normal', null, false],
      ['Acquisitive crime', 'Normal', null, false],
      ['Burglary', 'Normal', null, false],
      ['Options', 'Heading 1', 1, true],
    ]);
    expect(snapshot.warnings).toEqual([]);
  });

  it('labels the outline-numbered list 1. / 1.1 / 1.2 / 2. / 2.1', () => {
    expect(snapshot.paragraphs.slice(5, 10).map((p) => [p.list?.level, p.list?.label])).toEqual([
      [0, '1.'],
      [1, '1.1'],
      [1, '1.2'],
      [0, '2.'],
      [1, '2.1'],
    ]);
  });

  it('reads the outline numbering LibreOffice puts on heading styles, which shows no label', () => {
    expect(snapshot.paragraphs[0]?.list).toEqual({ numId: '1', level: 0, label: '', bullet: false });
    expect(snapshot.paragraphs[4]?.list).toEqual({ numId: '1', level: 1, label: '', bullet: false });
  });

  it('reads the document properties, including a custom one', () => {
    expect(snapshot.properties).toEqual({
      title: 'Community Safety Strategic Assessment',
      subject: 'Annual assessment',
      author: 'Policy Officer',
      lastModifiedBy: null,
      created: null,
      modified: null,
      keywords: 'crime',
      description: null,
      custom: { Committee: 'Safer Communities' },
    });
  });
});

describe('LibreOffice tables', () => {
  const snapshot = readFixture(TABLES);

  it('reads the repeating header row, the merged cells and the nested table', () => {
    const [outer, inner] = snapshot.tables;
    expect(
      outer?.rows.map((row) => [row.header, row.cells.map((c) => [c.text, c.gridSpan, c.vMerge])]),
    ).toEqual([
      [
        true,
        [
          ['Crime type', 1, null],
          ['Offences', 2, null],
        ],
      ],
      [
        false,
        [
          ['Violence', 1, 'restart'],
          ['2022', 1, null],
          ['1,204', 1, null],
        ],
      ],
      [
        false,
        [
          ['', 1, 'continue'],
          ['2023', 1, null],
          ['1,310', 1, null],
        ],
      ],
      [
        false,
        [
          ['Burglary', 1, null],
          ['Homes\n412\nSource: police.uk', 2, null],
        ],
      ],
    ]);
    expect(outer).toMatchObject({ depth: 0, firstParagraph: 1, lastParagraph: 12 });
    expect(inner).toMatchObject({ index: 1, depth: 1, firstParagraph: 10, lastParagraph: 11 });
    expect(snapshot.paragraphs[10]?.cell).toEqual({ table: 1, row: 0, cell: 0 });
    expect(snapshot.paragraphs[13]).toMatchObject({ text: 'After the table.', cell: null });
  });
});

describe('LibreOffice comments', () => {
  const threads = readFixture(COMMENTS).comments;

  it('reads a ranged comment, a point comment and a resolved one', () => {
    expect(
      threads.map((t) => [
        t.id,
        t.author,
        t.initials,
        t.date,
        t.text,
        t.resolved,
        t.anchorParagraph,
        t.anchorText,
      ]),
    ).toEqual([
      [
        '0',
        'Police Partner',
        'PP',
        '2024-03-01T10:00:00Z',
        'Please add the 2023 figures.',
        false,
        1,
        'review night-time economy funding',
      ],
      ['1', 'Report Author', '', '2024-03-02T09:30:00Z', 'Added in table 2.\nThanks.', false, 2, ''],
      ['2', 'Fire Service', '', '2024-03-03T08:00:00Z', 'Agreed.', true, 3, ''],
    ]);
  });

  it('gets no reply threads from LibreOffice 7.4, which writes a reply as a comment of its own', () => {
    expect(threads.every((t) => t.replies.length === 0)).toBe(true);
  });
});

describe('LibreOffice pictures', () => {
  it('reads alternative text, and the empty descr LibreOffice writes when there is none', () => {
    expect(readFixture(PICTURE).pictures).toEqual([
      {
        paragraph: 1,
        name: 'Crime trend chart',
        altText: 'Line chart: recorded crime fell from 12,400 in 2019 to 10,900 in 2023.',
        // LibreOffice 7.4 does not write svg:title to the .docx.
        title: null,
        decorative: false,
      },
      { paragraph: 2, name: 'Logo', altText: '', title: null, decorative: false },
    ]);
  });
});
