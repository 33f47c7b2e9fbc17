import { applyOverrides, overridesFor } from '../../../src/core/consultation/directory';
import {
  emptyConsultationRecord,
  type ConsultationRecord,
} from '../../../src/core/state/consultation-record';
import { buildConsultation } from '../../../src/ooxml/consultation-state';
import {
  buildReportStatePart,
  emptyReportState,
  parseReportStatePart,
} from '../../../src/ooxml/custom-xml-part';

function record(): ConsultationRecord {
  const directory = applyOverrides({ organisations: [], removed: [] });
  directory.organisations = directory.organisations.filter((o) => o.id !== 'youth-offending-team');
  directory.organisations.push({
    id: 'golding-homes',
    name: 'Golding <Homes> & "Co"',
    domains: ['goldinghomes.org.uk'],
    aliases: ['GH'],
    people: [{ name: 'Jo \u0007Bloggs', initials: 'JB', email: 'jo@goldinghomes.org.uk' }],
  });
  return {
    closes: '2018-12-14',
    directory: overridesFor(directory),
    assignments: [{ author: 'jo bloggs', organisation: 'golding-homes' }],
    dispositions: [
      {
        commentId: '3',
        durableId: '1A2B3C4D',
        hash: '00abcdef012345',
        status: 'partly-accepted',
        response: 'Reworded ]]> <w:t> "as asked"\n  with spacing kept.',
        decidedAt: '2018-12-20T10:00:00Z',
        decidedBy: 'Sam Okafor',
      },
    ],
    newerElements: [],
  };
}

/** Through the whole state part, as the document stores it. */
function roundTrip(r: ConsultationRecord): ConsultationRecord {
  const part = buildReportStatePart({ ...emptyReportState(), consultation: r });
  const { state } = parseReportStatePart(part, 'customXml/item1.xml');
  return state.consultation!;
}

/** Reads a part holding this consultation element, as a host reads the document. */
function parseConsultation(element: string) {
  const { state, warnings } = parseReportStatePart(
    `<report xmlns="urn:council-report:v1" xmlns:cr="urn:council-report:v1" version="1">${element}</report>`,
    'customXml/item1.xml',
  );
  return { record: state.consultation, warnings };
}

describe('the consultation element of the state part', () => {
  it('round-trips a record, escaping what partners and officers typed', () => {
    const expected = record();
    expected.directory.organisations[0]!.people[0]!.name = 'Jo Bloggs'; // control character dropped
    expect(roundTrip(record())).toEqual(expected);
  });

  it('keeps elements this version does not know, with their namespaces', () => {
    const xml = buildConsultation(emptyConsultationRecord()).replace(
      '</cr:consultation>',
      '<cr:future x="1"><v2:thing xmlns:v2="urn:v2">kept</v2:thing></cr:future></cr:consultation>',
    );
    const again = parseConsultation(buildConsultation(parseConsultation(xml).record!));
    expect(again.record!.newerElements).toEqual([
      '<cr:future x="1"><v2:thing xmlns:v2="urn:v2">kept</v2:thing></cr:future>',
    ]);
  });

  it('reads an absent element as an empty record, and reports what it skips', () => {
    // No element: no record (the report has no consultation data yet); an empty one reads empty.
    expect(parseReportStatePart(buildReportStatePart(emptyReportState()), 'p').state.consultation).toBeNull();
    expect(parseConsultation('<cr:consultation/>')).toEqual({
      record: emptyConsultationRecord(),
      warnings: [],
    });
    const odd = parseConsultation(
      '<cr:consultation closes="soon"><cr:dispositions><cr:disposition status="maybe" hash="x"/></cr:dispositions></cr:consultation>',
    );
    expect(odd.record!.closes).toBeNull();
    expect(odd.record!.dispositions).toEqual([]);
    expect(odd.warnings).toEqual([
      'The consultation closing date "soon" is not a date and was ignored.',
      'A comment disposition in the report data ("maybe") cannot be read and was skipped.',
    ]);
  });

  it('refuses state that would exceed what Word on the web accepts', () => {
    const big = record();
    big.dispositions = Array.from({ length: 600 }, (_, i) => ({
      ...big.dispositions[0]!,
      commentId: String(i),
      response: 'x'.repeat(2000),
    }));
    expect(() => buildReportStatePart({ ...emptyReportState(), consultation: big })).toThrow(
      expect.objectContaining({ code: 'state-too-large' }),
    );
  });
});
