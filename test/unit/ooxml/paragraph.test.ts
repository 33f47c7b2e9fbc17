import { paragraph, textRun } from '../../../src/ooxml/paragraph';
import { parseXml } from '../../../src/ooxml/xml';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

describe('paragraph', () => {
  it('writes the style, keep-with-next and the runs in schema order', () => {
    expect(
      paragraph({
        styleId: 'Heading1',
        keepNext: true,
        runs: [{ text: 'Crime ' }, { text: 'overview', bold: true, italic: true }],
      }),
    ).toBe(
      '<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:keepNext/></w:pPr>' +
        '<w:r><w:t xml:space="preserve">Crime </w:t></w:r>' +
        '<w:r><w:rPr><w:b/><w:bCs/><w:i/><w:iCs/></w:rPr><w:t xml:space="preserve">overview</w:t></w:r></w:p>',
    );
  });

  it('writes a plain paragraph with no properties', () => {
    expect(paragraph({ runs: 'Text' })).toBe('<w:p><w:r><w:t xml:space="preserve">Text</w:t></w:r></w:p>');
  });

  it('writes tabs and line breaks as Word does, and no run for empty text', () => {
    expect(textRun({ text: 'a\tb\r\nc' })).toBe(
      '<w:r><w:t xml:space="preserve">a</w:t><w:tab/><w:t xml:space="preserve">b</w:t><w:br/>' +
        '<w:t xml:space="preserve">c</w:t></w:r>',
    );
    expect(textRun({ text: '' })).toBe('');
  });

  it('escapes hostile text and style ids, drops forbidden characters and bidi overrides', () => {
    const xml = paragraph({ styleId: 'a"b<', runs: "<script>&]]>\u0001\u202e'x\u0000" });
    expect(xml).toBe(
      '<w:p><w:pPr><w:pStyle w:val="a&quot;b&lt;"/></w:pPr>' +
        '<w:r><w:t xml:space="preserve">&lt;script&gt;&amp;]]&gt;&apos;x</w:t></w:r></w:p>',
    );
    const parsed = parseXml(`<w:body ${W}>${xml}</w:body>`, 'test');
    expect(parsed.children).toHaveLength(1);
  });

  it('drops lone surrogate halves but keeps pairs (emoji)', () => {
    expect(textRun({ text: 'a\ud800b\udc00c\ud83d\ude00' })).toBe(
      '<w:r><w:t xml:space="preserve">abc\ud83d\ude00</w:t></w:r>',
    );
  });
});
