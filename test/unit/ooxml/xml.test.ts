import { ReportError } from '../../../src/core/errors';
import { CANONICAL_PREFIXES } from '../../../src/ooxml/namespaces';
import {
  child,
  children,
  decodeXmlBytes,
  escapeXml,
  parseXml,
  textContent,
  XmlError,
  type XmlElement,
} from '../../../src/ooxml/xml';

function parseError(xml: string, part = 'word/document.xml'): XmlError {
  try {
    parseXml(xml, part);
  } catch (error) {
    if (error instanceof XmlError) return error;
    throw error;
  }
  throw new Error('expected the parse to fail');
}

describe('parseXml', () => {
  it('builds elements with qualified names, attributes and text', () => {
    const root = parseXml(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<w:document xmlns:w="urn:w"><w:body><w:p w:rsidR="00AB"><w:r><w:t xml:space="preserve"> Hi </w:t></w:r></w:p></w:body></w:document>',
      'word/document.xml',
    );
    expect(root.name).toBe('w:document');
    expect(root.attributes['xmlns:w']).toBe('urn:w');
    const p = child(child(root, 'w:body')!, 'w:p')!;
    expect(p.attributes['w:rsidR']).toBe('00AB');
    const t = child(child(p, 'w:r')!, 'w:t')!;
    expect(t.attributes['xml:space']).toBe('preserve');
    expect(t.children).toEqual([' Hi ']);
  });

  it('decodes the five predefined entities and numeric references in text and attributes', () => {
    const root = parseXml(
      `<a title="&lt;&gt;&amp;&quot;&apos;&#65;&#x42;">&lt;b&gt; &amp; &quot;q&quot; &apos;s&apos; &#8364;&#x1F600;</a>`,
      'p',
    );
    expect(root.attributes['title']).toBe(`<>&"'AB`);
    expect(textContent(root)).toBe(`<b> & "q" 's' €😀`);
  });

  it('accepts both quote styles and whitespace around "="', () => {
    const root = parseXml(`<a one='1 "quoted"' two = "it's" />`, 'p');
    expect(root.attributes).toEqual({ one: '1 "quoted"', two: "it's" });
    expect(root.children).toEqual([]);
  });

  it('normalises tabs and newlines in attribute values, but keeps them when written as references', () => {
    const root = parseXml('<a v="x\ty\nz" w="x&#9;y&#10;z"/>', 'p');
    expect(root.attributes['v']).toBe('x y z');
    expect(root.attributes['w']).toBe('x\ty\nz');
  });

  it('keeps CDATA text as written and skips comments and processing instructions', () => {
    const root = parseXml(
      '<a><!-- note --><?mso-application progid="Word.Document"?><![CDATA[<b>&amp;]]>tail</a>',
      'p',
    );
    expect(root.children).toEqual(['<b>&amp;', 'tail']);
  });

  it('normalises CR LF to LF in text', () => {
    expect(textContent(parseXml('<a>one\r\ntwo\rthree</a>', 'p'))).toBe('one\ntwo\nthree');
  });

  it('skips a byte order mark and whitespace around the root', () => {
    const root = parseXml('\uFEFF<?xml version="1.0"?>\n<root/>\n<!-- after -->\n', 'p');
    expect(root.name).toBe('root');
  });

  it('rewrites a namespace bound to an unusual prefix to the canonical one', () => {
    const root = parseXml(
      '<x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
        '<x:body><x:p x:rsidR="1"/></x:body></x:document>',
      'word/document.xml',
      { canonicalPrefixes: CANONICAL_PREFIXES },
    );
    expect(root.name).toBe('w:document');
    const p = child(child(root, 'w:body')!, 'w:p')!;
    expect(p.attributes).toEqual({ 'w:rsidR': '1' });
  });

  it('maps the default namespace and Strict OOXML URIs, and restores outer bindings after an element', () => {
    const root = parseXml(
      '<document xmlns="http://purl.oclc.org/ooxml/wordprocessingml/main">' +
        '<body><inner xmlns="urn:other"><leaf/></inner><p/></body></document>',
      'word/document.xml',
      { canonicalPrefixes: CANONICAL_PREFIXES },
    );
    expect(root.name).toBe('w:document');
    const body = child(root, 'w:body')!;
    expect(children(body).map((e) => e.name)).toEqual(['inner', 'w:p']);
    expect((children(body)[0] as XmlElement).children.map((e) => (e as XmlElement).name)).toEqual(['leaf']);
  });

  it('leaves names alone when prefixes are already canonical', () => {
    const xml = '<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:r/></w:p>';
    const root = parseXml(xml, 'p', { canonicalPrefixes: CANONICAL_PREFIXES });
    expect(root.name).toBe('w:p');
    expect(children(root)[0]?.name).toBe('w:r');
  });
});

describe('parseXml errors', () => {
  it('refuses a DOCTYPE (entity expansion attacks) with xml-doctype, naming the part', () => {
    const billionLaughs =
      '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n <!ENTITY lol2 "&lol;&lol;&lol;">\n]>\n<lolz>&lol2;</lolz>';
    const error = parseError(billionLaughs);
    expect(error).toBeInstanceOf(ReportError);
    expect(error.code).toBe('xml-doctype');
    expect(error.where).toBe('word/document.xml');
    expect(error.message).toContain('word/document.xml');
    expect([error.line, error.column]).toEqual([2, 1]);
  });

  it('refuses an entity declaration even without a DOCTYPE', () => {
    expect(parseError('<a><!ENTITY x "y"></a>').code).toBe('xml-doctype');
  });

  it('reports undefined entities, as no DTD can define them', () => {
    const error = parseError('<a>\n  &lol9;</a>');
    expect(error.code).toBe('xml-malformed');
    expect(error.message).toContain('&lol9;');
    expect([error.line, error.column]).toEqual([2, 3]);
  });

  it.each([
    ['<a><b></a>', 'expected </b> but found </a>', 1, 7],
    ['<a>\n<b>\n</b>', 'ends before </a>', 3, 5],
    ['<a x=1/>', 'must be quoted', 1, 6],
    ['<a x="1" x="2"/>', 'appears twice', 1, 10],
    ['<a x="<"/>', "'<' is not allowed", 1, 7],
    ['<a>&#0;</a>', 'not a valid character reference', 1, 4],
    ['<a>AT&T</a>', "'&' must start an entity reference", 1, 6],
    ['<a/><b/>', 'only one root element', 1, 5],
    ['text<a/>', 'outside the root element', 1, 1],
    ['', 'no root element', 1, 1],
    ['<a><!-- open</a>', 'comment is not closed', 1, 4],
    ['<a><![CDATA[x</a>', 'CDATA section is not closed', 1, 4],
    ['<a\n  b="1"', 'not closed', 1, 1],
    ['<1a/>', "'<' must start a tag", 1, 1],
  ])('%j is malformed: %s at line %i, column %i', (xml, problem, line, column) => {
    const error = parseError(xml, 'word/styles.xml');
    expect(error.code).toBe('xml-malformed');
    expect(error.where).toBe('word/styles.xml');
    expect(error.message).toContain(problem);
    expect(error.message).toContain('word/styles.xml');
    expect([error.line, error.column]).toEqual([line, column]);
  });

  it('refuses nesting deeper than the limit without overflowing the stack', () => {
    const depth = 100_000;
    const error = parseError('<a>'.repeat(depth) + '</a>'.repeat(depth));
    expect(error.code).toBe('xml-too-deep');
    expect(error.message).toContain('512');
  });

  it('accepts nesting up to the limit', () => {
    const xml = '<a>'.repeat(512) + '</a>'.repeat(512);
    expect(() => parseXml(xml, 'p')).not.toThrow();
    expect(() => parseXml('<a>'.repeat(10) + '</a>'.repeat(10), 'p', { maxDepth: 9 })).toThrow(
      /more than 9 deep/,
    );
  });
});

describe('parseXml with skip', () => {
  const skip = new Set(['w:sz', 'w:tabs']);

  it('leaves skipped elements out with everything inside them, and keeps the same names elsewhere', () => {
    const root = parseXml(
      '<w:p xmlns:w="urn:w"><w:pPr><w:tabs><w:tab w:val="left"/></w:tabs><w:sz w:val="22"/></w:pPr>' +
        '<w:r><w:sz w:val="1" w:x="2">text<w:t>in</w:t></w:sz><w:tab/><w:t>kept</w:t></w:r></w:p>',
      'word/document.xml',
      { skip },
    );
    const pPr = child(root, 'w:pPr') as XmlElement;
    expect(pPr.children).toEqual([]);
    const run = child(root, 'w:r') as XmlElement;
    expect(run.children.map((node) => (typeof node === 'string' ? node : node.name))).toEqual([
      'w:tab',
      'w:t',
    ]);
    expect(textContent(root)).toBe('kept');
  });

  it('skips by canonical name when a part uses another prefix', () => {
    const root = parseXml(
      '<x:p xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:sz x:val="2"/><x:r/></x:p>',
      'word/document.xml',
      { skip, canonicalPrefixes: CANONICAL_PREFIXES },
    );
    expect(children(root).map((element) => element.name)).toEqual(['w:r']);
  });

  it('keeps every element when positions are recorded (writers need them all)', () => {
    const root = parseXml('<a><w:sz/></a>', 'p', { skip, positions: true });
    expect(children(root).map((element) => element.name)).toEqual(['w:sz']);
  });

  // A corrupt part must fail the same way whether or not the broken element is one a reader skips.
  it.each([
    '<a><w:sz w:val="1" w:val="2"/></a>',
    '<a><w:sz w:val="<"/></a>',
    '<a><w:sz w:val="&bad;"/></a>',
    '<a><w:sz w:val=1/></a>',
    '<a><w:sz w:val="1"</a>',
    '<a><w:sz w:val="1"=/></a>',
    '<a><w:tabs><w:tab></w:tabs></a>',
    '<a><w:tabs><w:tab/>AT&T</w:tabs></a>',
    '<a><w:tabs><1/></w:tabs></a>',
    '<a><w:tabs><![CDATA[x</w:tabs></a>',
    '<a><w:tabs xmlns:w="urn:w" xmlns:w="urn:v"/></a>',
    '<a><w:sz>',
    '<a><w:sz/></a><w:sz/>',
  ])('%j fails with the same error with or without skip', (xml) => {
    const plain = parseError(xml);
    let skipped: unknown = null;
    try {
      parseXml(xml, 'word/document.xml', { skip });
    } catch (error) {
      skipped = error;
    }
    expect(skipped).toBeInstanceOf(XmlError);
    const error = skipped as XmlError;
    expect([error.code, error.message, error.line, error.column]).toEqual([
      plain.code,
      plain.message,
      plain.line,
      plain.column,
    ]);
  });

  it('counts skipped elements towards the nesting limit', () => {
    const xml = '<a>' + '<w:tabs>'.repeat(20) + '</w:tabs>'.repeat(20) + '</a>';
    expect(() => parseXml(xml, 'p', { skip, maxDepth: 20 })).toThrow(/more than 20 deep/);
    expect(() => parseXml(xml, 'p', { skip, maxDepth: 21 })).not.toThrow();
  });
});

describe('decodeXmlBytes', () => {
  it('reads UTF-8 and UTF-16 (by byte order mark) and drops the mark', () => {
    const utf8 = new TextEncoder().encode('\uFEFF<a>é</a>');
    expect(decodeXmlBytes(utf8)).toBe('<a>é</a>');
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...Array.from('<a>é</a>').flatMap((c) => [c.charCodeAt(0), 0]),
    ]);
    expect(decodeXmlBytes(utf16)).toBe('<a>é</a>');
  });
});

describe('escapeXml', () => {
  it('escapes markup characters and both quotes', () => {
    expect(escapeXml(`Crime & "disorder" <2023> it's`)).toBe(
      'Crime &amp; &quot;disorder&quot; &lt;2023&gt; it&apos;s',
    );
  });

  it('keeps tabs and newlines through an attribute round trip and drops characters XML cannot hold', () => {
    const value = 'a\tb\nc\u0001d';
    const escaped = escapeXml(value);
    expect(escaped).toBe('a&#9;b&#10;cd');
    expect(parseXml(`<x v="${escaped}">${escaped}</x>`, 'p').attributes['v']).toBe('a\tb\ncd');
  });

  it('returns plain text unchanged', () => {
    expect(escapeXml('Strategic Assessment 2024')).toBe('Strategic Assessment 2024');
  });
});
