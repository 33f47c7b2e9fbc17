/** The pure parts of the Word host: style ids, text, table layout and placement, paragraph lookup. */
import { ParagraphLocator } from '../../../../src/word/read/paragraph-locator';
import { headingLevelFor, styleIdFor } from '../../../../src/word/read/style-id';
import { readTableOoxml } from '../../../../src/word/read/table-ooxml';
import { innermostTables, placeTables } from '../../../../src/word/read/table-placement';
import { bulletLabel, multiParagraphText, paragraphText } from '../../../../src/word/read/word-text';
import { flatOpcPackage } from '../../../support/fake-word/flat-opc';

describe('style ids from what Word gives', () => {
  test.each([
    ['Heading 1', 'Heading1', 'Heading1'],
    ['Überschrift 1', 'Heading1', 'Heading1'],
    ['TOC 2', 'Toc2', 'TOC2'],
    ['Council Body Text', 'Other', 'CouncilBodyText'],
    ['Normal (Web)', 'Other', 'NormalWeb'],
    ['', 'Other', null],
  ])('%s (%s) → %s', (name, builtIn, id) => {
    expect(styleIdFor(name, builtIn)).toBe(id);
  });

  test('heading levels come from built-in heading styles, else outline levels 1..9', () => {
    expect(headingLevelFor('Heading3', 10)).toBe(3);
    expect(headingLevelFor('Other', 2)).toBe(2);
    expect(headingLevelFor('Normal', 10)).toBeNull();
    expect(headingLevelFor('Title', 0)).toBeNull();
  });
});

describe("Word's text", () => {
  test('breaks become newlines, a non-breaking hyphen stays one, invisible marks go', () => {
    expect(paragraphText('a\vb\fc\u000ed\u001ee\u0002\u001ff')).toBe('a\nb\nc\nd\u2011ef');
    expect(multiParagraphText('one\rtwo\r')).toBe('one\ntwo\n');
  });

  test('symbol-font bullets read as bullets', () => {
    expect(bulletLabel('\uf0b7')).toBe('•');
    expect(bulletLabel('·')).toBe('•');
    expect(bulletLabel('–')).toBe('–');
  });
});

describe('table OOXML', () => {
  test('merged cells and header rows of the first table, through content-control wrappers', () => {
    const ooxml = flatOpcPackage(
      '<w:p/><w:sdt><w:sdtContent><w:tbl>' +
        '<w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc><w:tcPr><w:gridSpan w:val="3"/></w:tcPr><w:p/></w:tc></w:tr>' +
        '<w:tr><w:trPr><w:tblHeader w:val="0"/></w:trPr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr>' +
        '<w:tbl><w:tr><w:tc><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl><w:p/></w:tc>' +
        '<w:sdt><w:sdtContent><w:tc><w:p/></w:tc></w:sdtContent></w:sdt></w:tr>' +
        '<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr>' +
        '</w:tbl></w:sdtContent></w:sdt>',
    );
    expect(readTableOoxml(ooxml)).toEqual([
      { header: true, cells: [{ gridSpan: 3, vMerge: null }] },
      {
        header: false,
        cells: [
          { gridSpan: 1, vMerge: 'restart' },
          { gridSpan: 1, vMerge: null },
        ],
      },
      {
        header: false,
        cells: [
          { gridSpan: 1, vMerge: 'continue' },
          { gridSpan: 1, vMerge: null },
        ],
      },
    ]);
  });

  test('no table gives null; broken XML throws', () => {
    expect(readTableOoxml(flatOpcPackage('<w:p/>'))).toBeNull();
    expect(() => readTableOoxml('<w:tbl>')).toThrow();
  });
});

describe('placing tables on paragraphs', () => {
  // Paragraphs: body, table A (with a nested table in its first cell), body, table B.
  const nesting = [0, 1, 2, 2, 1, 1, 0, 1, 1];
  const levels = [1, 2, 1];

  test('each table covers a maximal run of paragraphs at its level or deeper', () => {
    const { placements, warnings } = placeTables(nesting, levels);
    expect(placements).toEqual([
      { firstParagraph: 1, lastParagraph: 5 },
      { firstParagraph: 2, lastParagraph: 3 },
      { firstParagraph: 7, lastParagraph: 8 },
    ]);
    expect(warnings).toEqual([]);
    expect(innermostTables(nesting, levels, placements)).toEqual([null, 0, 1, 1, 0, 0, null, 2, 2]);
  });

  test('when Word lists fewer tables than the paragraphs show, a warning says so', () => {
    const { placements, warnings } = placeTables(nesting, [1, 2]);
    expect(placements).toHaveLength(2);
    expect(warnings).toEqual([expect.objectContaining({ where: 'Word: tables' })]);
  });
});

describe('finding paragraphs', () => {
  const paragraphs = [
    { text: 'Risk', uniqueLocalId: 'a' },
    { text: 'Same', uniqueLocalId: 'b' },
    { text: 'Same', uniqueLocalId: 'c' },
  ];

  test('by uniqueLocalId: exact', () => {
    const locator = new ParagraphLocator(paragraphs, 'uniqueLocalId');
    expect(locator.cursor('Comment').first({ text: 'Same', uniqueLocalId: 'c' }, 0)).toBe(2);
    expect(locator.warnings).toEqual([]);
  });

  test('by text: the first match at or after the previous one, with a warning when the text repeats', () => {
    const locator = new ParagraphLocator(paragraphs, 'text');
    const cursor = locator.cursor('Comment');
    expect(cursor.first({ text: 'Risk', uniqueLocalId: null }, 0)).toBe(0);
    expect(cursor.first({ text: 'Same', uniqueLocalId: null }, 1)).toBe(1);
    expect(cursor.first({ text: 'Same', uniqueLocalId: null }, 2)).toBe(1);
    expect(cursor.first({ text: 'Gone', uniqueLocalId: null }, 3)).toBeNull();
    expect(locator.warnings.map((w) => w.message.slice(0, 10))).toEqual([
      'Comment 2:',
      'Comment 3:',
      'Comment 4:',
    ]);
  });

  test('by text: the text of the paragraph after tells empty paragraphs apart (a live region lead)', () => {
    const texts = ['Intro', '', 'Table 1: A', 'Source: x', '', 'Table 2: B', 'Source: y'];
    const locator = new ParagraphLocator(
      texts.map((text) => ({ text, uniqueLocalId: null })),
      'text',
    );
    const cursor = locator.cursor('Content control');
    expect(cursor.first({ text: '', uniqueLocalId: null, nextText: 'Table 1: A' }, 0)).toBe(1);
    expect(cursor.first({ text: '', uniqueLocalId: null, nextText: 'Table 2: B' }, 1)).toBe(4);
    expect(locator.warnings).toEqual([]);
    // Without it, the second control would land on the first one's paragraph.
    const plain = new ParagraphLocator(
      texts.map((text) => ({ text, uniqueLocalId: null })),
      'text',
    ).cursor('Content control');
    expect(plain.first({ text: '', uniqueLocalId: null }, 0)).toBe(1);
    expect(plain.first({ text: '', uniqueLocalId: null }, 1)).toBe(1);
  });
});
