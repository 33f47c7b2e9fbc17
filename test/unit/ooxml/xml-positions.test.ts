import { child, parseXml } from '../../../src/ooxml/xml';

describe('parseXml positions', () => {
  const text = '<?xml version="1.0"?>\n<a x=">"><b>text</b><c/><!-- c --><d><![CDATA[<e/>]]></d></a>';
  const root = parseXml(text, 'test', { positions: true });
  const slice = (start: number, end: number) => text.slice(start, end);

  it('records where each element and its content start and end', () => {
    const b = child(root, 'b')!.position!;
    expect(slice(b.start, b.end)).toBe('<b>text</b>');
    expect(slice(b.innerStart, b.innerEnd)).toBe('text');
    const a = root.position!;
    expect(slice(a.start, a.innerStart)).toBe('<a x=">">');
    expect(slice(a.innerEnd, a.end)).toBe('</a>');
    const d = child(root, 'd')!.position!;
    expect(slice(d.innerStart, d.innerEnd)).toBe('<![CDATA[<e/>]]>');
  });

  it('gives an empty-element tag no content', () => {
    const c = child(root, 'c')!.position!;
    expect(slice(c.start, c.end)).toBe('<c/>');
    expect([c.innerStart, c.innerEnd]).toEqual([c.end, c.end]);
  });

  it('records nothing unless asked', () => {
    expect(parseXml(text, 'test').position).toBeUndefined();
  });

  it('keeps offsets in the original text when prefixes are rewritten', () => {
    const xml =
      '<x:doc xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:p/></x:doc>';
    const doc = parseXml(xml, 'test', {
      positions: true,
      canonicalPrefixes: { 'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w' },
    });
    const p = child(doc, 'w:p')!.position!;
    expect(xml.slice(p.start, p.end)).toBe('<x:p/>');
  });
});
