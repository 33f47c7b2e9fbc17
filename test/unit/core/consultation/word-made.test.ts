/**
 * The consultation on the real Word-made files with comments: every thread is listed with a place
 * and an organisation (these are not council reports, so their comments sit in the "front matter"
 * or are not anchored), replies and resolved state come through, and the summary adds up.
 */
import { consultationFromSnapshot } from '../../../../src/app/consultation/consultation-use-cases';
import { getTemplate } from '../../../../src/core/template/templates';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDocx } from '../../../../src/docx/read/read-docx';
import { readFixture, WORD_MADE } from '../../docx/fixtures';

const template = getTemplate('maidstone-2019');
const FILES = [
  WORD_MADE.comment048,
  WORD_MADE.comment052,
  'word-made/mwilliamson__mammoth.js/comments.docx',
  'word-made/python-openxml__python-docx/comments-rich-para.docx',
  'word-made/OpenXmlDev__Open-Xml-PowerTools/HC031-Complicated-Document.docx',
];

describe.each(FILES)('%s', (file) => {
  const snapshot = readFixture(file);
  const reading = consultationFromSnapshot(snapshot, template);

  it('lists every thread once, placed, with an organisation', () => {
    expect(reading.consultation.comments.map((c) => c.thread)).toEqual(snapshot.comments);
    for (const c of reading.consultation.comments) {
      expect(c.placement.sectionTitle).not.toBe('');
      expect(c.organisation).not.toBe('');
      expect(c.placement.section === null).toBe(c.thread.anchorParagraph === null);
    }
    expect(reading.warnings).toEqual([]);
  });

  it('has a summary that adds up', () => {
    const { summary } = reading;
    expect(summary.total).toBe(snapshot.comments.length);
    expect(summary.byPartner.reduce((n, p) => n + p.received, 0)).toBe(summary.total);
    expect(summary.bySection.reduce((n, s) => n + s.total, 0)).toBe(summary.total);
    expect(summary.unresolved).toBe(snapshot.comments.filter((t) => !t.resolved).length);
    expect(summary.sentence).toMatch(new RegExp(`^${summary.total} comments? from other consultees;`));
  });
});

it('keeps Comment052’s two threads of three replies, with their resolved state', () => {
  const reading = consultationFromSnapshot(readFixture(WORD_MADE.comment052), template);
  expect(
    reading.consultation.comments.map((c) => [c.thread.replies.length, c.thread.resolved, c.unresolved]),
  ).toEqual([
    [3, true, false],
    [3, false, true],
  ]);
});

describe('the workspace’s sample report', () => {
  it('has each comment from one of the partnership’s statutory partners, health included', () => {
    const bytes = new Uint8Array(
      readFileSync(join(__dirname, '../../../../src/workspace/sample/strategic-assessment-sample.docx')),
    );
    const reading = consultationFromSnapshot(readDocx(bytes, 'sample.docx'), template);
    expect(reading.consultation.comments.map((c) => [c.thread.author, c.organisation]).sort()).toEqual([
      ['Kent County Council Community Safety', 'Kent County Council'],
      ['Kent Fire and Rescue Service', 'Kent Fire & Rescue Service'],
      ['Kent Police', 'Kent Police'],
      ['NHS Kent and Medway', 'NHS Kent and Medway'],
    ]);
    expect(reading.summary.sentence).toMatch(/^4 comments from 4 partners;/);
  });
});
