import type { ReadWarning } from '../../../../src/core/report/snapshot';
import { formatNumber, ListCounter, NumberingDefinitions } from '../../../../src/docx/read/numbering';
import { readDocx } from '../../../../src/docx/read/read-docx';
import { StyleSheet } from '../../../../src/docx/read/styles';
import { parseXml } from '../../../../src/ooxml/xml';
import { makeDocx, p, wordXml } from '../make-docx';

function lvl(ilvl: number, format: string, text: string, extra = ''): string {
  return `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;
}

function counter(numberingXml: string, stylesXml = ''): { lists: ListCounter; warnings: ReadWarning[] } {
  const warnings: ReadWarning[] = [];
  const styles = StyleSheet.read(parseXml(wordXml('w:styles', stylesXml), 'word/styles.xml'), warnings);
  const defs = NumberingDefinitions.read(
    parseXml(wordXml('w:numbering', numberingXml), 'word/numbering.xml'),
  );
  return { lists: new ListCounter(defs, styles, warnings), warnings };
}

/** Labels for a sequence of [numId, level] paragraphs. */
function labels(lists: ListCounter, sequence: [string, number][]): (string | null)[] {
  return sequence.map(([numId, level]) => lists.next(numId, level)?.label ?? null);
}

const OUTLINE =
  '<w:abstractNum w:abstractNumId="0">' +
  lvl(0, 'decimal', '%1.') +
  lvl(1, 'decimal', '%1.%2') +
  lvl(2, 'lowerLetter', '(%3)') +
  '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>';

describe('list labels', () => {
  it('numbers an outline as Word shows it, restarting lower levels when a higher one advances', () => {
    const { lists } = counter(OUTLINE);
    expect(
      labels(lists, [
        ['1', 0],
        ['1', 1],
        ['1', 1],
        ['1', 2],
        ['1', 2],
        ['1', 0],
        ['1', 1],
        ['1', 2],
      ]),
    ).toEqual(['1.', '1.1', '1.2', '(a)', '(b)', '2.', '2.1', '(a)']);
  });

  it('shows a level above that was never used as one less than its start ("0.1")', () => {
    const { lists } = counter(OUTLINE);
    expect(labels(lists, [['1', 1]])).toEqual(['0.1']);
  });

  it('continues one sequence across numbering instances of the same list, unless one restarts it', () => {
    const { lists } = counter(
      OUTLINE +
        '<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>' +
        '<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>',
    );
    expect(
      labels(lists, [
        ['1', 0],
        ['1', 0],
        ['2', 0],
        ['3', 0],
        ['3', 0],
        ['3', 1],
      ]),
    ).toEqual(['1.', '2.', '3.', '5.', '6.', '6.1']);
  });

  it('uses a level override that replaces the whole level', () => {
    const { lists } = counter(
      OUTLINE +
        `<w:num w:numId="4"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0">${lvl(0, 'upperRoman', 'Part %1')}</w:lvlOverride></w:num>`,
    );
    expect(
      labels(lists, [
        ['4', 0],
        ['4', 0],
        ['4', 1],
      ]),
    ).toEqual(['Part I', 'Part II', 'II.1']);
  });

  it('honours w:start and w:lvlRestart', () => {
    const { lists } = counter(
      '<w:abstractNum w:abstractNumId="0">' +
        '<w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>' +
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlRestart w:val="0"/><w:lvlText w:val="%2)"/></w:lvl>' +
        '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
    );
    expect(
      labels(lists, [
        ['1', 0],
        ['1', 1],
        ['1', 1],
        ['1', 0],
        ['1', 1],
      ]),
    ).toEqual(['3.', 'i)', 'ii)', '4.', 'iii)']);
  });

  it('shows every level in decimal when the level is legal-style (w:isLgl)', () => {
    const { lists } = counter(
      '<w:abstractNum w:abstractNumId="0">' +
        lvl(0, 'upperRoman', 'Article %1.') +
        lvl(1, 'decimal', 'Section %1.%2', '<w:isLgl/>') +
        '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
    );
    expect(
      labels(lists, [
        ['1', 0],
        ['1', 0],
        ['1', 1],
      ]),
    ).toEqual(['Article I.', 'Article II.', 'Section 2.1']);
  });

  it('gives bullets the character the reader sees and marks them as bullets', () => {
    const { lists } = counter(
      '<w:abstractNum w:abstractNumId="0">' +
        lvl(0, 'bullet', '\uf0b7', '<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"/></w:rPr>') +
        lvl(1, 'bullet', 'o', '<w:rPr><w:rFonts w:ascii="Courier New"/></w:rPr>') +
        lvl(2, 'bullet', '\u00b7', '<w:rPr><w:rFonts w:ascii="Symbol"/></w:rPr>') +
        lvl(3, 'bullet', '\uf0a7', '<w:rPr><w:rFonts w:ascii="Wingdings"/></w:rPr>') +
        '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
    );
    expect([0, 1, 2, 3].map((level) => lists.next('1', level))).toEqual([
      { numId: '1', level: 0, label: '•', bullet: true },
      { numId: '1', level: 1, label: 'o', bullet: true },
      { numId: '1', level: 2, label: '•', bullet: true },
      { numId: '1', level: 3, label: '▪', bullet: true },
    ]);
  });

  it('shows nothing for a level whose format is none', () => {
    const { lists } = counter(
      `<w:abstractNum w:abstractNumId="0">${lvl(0, 'none', '')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`,
    );
    expect(lists.next('1', 0)).toEqual({ numId: '1', level: 0, label: '', bullet: false });
  });

  it('follows w:numStyleLink to the list a numbering style defines', () => {
    const { lists } = counter(
      '<w:abstractNum w:abstractNumId="0"><w:styleLink w:val="CouncilList"/>' +
        lvl(0, 'decimal', '%1.') +
        lvl(1, 'lowerLetter', '%2)') +
        '</w:abstractNum>' +
        '<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="CouncilList"/></w:abstractNum>' +
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>',
      '<w:style w:type="numbering" w:styleId="CouncilList"><w:name w:val="Council List"/>' +
        '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>',
    );
    expect(
      labels(lists, [
        ['2', 0],
        ['2', 1],
        ['1', 0],
      ]),
    ).toEqual(['1.', 'a)', '2.']);
  });

  it('warns once about an undefined list and reads those paragraphs as unnumbered', () => {
    const { lists, warnings } = counter(OUTLINE);
    expect(lists.next('9', 0)).toBeNull();
    expect(lists.next('9', 0)).toBeNull();
    expect(lists.next('0', 0)).toBeNull();
    expect(warnings).toEqual([
      { where: 'word/numbering.xml', message: expect.stringContaining('list numbering 9') },
    ]);
  });
});

describe('formatNumber', () => {
  it.each([
    [4, 'decimal', '4'],
    [7, 'decimalZero', '07'],
    [12, 'decimalZero', '12'],
    [1, 'lowerLetter', 'a'],
    [26, 'upperLetter', 'Z'],
    [27, 'lowerLetter', 'aa'],
    [53, 'lowerLetter', 'aaa'],
    [4, 'lowerRoman', 'iv'],
    [1994, 'upperRoman', 'MCMXCIV'],
    [2, 'ordinal', '2nd'],
    [13, 'ordinal', '13th'],
    [3, 'decimalEnclosedCircle', '③'],
    [5, 'none', ''],
    [8, 'someFutureFormat', '8'],
  ])('%i in %s is %j', (n, format, expected) => {
    expect(formatNumber(n, format)).toBe(expected);
  });
});

describe('numbering on paragraphs', () => {
  const numbering = OUTLINE.replace(
    lvl(1, 'decimal', '%1.%2'),
    lvl(1, 'decimal', '%1.%2', '<w:pStyle w:val="Heading2"/>'),
  );
  const styles =
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>' +
    '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Heading1"/>' +
    '<w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>';

  it('applies numbering from the style chain, with the level tied to the style', () => {
    const snapshot = readDocx(
      makeDocx({
        styles,
        numbering,
        body:
          p('Background', '<w:pStyle w:val="Heading1"/>') +
          p('Crime trends', '<w:pStyle w:val="Heading2"/>') +
          p('Body text') +
          p('Not numbered', '<w:pStyle w:val="Heading2"/><w:numPr><w:numId w:val="0"/></w:numPr>') +
          p('Options', '<w:pStyle w:val="Heading1"/>') +
          p('Direct level', '<w:pStyle w:val="Heading1"/><w:numPr><w:ilvl w:val="1"/></w:numPr>'),
      }),
      'x.docx',
    );
    expect(snapshot.paragraphs.map((x) => [x.text, x.list?.label ?? null, x.headingLevel])).toEqual([
      ['Background', '1.', 1],
      ['Crime trends', '1.1', 2],
      ['Body text', null, null],
      ['Not numbered', null, 2],
      ['Options', '2.', 1],
      ['Direct level', '2.1', 1],
    ]);
    expect(snapshot.paragraphs[1]?.list).toEqual({ numId: '1', level: 1, label: '1.1', bullet: false });
  });
});
