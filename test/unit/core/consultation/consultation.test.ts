import {
  applyOverrides,
  DEFAULT_PARTNERS,
  directoryProblems,
  organisationIdFor,
  overridesFor,
} from '../../../../src/core/consultation/directory';
import { commentHash, hashText, matchDispositions } from '../../../../src/core/consultation/dispositions';
import { AuthorMatcher, authorKey } from '../../../../src/core/consultation/matching';
import { isLate, readConsultation } from '../../../../src/core/consultation/consultation';
import {
  emptyConsultationRecord,
  type DispositionRecord,
} from '../../../../src/core/state/consultation-record';
import { summarise, topicOf } from '../../../../src/core/consultation/summary';
import { checkSnapshot } from '../../../../src/core/template/check';
import { getTemplate } from '../../../../src/core/template/templates';
import { withComments, type CommentSpec } from './support';

const template = getTemplate('maidstone-2019');
const directory = applyOverrides({ organisations: [], removed: [] });

function decided(
  snapshot: ReturnType<typeof withComments>,
  index: number,
  status: DispositionRecord['status'],
  response = '',
): DispositionRecord {
  const c = snapshot.comments[index]!;
  return {
    commentId: c.id,
    durableId: c.durableId ?? null,
    hash: commentHash(c),
    status,
    response,
    decidedAt: '2018-01-20T10:00:00Z',
    decidedBy: 'Officer',
  };
}

describe('partner directory', () => {
  it('has the partnership’s usual members: the statutory partners (with health), no abolished CRC', () => {
    expect(DEFAULT_PARTNERS.map((o) => o.name)).toEqual([
      'Kent Police',
      'Kent County Council',
      'Kent Fire & Rescue Service',
      'Probation Service',
      'NHS Kent and Medway',
      'Youth Offending Team',
      'Office of the Police and Crime Commissioner',
      'Maidstone Borough Council',
    ]);
    expect(directoryProblems(directory)).toEqual([]);
  });

  it('stores only what a report changes, and applies it back', () => {
    const edited = applyOverrides({ organisations: [], removed: [] });
    edited.organisations = edited.organisations.filter((o) => o.id !== 'youth-offending-team');
    edited.organisations[0]!.people.push({ name: 'Jo Bloggs', initials: 'JB', email: '' });
    edited.organisations.push({
      id: organisationIdFor('Golding Homes', edited),
      name: 'Golding Homes',
      domains: ['goldinghomes.org.uk'],
      aliases: [],
      people: [],
    });
    const overrides = overridesFor(edited);
    expect(overrides.removed).toEqual(['youth-offending-team']);
    expect(overrides.organisations.map((o) => o.id)).toEqual(['kent-police', 'golding-homes']);
    expect(applyOverrides(overrides)).toEqual(edited);
    // The defaults are not changed by editing a copy.
    expect(DEFAULT_PARTNERS[0]!.people).toEqual([]);
  });

  it('names what is wrong with a bad directory', () => {
    expect(
      directoryProblems({
        organisations: [
          { id: 'a', name: '', domains: ['not a domain'], aliases: [], people: [] },
          { id: 'a', name: 'B', domains: [], aliases: [], people: [] },
        ],
      }),
    ).toEqual([
      'Organisation 1 has no name.',
      'Organisation 1 has "not a domain" as an email domain, which is not a domain name such as "kent.police.uk".',
      'Organisation 2 ("B") has the id "a" of another organisation.',
    ]);
  });
});

describe('author matching', () => {
  const people = applyOverrides({
    organisations: [
      {
        ...DEFAULT_PARTNERS[5]!,
        people: [{ name: 'Sam Youth', initials: 'SY', email: 'sam.youth@kent.gov.uk' }],
      },
    ],
    removed: [],
  });
  const matcher = new AuthorMatcher(people, [{ author: 'a n other', organisation: 'opcc' }]);
  const name = (author: Parameters<typeof matcher.match>[0]) =>
    matcher.match(author).organisation?.name ?? null;

  it.each([
    [{ name: 'Pat Officer', initials: 'PO', email: 'pat@kent.police.uk' }, 'Kent Police', 'domain'],
    [{ name: 'Pat Officer', initials: null, email: 'pat@cs.kent.police.uk' }, 'Kent Police', 'domain'],
    // A known person's email beats their domain (KCC's).
    [{ name: 'Sam', initials: null, email: 'Sam.Youth@kent.gov.uk' }, 'Youth Offending Team', 'email'],
    [{ name: 'Sam Youth', initials: null, email: null }, 'Youth Offending Team', 'name'],
    [{ name: 'Jo Bloggs (KFRS)', initials: null, email: null }, 'Kent Fire & Rescue Service', 'alias'],
    [
      { name: 'Kent Police and Crime Commissioner', initials: null, email: null },
      'Office of the Police and Crime Commissioner',
      'alias',
    ],
    [{ name: 'S.Y.', initials: 'sy', email: null }, 'Youth Offending Team', 'initials'],
    // Health: any NHS body, by its staff's nhs.net or nhs.uk address or by name.
    [{ name: 'NHS Kent and Medway', initials: null, email: null }, 'NHS Kent and Medway', 'alias'],
    [{ name: 'Dr A Patel', initials: 'AP', email: 'a.patel1@nhs.net' }, 'NHS Kent and Medway', 'domain'],
    [{ name: 'Lee Ward', initials: null, email: 'lee.ward@kentcht.nhs.uk' }, 'NHS Kent and Medway', 'domain'],
    [
      { name: 'Kent Community Health NHS Foundation Trust', initials: null, email: null },
      'NHS Kent and Medway',
      'alias',
    ],
    [{ name: 'Kent and Medway ICB', initials: null, email: null }, 'NHS Kent and Medway', 'alias'],
    // The CRCs' work returned to the Probation Service in June 2021.
    [{ name: 'KSS CRC', initials: null, email: null }, 'Probation Service', 'alias'],
    [{ name: 'Jan Hill', initials: null, email: 'jan.hill@justice.gov.uk' }, 'Probation Service', 'domain'],
    [
      { name: 'A N Other', initials: null, email: null },
      'Office of the Police and Crime Commissioner',
      'assigned',
    ],
  ])('%j → %s by %s', (author, organisation, how) => {
    expect(name(author)).toBe(organisation);
    expect(matcher.match(author).matchedBy).toBe(how);
  });

  it('leaves unknown and ambiguous authors Unassigned', () => {
    expect(name({ name: 'Golding Homes', initials: 'GH', email: 'x@goldinghomes.org.uk' })).toBeNull();
    // Two organisations mentioned equally: the officer decides.
    expect(name({ name: 'KCC / MBC joint response', initials: null, email: null })).toBeNull();
    expect(name({ name: '', initials: null, email: null })).toBeNull();
  });

  it('keys assignments by email, else by name', () => {
    expect(authorKey({ name: 'Jo', initials: null, email: ' Jo@X.org ' })).toBe('jo@x.org');
    expect(authorKey({ name: 'Jo  Bloggs!', initials: null, email: '' })).toBe('jo bloggs');
  });
});

const partnerComments: CommentSpec[] = [
  { at: 'updates the Committee', author: 'Pat (Kent Police)', text: 'Reword this sentence.' },
  { at: 'That the priorities', author: 'KCC Community Safety', text: 'Please clarify the wording.' },
  { at: '1.1 The Strategic', author: 'Jo Bloggs (KFRS)', text: 'Wording: say "each financial year".' },
  { at: '1.2 It sets', author: 'Jo Bloggs (KFRS)', text: 'Add the 2017 figures.', resolved: true },
  { at: '4.1 The risks', author: 'NPS Kent', text: 'Typo in risk appetite.', date: '2018-02-01T09:00:00Z' },
  { at: 'None: the work is met', author: 'OPCC', text: 'Is funding confirmed? Rephrase.' },
  { at: 'Data is shared', author: 'Pat (Kent Police)', text: 'Name the agreement; wording.' },
  { at: null, author: 'Golding Homes', text: 'General support.' },
  { at: '23 January 2018', author: 'MBC Democratic Services', text: 'Check the date.' },
];

describe('placing comments in the template', () => {
  const snapshot = withComments(partnerComments);
  const consultation = readConsultation(snapshot, template, emptyConsultationRecord());

  it('places each comment in its section, front-matter part and implications row', () => {
    expect(consultation.comments.map((c) => [c.placement.section, c.placement.row, c.organisation])).toEqual([
      ['executive-summary', null, 'Kent Police'],
      ['recommendations', null, 'Kent County Council'],
      ['introduction-background', null, 'Kent Fire & Rescue Service'],
      ['introduction-background', null, 'Kent Fire & Rescue Service'],
      ['risk', null, 'Probation Service'],
      ['cross-cutting', 'Financial', 'Office of the Police and Crime Commissioner'],
      ['cross-cutting', 'Privacy and Data Protection', 'Kent Police'],
      [null, null, 'Unassigned'],
      ['timetable', null, 'Maidstone Borough Council'],
    ]);
    expect(consultation.comments[0]!.placement.sectionTitle).toBe('Executive Summary');
    expect(consultation.comments[2]!.placement.sectionTitle).toBe('1. Introduction and Background');
    expect(consultation.comments[7]!.placement.sectionTitle).toBe('Not anchored in the text');
  });

  it('marks comments after the closing date late', () => {
    const late = readConsultation(snapshot, template, { ...emptyConsultationRecord(), closes: '2018-01-31' });
    expect(late.comments.filter((c) => c.late).map((c) => c.thread.text)).toEqual(['Typo in risk appetite.']);
    expect(isLate('2018-01-31T23:59:00Z', '2018-01-31')).toBe(false);
    expect(isLate(null, '2018-01-31')).toBe(false);
  });
});

describe('dispositions', () => {
  it('hashes author and text whatever the spacing', () => {
    expect(commentHash({ author: 'A', text: 'One  two\nthree' })).toBe(
      commentHash({ author: 'A', text: 'One two three ' }),
    );
    expect(commentHash({ author: 'A', text: 'x' })).not.toBe(commentHash({ author: 'B', text: 'x' }));
    expect(hashText('x'.repeat(100_000))).toMatch(/^[0-9a-f]{14}$/);
  });

  it('finds a decision by durable id, by id and hash, then by hash alone', () => {
    const comments = [
      { id: '7', author: 'A', text: 'Moved comment', durableId: 'D1' },
      { id: '0', author: 'A', text: 'Renumbered' },
      { id: '1', author: 'A', text: 'Same' },
      { id: '2', author: 'A', text: 'Same' },
      { id: '3', author: 'A', text: 'Edited after the decision' },
    ];
    const record = (commentId: string, text: string, durableId: string | null = null): DispositionRecord => ({
      commentId,
      durableId,
      hash: commentHash({ author: 'A', text }),
      status: 'accepted',
      response: '',
      decidedAt: '',
      decidedBy: '',
    });
    const records = [
      record('99', 'Moved comment', 'D1'),
      record('5', 'Renumbered'),
      record('2', 'Same'),
      record('3', 'The text as it was'),
    ];
    expect(matchDispositions(comments, records)).toEqual([records[0], records[1], null, records[2], null]);
  });

  it('counts a comment with a disposition as dealt with in the template check', () => {
    const snapshot = withComments(partnerComments);
    const before = checkSnapshot(snapshot, template, { final: true });
    expect(before.comments).toEqual({ total: 9, unresolved: 8 });
    const dispositions = snapshot.comments
      .map((_c, i) => decided(snapshot, i, 'noted'))
      .filter((_r, i) => i !== 4);
    const after = checkSnapshot(snapshot, template, { final: true, dispositions });
    expect(after.comments).toEqual({ total: 9, unresolved: 1 });
    const open = after.findings.filter((f) => f.rule === 'comments-unresolved');
    expect(open.map((f) => [f.section, f.severity])).toEqual([['risk', 'error']]);
  });
});

describe('summary', () => {
  it('counts by partner and section and says it in one honest sentence', () => {
    const snapshot = withComments(partnerComments);
    const record = emptyConsultationRecord();
    record.closes = '2018-01-31';
    record.dispositions = [
      decided(snapshot, 0, 'accepted', 'Reworded.'),
      decided(snapshot, 1, 'accepted'),
      decided(snapshot, 2, 'accepted'),
      decided(snapshot, 3, 'not-accepted', 'The 2017 figures are in appendix 1.'),
      decided(snapshot, 5, 'partly-accepted'),
      decided(snapshot, 6, 'accepted'),
      decided(snapshot, 8, 'noted'),
    ];
    const summary = summarise(readConsultation(snapshot, template, record));
    expect(summary.total).toBe(9);
    expect(summary.partners).toBe(6);
    expect(summary.unresolved).toBe(2);
    expect(
      summary.byPartner.map((p) => [
        p.name,
        p.received,
        p.accepted,
        p.partlyAccepted,
        p.notAccepted,
        p.noted,
        p.open,
      ]),
    ).toEqual([
      ['Kent Police', 2, 2, 0, 0, 0, 0],
      ['Kent County Council', 1, 1, 0, 0, 0, 0],
      ['Kent Fire & Rescue Service', 2, 1, 0, 1, 0, 0],
      ['Probation Service', 1, 0, 0, 0, 0, 1],
      ['Office of the Police and Crime Commissioner', 1, 0, 1, 0, 0, 0],
      ['Maidstone Borough Council', 1, 0, 0, 0, 1, 0],
      ['Unassigned', 1, 0, 0, 0, 0, 1],
    ]);
    expect(summary.bySection.map((s) => [s.id, s.total, s.unresolved])).toEqual([
      ['executive-summary', 1, 0],
      ['recommendations', 1, 0],
      ['timetable', 1, 0],
      ['introduction-background', 2, 0],
      ['risk', 1, 1],
      ['cross-cutting', 2, 0],
      [null, 1, 1],
    ]);
    // 4 accepted, all about wording (so "all", not "mostly"); the numbered ones are in sections 1
    // and 7, but those hold only 2 of the 4, so no section is named.
    expect(summary.sentence).toBe(
      '8 comments from 6 partners and 1 from other consultees; 4 accepted, all on wording; ' +
        '1 partly accepted; 1 not accepted; 1 noted; 2 still open. 1 comment came in after the closing date.',
    );
  });

  it('names the sections holding most accepted comments only when that is true', () => {
    const specs: CommentSpec[] = [
      { at: '1.1 The Strategic', author: 'Kent Police', text: 'Reword.' },
      { at: '1.2 It sets', author: 'KCC', text: 'Add the trend data.' },
      { at: 'Data is shared', author: 'KFRS', text: 'Wording.' },
      { at: '4.1 The risks', author: 'KFRS', text: 'Fine.' },
    ];
    const snapshot = withComments(specs);
    const record = emptyConsultationRecord();
    record.dispositions = [0, 1, 2].map((i) => decided(snapshot, i, 'accepted'));
    record.dispositions.push(decided(snapshot, 3, 'noted'));
    expect(summarise(readConsultation(snapshot, template, record)).sentence).toBe(
      '4 comments from 3 partners; 3 accepted, mostly on wording in section 1; 1 noted.',
    );
  });

  it('says "mostly" only of several comments, some of them not on the topic', () => {
    const specs: CommentSpec[] = [
      { at: '1.1 The Strategic', author: 'Kent Police', text: 'The 2017 figures are missing.' },
      { at: '1.2 It sets', author: 'KCC', text: 'Add the trend data.' },
      { at: '4.1 The risks', author: 'KFRS', text: 'Agreed.' },
    ];
    const snapshot = withComments(specs);
    const one = emptyConsultationRecord();
    one.dispositions = [decided(snapshot, 0, 'accepted')];
    expect(summarise(readConsultation(snapshot, template, one)).sentence).toMatch(
      /; 1 accepted, on figures; 2 still open\.$/,
    );
    const three = emptyConsultationRecord();
    three.dispositions = [0, 1, 2].map((i) => decided(snapshot, i, 'accepted'));
    expect(summarise(readConsultation(snapshot, template, three)).sentence).toMatch(
      /; 3 accepted, mostly on figures in section 1\.$/,
    );
  });

  it('says so when there are no comments', () => {
    const summary = summarise(readConsultation(withComments([]), template, emptyConsultationRecord()));
    expect(summary.sentence).toBe('No comments have been received.');
    expect(summary.byPartner).toEqual([]);
  });

  it('tells topics from the words partners use', () => {
    expect(topicOf('Please reword')).toBe('wording');
    expect(topicOf('The 2017 figures are missing')).toBe('figures');
    expect(topicOf('Agreed')).toBeNull();
  });
});
