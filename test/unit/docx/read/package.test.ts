import { strToU8, zipSync } from 'fflate';
import { ReportError } from '../../../../src/core/errors';
import {
  DocxPackage,
  isRelationshipType,
  relationshipsPartFor,
  resolveTarget,
} from '../../../../src/docx/read/package';
import { readDocx } from '../../../../src/docx/read/read-docx';
import { fixture } from '../fixtures';
import { makeDocx, p } from '../make-docx';

function readError(bytes: Uint8Array, fileName = 'report.docx'): ReportError {
  try {
    readDocx(bytes, fileName);
  } catch (error) {
    if (error instanceof ReportError) return error;
    throw error;
  }
  throw new Error('expected the read to fail');
}

/** Rewrites the sizes a zip's central directory records (for one entry, or all), as a forger would. */
function forgeDeclaredSizes(
  zip: Uint8Array,
  sizes: { compressed?: number; uncompressed: number | ((declared: number) => number) },
  onlyEntry?: string,
): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 46 <= out.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const name = new TextDecoder().decode(out.subarray(i + 46, i + 46 + view.getUint16(i + 28, true)));
    if (onlyEntry !== undefined && name !== onlyEntry) continue;
    if (sizes.compressed !== undefined) view.setUint32(i + 20, sizes.compressed, true);
    const declared = view.getUint32(i + 24, true);
    view.setUint32(
      i + 24,
      typeof sizes.uncompressed === 'number' ? sizes.uncompressed : sizes.uncompressed(declared),
      true,
    );
  }
  return out;
}

const BACKGROUND_REPORT =
  'word-made/dotnet__Open-XML-SDK/BackgroundReport - THE WORKING GROUP ON INTERNET GOVERNANCE.docx';

describe('files that are not readable .docx packages', () => {
  it('refuses random bytes as not a zip, naming the file', () => {
    const random = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 251);
    const error = readError(random, 'minutes.docx');
    expect(error.code).toBe('docx-not-zip');
    expect(error.message).toContain('minutes.docx is not a Word .docx file (it is not a zip package)');
    expect(error.where).toBe('minutes.docx');
  });

  it('recognises an old .doc (or password-protected) file and says what to do', () => {
    const ole = new Uint8Array(2048);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const error = readError(ole, 'report.doc');
    expect(error.code).toBe('docx-not-zip');
    expect(error.message).toContain('report.doc is not a Word .docx file');
    expect(error.message).toContain('open it in Word and save as .docx');
  });

  it('refuses an empty file', () => {
    const error = readError(new Uint8Array(0), 'empty.docx');
    expect(error.code).toBe('docx-not-zip');
    expect(error.message).toContain('empty.docx is empty (0 bytes)');
  });

  it('refuses a zip without a main document', () => {
    const zip = zipSync({ 'notes.txt': strToU8('hello'), '[Content_Types].xml': strToU8('<Types/>') });
    const error = readError(zip, 'notes.docx');
    expect(error.code).toBe('docx-no-document');
    expect(error.message).toContain('notes.docx is not a Word document that can be read');
    expect(error.message).toContain('word/document.xml');
  });

  it('says so when the zip is an Excel workbook', () => {
    const zip = zipSync({
      '_rels/.rels': strToU8(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      ),
      'xl/workbook.xml': strToU8('<workbook/>'),
    });
    const error = readError(zip, 'figures.docx');
    expect(error.code).toBe('docx-no-document');
    expect(error.message).toContain('it is an Excel workbook');
  });

  it('refuses the truncated first half of a real report as damaged', () => {
    const whole = fixture(BACKGROUND_REPORT);
    const error = readError(whole.subarray(0, whole.length >> 1), 'background.docx');
    expect(error.code).toBe('docx-corrupt');
    expect(error.message).toContain('background.docx is damaged');
  });

  it('refuses a part whose data is cut short', () => {
    const zip = zipSync({ 'word/document.xml': strToU8(p('x'.repeat(5000))) }, { level: 0 });
    // Claim a longer part than the zip holds: inflating it cannot produce the declared size.
    const forged = forgeDeclaredSizes(zip, { uncompressed: 6000 });
    const error = readError(forged, 'short.docx');
    expect(error.code).toBe('docx-corrupt');
  });

  it('refuses a zip whose directory declares a huge part before inflating anything', () => {
    const zip = makeDocx({ body: p('Small') });
    const forged = forgeDeclaredSizes(zip, { uncompressed: 0xf0000000 });
    const error = readError(forged, 'bomb.docx');
    expect(error.code).toBe('docx-too-large');
    expect(error.message).toContain('bomb.docx');
  });

  it('refuses a package whose parts add up to more than the limit', () => {
    const parts: Record<string, Uint8Array> = {};
    for (let i = 0; i < 3; i++) parts[`word/media/image${i}.png`] = new Uint8Array(16);
    // 3 × 100 MiB declared, each "compressed" to 1 MiB: a plausible ratio, an implausible total.
    const forged = forgeDeclaredSizes(zipSync(parts, { level: 0 }), {
      compressed: 1024 * 1024,
      uncompressed: 100 * 1024 * 1024,
    });
    const error = readError(forged, 'huge.docx');
    expect(error.code).toBe('docx-too-large');
    expect(error.message).toContain('huge.docx is too large to check: it would expand to 300 MB');
  });

  it('refuses a main document bigger than any report before parsing it', () => {
    const forged = forgeDeclaredSizes(
      makeDocx({ body: p('Small') }),
      { compressed: 100 * 1024, uncompressed: 70 * 1024 * 1024 },
      'word/document.xml',
    );
    const error = readError(forged, 'long.docx');
    expect(error.code).toBe('docx-too-large');
    expect(error.message).toContain(
      'long.docx is too large to check: its part word/document.xml holds 70 MB of XML',
    );
  });

  it('refuses a main document with a DOCTYPE (billion laughs)', () => {
    const bytes = makeDocx({
      body: '',
      extra: {
        'word/document.xml':
          '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;">]>' +
          '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol1;</w:t></w:r></w:p></w:body></w:document>',
      },
    });
    const error = readError(bytes, 'laughs.docx');
    expect(error.code).toBe('xml-doctype');
    expect(error.where).toBe('word/document.xml');
    expect(error.message).toContain('laughs.docx');
    expect(error.message).toContain('word/document.xml');
  });

  it('reports a malformed main document with its part, line and column', () => {
    const bytes = makeDocx({
      body: '',
      extra: { 'word/document.xml': '<w:document xmlns:w="urn:w">\n<w:body><w:p></w:body></w:document>' },
    });
    const error = readError(bytes, 'broken.docx');
    expect(error.code).toBe('xml-malformed');
    expect(error.message).toMatch(
      /broken\.docx cannot be read: The part word\/document\.xml .*line 2, column 14/,
    );
  });

  it('refuses deeply nested XML in the main document', () => {
    const depth = 5000;
    const body = '<w:customXml>'.repeat(depth) + '</w:customXml>'.repeat(depth);
    const error = readError(makeDocx({ body }), 'deep.docx');
    expect(error.code).toBe('xml-too-deep');
  });
});

describe('DocxPackage', () => {
  it('finds parts whatever the case of their names', () => {
    const pkg = DocxPackage.open(
      zipSync({ 'customXML/item.xml': strToU8('<Root/>'), 'Word/Document.xml': strToU8('<x/>') }),
      'x.docx',
    );
    expect(pkg.has('customxml/ITEM.xml')).toBe(true);
    expect(pkg.partNames(/^customxml\/item\d*\.xml$/)).toEqual(['customXML/item.xml']);
    expect(pkg.mainDocumentPart()).toBe('Word/Document.xml');
  });

  it('inflates only the parts it is asked for', () => {
    const pkg = DocxPackage.open(makeDocx({ body: p('Hello') }), 'x.docx');
    expect(pkg.entries.map((e) => e.name)).toContain('word/document.xml');
    expect(pkg.read('word/document.xml')?.length).toBeGreaterThan(0);
    expect(pkg.read('word/missing.xml')).toBeNull();
  });

  it('follows the package relationships to a main part with another name', () => {
    const snapshot = readDocx(makeDocx({ body: p('Elsewhere'), mainPart: 'content/main.xml' }), 'x.docx');
    expect(snapshot.paragraphs.map((x) => x.text)).toEqual(['Elsewhere']);
  });

  it('resolves relationship targets relative to the source part', () => {
    expect(resolveTarget('word/document.xml', 'styles.xml')).toBe('word/styles.xml');
    expect(resolveTarget('word/document.xml', '../customXml/item1.xml')).toBe('customXml/item1.xml');
    expect(resolveTarget('word/document.xml', '/word/media/image%201.png')).toBe('word/media/image 1.png');
    expect(resolveTarget('', 'word/document.xml')).toBe('word/document.xml');
    expect(relationshipsPartFor('word/document.xml')).toBe('word/_rels/document.xml.rels');
    expect(relationshipsPartFor('')).toBe('_rels/.rels');
  });

  it('matches Transitional, Strict and Microsoft relationship types by name', () => {
    expect(
      isRelationshipType(
        'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
        'officeDocument',
      ),
    ).toBe(true);
    expect(
      isRelationshipType(
        'http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument',
        'officeDocument',
      ),
    ).toBe(true);
    expect(
      isRelationshipType(
        'http://schemas.microsoft.com/office/2011/relationships/commentsExtended',
        'comments',
      ),
    ).toBe(false);
  });
});

describe('parts the report can do without', () => {
  it('turns a broken properties part into a warning and reads the rest', () => {
    const snapshot = readDocx(
      makeDocx({
        body: p('Still readable'),
        extra: {
          '_rels/.rels':
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
            '</Relationships>',
          'docProps/core.xml': '<cp:coreProperties><dc:title>Unclosed',
        },
      }),
      'x.docx',
    );
    expect(snapshot.paragraphs[0]?.text).toBe('Still readable');
    expect(snapshot.properties.title).toBeNull();
    expect(snapshot.warnings).toEqual([
      expect.objectContaining({ where: 'docProps/core.xml', message: expect.stringContaining('skipped') }),
    ]);
  });

  it('reads on without a styles part whose zip data is damaged', () => {
    const zip = makeDocx({
      body: p('Findings', '<w:pStyle w:val="Heading1"/>'),
      styles: '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>',
    });
    const snapshot = readDocx(
      forgeDeclaredSizes(zip, { uncompressed: (n) => n + 10 }, 'word/styles.xml'),
      'x.docx',
    );
    expect(snapshot.paragraphs.map((x) => [x.text, x.styleId, x.styleName])).toEqual([
      ['Findings', 'Heading1', null],
    ]);
    expect(snapshot.warnings[0]).toEqual({
      where: 'word/styles.xml',
      message: expect.stringContaining('the part word/styles.xml is incomplete'),
    });
  });

  it('keeps a custom XML part that is not well-formed, with no namespace and a warning', () => {
    const snapshot = readDocx(
      makeDocx({
        body: p('Report'),
        extra: {
          'customXml/item2.xml': '<cr:state xmlns:cr="urn:council-report:v1"><cr:live id="t1"/></cr:state>',
          'customXml/item1.xml': '<broken>',
          'customXml/itemProps1.xml': '<ds:datastoreItem xmlns:ds="urn:ds"/>',
        },
      }),
      'x.docx',
    );
    expect(snapshot.customXmlParts.map((part) => [part.id, part.namespaceUri])).toEqual([
      ['customXml/item1.xml', ''],
      ['customXml/item2.xml', 'urn:council-report:v1'],
    ]);
    // item2 is in our namespace but not report data this version can read: said once, read as empty.
    expect(snapshot.warnings).toEqual([
      { where: 'customXml/item1.xml', message: expect.stringContaining('not well-formed') },
      { where: 'customXml/item2.xml', message: expect.stringMatching(/it holds <cr:state>/) },
    ]);
    expect(snapshot.reportState).toMatchObject({ partId: 'customXml/item2.xml', damaged: true });
  });

  it('reads a main document with no body as empty, with a warning', () => {
    const bytes = makeDocx({
      body: '',
      extra: {
        'word/document.xml':
          '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>',
      },
    });
    const snapshot = readDocx(bytes, 'x.docx');
    expect(snapshot.paragraphs).toEqual([]);
    expect(snapshot.warnings[0]?.message).toContain('no body');
  });
});
