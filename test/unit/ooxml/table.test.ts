import { A4_TEXT_WIDTH_TWIPS, columnWidths, fittedLayout, type DataTable } from '../../../src/ooxml/table';
import { dataTableBlock } from '../../support/reference-blocks';
import { child, children, parseXml, textContent } from '../../../src/ooxml/xml';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

const small: DataTable = {
  caption: 'Recorded crime',
  columns: [
    { header: 'Crime type', align: 'left' },
    { header: 'Count', align: 'right' },
  ],
  rows: [
    { cells: ['Burglary', '1,234'] },
    { cells: ['Maidstone', '5'], emphasis: 'highlight' },
    { cells: ['Total recorded crime', '1,239'], kind: 'total' },
  ],
  source: 'police.uk',
};

const t = (text: string) => `<w:t xml:space="preserve">${text}</w:t>`;
const cell = (width: number, align: string, text: string, rPr = '', tcExtra = '') =>
  `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${tcExtra}</w:tcPr>` +
  `<w:p><w:pPr><w:spacing w:before="0" w:after="0"/><w:jc w:val="${align}"/></w:pPr>` +
  `<w:r>${rPr}${t(text)}</w:r></w:p></w:tc>`;
const BOLD = '<w:rPr><w:b/><w:bCs/></w:rPr>';
const HEADER_SHD = '<w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/>';

describe('dataTableBlock', () => {
  it('pins the caption, table and source XML', () => {
    const [first, second] = columnWidths(small, A4_TEXT_WIDTH_TWIPS);
    expect([first, second]).toEqual([6711, 2315]);
    const border = (edge: string) => `<w:${edge} w:val="single" w:sz="4" w:space="0" w:color="auto"/>`;
    expect(dataTableBlock(small, { number: 2 })).toBe(
      // The region's hidden lead paragraph, so LibreOffice shows the caption's number, not its code.
      '<w:p><w:pPr><w:keepNext/><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/>' +
        '<w:rPr><w:vanish/><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr></w:pPr></w:p>' +
        '<w:p><w:pPr><w:pStyle w:val="Caption"/><w:keepNext/></w:pPr>' +
        `<w:r>${t('Table ')}</w:r>` +
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>' +
        '<w:r><w:instrText xml:space="preserve"> SEQ Table \\* ARABIC </w:instrText></w:r>' +
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
        '<w:r><w:rPr><w:noProof/></w:rPr><w:t>2</w:t></w:r>' +
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>' +
        `<w:r>${t(': Recorded crime')}</w:r></w:p>` +
        '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9026" w:type="dxa"/>' +
        `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders>` +
        '<w:tblLayout w:type="fixed"/>' +
        '<w:tblLook w:val="0620" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>' +
        '<w:tblCaption w:val="Recorded crime"/>' +
        '<w:tblDescription w:val="3 rows with the columns Crime type, Count. Source: police.uk"/></w:tblPr>' +
        '<w:tblGrid><w:gridCol w:w="6711"/><w:gridCol w:w="2315"/></w:tblGrid>' +
        '<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>' +
        cell(6711, 'left', 'Crime type', BOLD, HEADER_SHD) +
        cell(2315, 'right', 'Count', BOLD, HEADER_SHD) +
        '</w:tr>' +
        `<w:tr>${cell(6711, 'left', 'Burglary')}${cell(2315, 'right', '1,234')}</w:tr>` +
        '<w:tr>' +
        cell(6711, 'left', 'Maidstone', BOLD, '<w:shd w:val="clear" w:color="auto" w:fill="FFF2CC"/>') +
        cell(2315, 'right', '5', BOLD, '<w:shd w:val="clear" w:color="auto" w:fill="FFF2CC"/>') +
        '</w:tr>' +
        '<w:tr>' +
        cell(
          6711,
          'left',
          'Total recorded crime',
          BOLD,
          '<w:tcBorders><w:top w:val="double" w:sz="4" w:space="0" w:color="auto"/></w:tcBorders>',
        ) +
        cell(
          2315,
          'right',
          '1,239',
          BOLD,
          '<w:tcBorders><w:top w:val="double" w:sz="4" w:space="0" w:color="auto"/></w:tcBorders>',
        ) +
        '</w:tr></w:tbl>' +
        `<w:p><w:r>${t('Source: police.uk')}</w:r></w:p>`,
    );
  });

  it('uses the style ids and alt text it is given', () => {
    const xml = dataTableBlock(small, {
      captionStyleId: 'Beschriftung',
      tableStyleId: 'Tabellenraster',
      description: 'Counts by type',
    });
    expect(xml).toContain('<w:pStyle w:val="Beschriftung"/>');
    expect(xml).toContain('<w:tblStyle w:val="Tabellenraster"/>');
    expect(xml).toContain('<w:tblDescription w:val="Counts by type"/>');
  });

  it('keeps hostile text well-formed and shows it as written', () => {
    const hostile = '<script>alert("x")</script> & ]]> \'q\' \u202eevil\u0007';
    const long = 'x'.repeat(5000);
    const xml = dataTableBlock({
      caption: hostile,
      columns: [
        { header: hostile, align: 'left' },
        { header: 'N', align: 'right' },
      ],
      rows: [{ cells: [long, '1'] }],
      source: hostile,
    });
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain(']]>');
    const body = parseXml(`<w:body ${W}>${xml}</w:body>`, 'test');
    const [lead, caption, table, source] = children(body);
    expect(textContent(lead!)).toBe('');
    const shown = '<script>alert("x")</script> & ]]> \'q\' evil';
    expect(textContent(source!)).toBe(`Source: ${shown}`);
    expect(textContent(caption!)).toContain(`: ${shown}`);
    expect(child(child(table!, 'w:tblPr')!, 'w:tblCaption')?.attributes['w:val']).toBe(shown);
    const [header, row] = children(table!, 'w:tr');
    expect(textContent(children(header!, 'w:tc')[0]!)).toBe(shown);
    expect(textContent(children(row!, 'w:tc')[0]!)).toBe(long);
  });

  it('gives every column at least 1.5 cm and fills the A4 text width exactly', () => {
    const widths = columnWidths(
      {
        caption: '',
        source: '',
        columns: [
          { header: 'Area', align: 'left' },
          { header: 'N', align: 'right' },
          { header: 'Rate', align: 'right' },
        ],
        rows: [{ cells: ['y'.repeat(5000), '1', '2'] }],
      },
      A4_TEXT_WIDTH_TWIPS,
    );
    expect(widths.reduce((a, b) => a + b, 0)).toBe(A4_TEXT_WIDTH_TWIPS);
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(850);
  });

  it('refuses a table without columns or with a row wider than the header', () => {
    expect(() => dataTableBlock({ ...small, columns: [] })).toThrow(/at least one column/);
    expect(() => dataTableBlock({ ...small, rows: [{ cells: ['a', 'b', 'c'] }] })).toThrow(/Row 1/);
  });
});

describe('the region lead paragraph', () => {
  it('comes first unless the table follows other paragraphs in its region', () => {
    const body = (xml: string) => children(parseXml(`<w:body ${W}>${xml}</w:body>`, 'test'));
    const style = (p: ReturnType<typeof body>[number] | undefined) =>
      child(child(p!, 'w:pPr')!, 'w:pStyle')?.attributes['w:val'];
    const [lead, caption] = body(dataTableBlock(small));
    expect(children(lead!, 'w:r')).toEqual([]);
    expect(style(caption)).toBe('Caption');
    const [first] = body(dataTableBlock(small, { startsRegion: false }));
    expect(style(first)).toBe('Caption');
  });
});

describe('a table with fitted columns (counts under one- or two-word headers)', () => {
  const counts = (headers: string[]): DataTable => ({
    caption: 'Responses',
    source: '',
    columns: [
      { header: 'Partner', align: 'left' },
      ...headers.map((header) => ({ header, align: 'right' as const, width: 'fit' as const })),
    ],
    rows: [
      { cells: ['Office of the Police and Crime Commissioner', ...headers.map(() => '12')] },
      { cells: ['Total', ...headers.map(() => '140')], kind: 'total' },
    ],
    keepRowsWhole: true,
  });
  const SIX = ['Received', 'Accepted', 'Partly accepted', 'Not accepted', 'Noted', 'Open'];

  it('gives each count column its longest header word, the names the rest, at the body size', () => {
    const layout = fittedLayout(counts(SIX), A4_TEXT_WIDTH_TWIPS)!;
    expect(layout.halfPoints).toBeNull();
    expect(layout.widths.reduce((a, b) => a + b, 0)).toBe(A4_TEXT_WIDTH_TWIPS);
    const [partner, received, accepted, partly, , noted, open] = layout.widths;
    // "Received" is wider than "Noted", which is wider than "Open"; "Partly accepted" needs "accepted".
    expect(received).toBeGreaterThan(noted!);
    expect(noted).toBeGreaterThan(open!);
    expect(Math.abs(partly! - accepted!)).toBeLessThan(80);
    expect(partner).toBeGreaterThan(1.5 * received!);
  });

  it('is set at 10 pt when its words do not fit at 12 pt, never breaking a word', () => {
    const seven = counts([...SIX.slice(0, 5), 'Closed without decision', 'Open']);
    const layout = fittedLayout(seven, A4_TEXT_WIDTH_TWIPS)!;
    expect(layout.halfPoints).toBe(20);
    expect(layout.widths.reduce((a, b) => a + b, 0)).toBe(A4_TEXT_WIDTH_TWIPS);
    const xml = dataTableBlock(seven);
    expect(xml).toContain('<w:sz w:val="20"/><w:szCs w:val="20"/>');
    expect(xml).toContain(
      '<w:tblCellMar><w:left w:w="72" w:type="dxa"/><w:right w:w="72" w:type="dxa"/></w:tblCellMar>',
    );
  });

  it('keeps each row whole on a page when asked, the header row repeated', () => {
    const xml = dataTableBlock(counts(SIX));
    const rows = xml.match(/<w:tr>.*?<\/w:tr>/g)!;
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(/^<w:tr><w:trPr><w:cantSplit\/><w:tblHeader\/><\/w:trPr>/);
    for (const row of rows.slice(1)) expect(row).toMatch(/^<w:tr><w:trPr><w:cantSplit\/><\/w:trPr>/);
    // A table without fitted columns or whole rows is written as before (pinned above).
    expect(fittedLayout(small, A4_TEXT_WIDTH_TWIPS)).toBeNull();
    expect(dataTableBlock(small)).not.toContain('<w:tr><w:trPr><w:cantSplit/></w:trPr>');
  });
});
