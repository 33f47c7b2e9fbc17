import {
  buildReportStatePart,
  dataStoreItemProps,
  emptyReportState,
  parseReportStatePart,
  readReportState,
  REPORT_NAMESPACE,
  rootNamespace,
  withoutXmlDeclaration,
  type LiveRegionSpec,
  type ReportState,
} from '../../../src/ooxml/custom-xml-part';
import { ReportError } from '../../../src/core/errors';
import { emptyConsultationRecord } from '../../../src/core/state/consultation-record';
import { stateToChange } from '../../../src/core/state/report-state';

const region: LiveRegionSpec = {
  id: 'r1',
  element: 'crime-by-category-yoy',
  source: 'sample',
  area: 'Maidstone',
  periodEnd: '2017-10',
  refreshedAt: '2018-01-12T09:30:00Z',
  valuesHash: 'abc123',
  options: { includeAsb: 'true', note: '<b> & "q"' },
};

describe('report state part', () => {
  it('pins the XML of the template and one region', () => {
    expect(
      buildReportStatePart({ ...emptyReportState(), templateId: 'maidstone-2019', regions: [region] }),
    ).toBe(
      // The root in the default namespace (Word fills namespaceUri only then), no declaration.
      '<report xmlns="urn:council-report:v1" xmlns:cr="urn:council-report:v1" version="1"><cr:template id="maidstone-2019"/>' +
        '<cr:regions><cr:region id="r1" element="crime-by-category-yoy" source="sample" area="Maidstone" ' +
        'periodEnd="2017-10" refreshedAt="2018-01-12T09:30:00Z" valuesHash="abc123">' +
        '<cr:option name="includeAsb" value="true"/><cr:option name="note" value="&lt;b&gt; &amp; &quot;q&quot;"/>' +
        '</cr:region></cr:regions></report>',
    );
  });

  it('still reads a part written with the older prefixed root, and writes it back in the new shape', () => {
    const old =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<cr:report xmlns:cr="urn:council-report:v1" version="1"><cr:template id="maidstone-2018"/>' +
      '<cr:regions><cr:region id="r1" element="crime-by-category-yoy"/></cr:regions></cr:report>';
    const { state } = parseReportStatePart(old, 'customXml/item1.xml');
    expect(state.templateId).toBe('maidstone-2018');
    expect(state.regions.map((r) => r.id)).toEqual(['r1']);
    expect(rootNamespace(old)).toBe('urn:council-report:v1');
    const rewritten = buildReportStatePart(state);
    expect(rewritten).toMatch(/^<report xmlns="urn:council-report:v1" /);
    expect(parseReportStatePart(rewritten, 'x').state).toEqual(state);
  });

  it('takes a declaration off for setXml, and finds the namespace of either root', () => {
    const xml = buildReportStatePart(emptyReportState());
    expect(withoutXmlDeclaration(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${xml}`)).toBe(
      xml,
    );
    expect(rootNamespace('<x:y xmlns:x="urn:other"/>')).toBe('urn:other');
    expect(rootNamespace('not xml')).toBe('');
  });

  it('round-trips state, including consultation and unknown elements kept as written', () => {
    const state: ReportState = {
      templateId: 'maidstone-2018',
      regions: [region, { ...region, id: 'r2', area: 'Tonbridge & Malling', options: {} }],
      consultation: {
        ...emptyConsultationRecord(),
        closes: '2018-12-14',
        newerElements: ['<cr:later><x:y xmlns:x="urn:x"/></cr:later>'],
      },
      newerElements: ['<cr:future x="1">text</cr:future>'],
    };
    const xml = buildReportStatePart(state);
    expect(parseReportStatePart(xml, 'customXml/item1.xml')).toEqual({ state, warnings: [] });
    expect(buildReportStatePart(parseReportStatePart(xml, 'x').state)).toBe(xml);
  });

  it('reads a part that binds the namespace to another prefix, keeping other declarations', () => {
    const xml =
      '<report xmlns="urn:council-report:v1" xmlns:x="urn:other"><regions><region id="a"/></regions>' +
      '<x:thing/></report>';
    const { state } = parseReportStatePart(xml, 'p');
    expect(state.regions.map((r) => r.id)).toEqual(['a']);
    expect(state.newerElements).toEqual(['<x:thing xmlns:x="urn:other"/>']);
  });

  it('skips regions without an id or recorded twice, with a warning', () => {
    const xml =
      '<cr:report xmlns:cr="urn:council-report:v1"><cr:regions><cr:region element="e"/>' +
      '<cr:region id="a" area="1"/><cr:region id="a" area="2"/></cr:regions></cr:report>';
    const { state, warnings } = parseReportStatePart(xml, 'p');
    expect(state.regions.map((r) => [r.id, r.area])).toEqual([['a', '1']]);
    expect(warnings).toHaveLength(2);
  });

  it('refuses a part in another namespace or not well-formed, naming the part', () => {
    expect(() => parseReportStatePart('<cr:report xmlns:cr="urn:other"/>', 'customXml/item2.xml')).toThrow(
      expect.objectContaining({
        where: 'customXml/item2.xml',
        message: expect.stringMatching(/holds <cr:report>/),
      }),
    );
    expect(() => parseReportStatePart('<cr:report', 'customXml/item2.xml')).toThrow(ReportError);
  });

  it('refuses to build a part of 1 MB or more, saying what to do', () => {
    const regions = Array.from({ length: 4000 }, (_, i) => ({
      ...region,
      id: `r${i}`,
      valuesHash: 'h'.repeat(200),
    }));
    expect(() => buildReportStatePart({ ...emptyReportState(), regions })).toThrow(
      expect.objectContaining({
        code: 'state-too-large',
        message: expect.stringMatching(/Remove live regions/),
      }),
    );
  });

  it('refuses two regions with the same id', () => {
    expect(() => buildReportStatePart({ ...emptyReportState(), regions: [region, region] })).toThrow(/r1/);
  });

  it('pins the datastore properties Word pairs with the part', () => {
    expect(dataStoreItemProps('{0F6C1A2B-3C4D-4E5F-8A9B-0C1D2E3F4A5B}')).toBe(
      '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n' +
        '<ds:datastoreItem ds:itemID="{0F6C1A2B-3C4D-4E5F-8A9B-0C1D2E3F4A5B}" ' +
        'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">' +
        '<ds:schemaRefs><ds:schemaRef ds:uri="urn:council-report:v1"/></ds:schemaRefs></ds:datastoreItem>',
    );
    expect(() => dataStoreItemProps('not-a-guid')).toThrow(/GUID/);
  });
});

describe('readReportState: the state as the hosts put it in the snapshot', () => {
  const ours = (xml: string, id = 'customXml/item2.xml') => ({ id, namespaceUri: REPORT_NAMESPACE, xml });
  const theirs = { id: 'customXml/item1.xml', namespaceUri: 'urn:other', xml: '<x xmlns="urn:other"/>' };

  it('reads nothing from a report without our part', () => {
    expect(readReportState([theirs])).toEqual({
      state: emptyReportState(),
      warnings: [],
      partId: null,
      damaged: false,
    });
  });

  it('reads our part once, the consultation record with it, warnings in plain words', () => {
    const xml =
      '<report xmlns="urn:council-report:v1" xmlns:cr="urn:council-report:v1" version="1">' +
      '<cr:template id="maidstone-2019"/><cr:regions><cr:region element="e"/></cr:regions>' +
      '<cr:consultation closes="2018-12-14"><cr:assignments><cr:assign author="jo" organisation="kp"/>' +
      '</cr:assignments></cr:consultation></report>';
    const read = readReportState([theirs, ours(xml)]);
    expect(read.partId).toBe('customXml/item2.xml');
    expect(read.damaged).toBe(false);
    expect(read.state.templateId).toBe('maidstone-2019');
    expect(read.state.consultation).toEqual({
      ...emptyConsultationRecord(),
      closes: '2018-12-14',
      assignments: [{ author: 'jo', organisation: 'kp' }],
    });
    expect(read.warnings).toEqual(['A live region in the report data has no id and was skipped.']);
  });

  it('reads a part it cannot read as empty, says why, and marks it damaged', () => {
    for (const xml of [
      '<settings xmlns="urn:council-report:v1"/>',
      '<report xmlns="urn:council-report:v1">',
    ]) {
      const read = readReportState([ours(xml)]);
      expect(read).toEqual({
        state: emptyReportState(),
        warnings: [expect.stringMatching(/^The Council Report data saved in this report .* cannot be read/)],
        partId: 'customXml/item2.xml',
        damaged: true,
      });
    }
  });

  it('refuses to change a damaged part, saying nothing was changed', () => {
    const read = readReportState([ours('<settings xmlns="urn:council-report:v1"/>')]);
    expect(() => stateToChange(read)).toThrow(
      expect.objectContaining({
        code: 'state-unreadable',
        where: 'customXml/item2.xml',
        message: expect.stringMatching(/holds <cr:settings>, not the report data .* Nothing was changed/),
      }),
    );
    const fine = readReportState([]);
    expect(stateToChange(fine)).toBe(fine.state);
  });
});
