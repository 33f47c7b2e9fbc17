/**
 * Section and paragraph numbers as Word shows them, read from real WordprocessingML by the .docx
 * reader: numbers typed as text ("1.", "1" or none), numbers from Word's list numbering ("%1." and
 * "%1"), and what is deliberately not read as a section heading (a table cell, a text box).
 */
import { readDocx } from '../../../../src/docx/read/read-docx';
import { checkSnapshot } from '../../../../src/core/template/check';
import type { CheckResult } from '../../../../src/core/template/finding';
import { getTemplate } from '../../../../src/core/template/templates';
import { makeDocx, p } from '../../docx/make-docx';

const template = getTemplate('maidstone-2019');
const NUMBERING_RULES = [
  'numbering-duplicate',
  'numbering-out-of-order',
  'numbering-gap',
  'paragraph-unnumbered',
];

function bold(text: string): string {
  return `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}

function listed(text: string, level: number, numId = '1'): string {
  return p(text, `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${numId}"/></w:numPr>`);
}

function numbering(headingText: string): string {
  const lvl = (ilvl: number, text: string) =>
    `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="${text}"/></w:lvl>`;
  return (
    `<w:abstractNum w:abstractNumId="0">${lvl(0, headingText)}${lvl(1, '%1.%2')}</w:abstractNum>` +
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
  );
}

function check(body: string, numberingXml?: string): CheckResult {
  const bytes = makeDocx({ body, ...(numberingXml ? { numbering: numberingXml } : {}) });
  return checkSnapshot(readDocx(bytes, 'report.docx'), template);
}

function headings(result: CheckResult): Record<string, string | null> {
  return Object.fromEntries(result.sections.filter((s) => s.number !== null).map((s) => [s.id, s.heading]));
}

function numberingFindings(result: CheckResult): string[] {
  return result.findings
    .filter((f) => NUMBERING_RULES.includes(f.rule))
    .map((f) => `${f.rule} ${f.section} ${f.number ?? f.excerpt}`);
}

describe('numbers typed as text', () => {
  it('reads "1.", "1" and no number on a heading, and N.M typed on its paragraphs', () => {
    const result = check(
      bold('1.\tINTRODUCTION AND BACKGROUND') +
        p('1.1\tThe assessment is published each year.') +
        p('1.2\tIt sets the priorities.') +
        bold('2 AVAILABLE OPTIONS') +
        p('2.1 Option 1: adopt the priorities.') +
        bold('PREFERRED OPTION AND REASONS FOR RECOMMENDATIONS') +
        p('3.1 Option 1 is preferred.'),
    );
    expect(headings(result)).toMatchObject({
      'introduction-background': '1. INTRODUCTION AND BACKGROUND',
      'available-options': '2 AVAILABLE OPTIONS',
      'preferred-option': 'PREFERRED OPTION AND REASONS FOR RECOMMENDATIONS',
    });
    // With no number on its heading, section 3's paragraphs are expected to be 3.1, 3.2 ...
    expect(numberingFindings(result)).toEqual([]);
  });

  it('follows the number shown on a heading when a section is left out ("3" heads Risk)', () => {
    const result = check(
      bold('1. INTRODUCTION AND BACKGROUND') +
        p('1.1 The assessment is published each year.') +
        bold('2. AVAILABLE OPTIONS') +
        p('2.1 Option 1: adopt the priorities.') +
        bold('3. RISK') +
        p('3.1 The risks are low.') +
        p('4.2 This one was numbered for another section.'),
    );
    expect(numberingFindings(result)).toEqual(['numbering-out-of-order risk 4.2']);
  });
});

describe('numbers from Word list numbering', () => {
  it.each([
    ['%1.', '1. Introduction and Background'],
    ['%1', '1 Introduction and Background'],
  ])('reads headings numbered "%s" and their N.M paragraphs as Word shows them', (format, shown) => {
    const result = check(
      listed('Introduction and Background', 0) +
        listed('The assessment is published each year.', 1) +
        listed('It sets the priorities.', 1) +
        listed('Available Options', 0) +
        listed('Option 1: adopt the priorities.', 1),
      numbering(format),
    );
    expect(headings(result)['introduction-background']).toBe(shown);
    expect(numberingFindings(result)).toEqual([]);
  });

  it('reports a paragraph left out of the list between numbered ones', () => {
    const result = check(
      listed('Introduction and Background', 0) +
        listed('The assessment is published each year.', 1) +
        p(
          'This paragraph was typed without its number and is long enough to be a paragraph of its own, not an item.',
        ) +
        listed('It sets the priorities.', 1),
      numbering('%1.'),
    );
    expect(numberingFindings(result)).toEqual([
      'paragraph-unnumbered introduction-background This paragraph was typed without its number and is long enough to be a paragrap…',
    ]);
  });
});

describe('headings deliberately not read', () => {
  it('does not take a heading written in a table cell for a section heading', () => {
    const table =
      '<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:tc><w:tcPr/>' +
      bold('4. RISK') +
      '</w:tc></w:tr></w:tbl>';
    const result = check(bold('1. INTRODUCTION AND BACKGROUND') + p('1.1 Text.') + table);
    // Table cells hold field labels and implication rows; a heading there would be a guess.
    expect(result.sections.find((s) => s.id === 'risk')?.status).toBe('missing');
  });

  it('does not read a text box, as Word’s body paragraphs do not', () => {
    const textBox =
      '<w:p><w:r><w:drawing><wp:inline><wp:extent cx="100" cy="100"/><wp:docPr id="1" name="Text Box 1"/>' +
      '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">' +
      `<wps:wsp><wps:txbx><w:txbxContent>${bold('4. RISK')}</w:txbxContent></wps:txbx></wps:wsp>` +
      '</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>';
    const bytes = makeDocx({ body: bold('1. INTRODUCTION AND BACKGROUND') + p('1.1 Text.') + textBox });
    const snapshot = readDocx(bytes, 'report.docx');
    expect(snapshot.paragraphs.map((paragraph) => paragraph.text)).not.toContain('4. RISK');
    expect(snapshot.pictures).toEqual([]);
    expect(checkSnapshot(snapshot, template).sections.find((s) => s.id === 'risk')?.status).toBe('missing');
  });
});
