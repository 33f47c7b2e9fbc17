/**
 * "Insert missing recommendations" in Word (fake Office.js) on a LibreOffice-made layout without
 * them: where the lead and the numbered placeholder land, in how many round trips, and that a
 * report changed since the check, or a Word failure, leaves it exactly as it was.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkReportKeepingSnapshot } from '../../../../src/app/check-report';
import { insertMissingSection } from '../../../../src/app/report-fixes';
import { ReportError } from '../../../../src/core/errors';
import { REPORT_CHANGED_MESSAGE } from '../../../../src/core/report/report-changed';
import {
  FIRST_RECOMMENDATION_NUMBER,
  RECOMMENDATION_PLACEHOLDER,
} from '../../../../src/core/template/recommendations-insertion';
import { getTemplate } from '../../../../src/core/template/templates';
import { WordReportHost } from '../../../../src/word/word-host';
import { fakeDocumentFromDocx, installFakeWord, type InstalledFakeWord } from '../../../support/fake-word';

const FIXTURE = join(
  __dirname,
  '../../../fixtures/reports/other-council-no-recommendations-fields-table.docx',
);
const template = getTemplate('maidstone-2019');
const LEAD = template.frontMatter.recommendations!.lead;

let installed: InstalledFakeWord;
beforeEach(() => {
  installed = installFakeWord(fakeDocumentFromDocx(new Uint8Array(readFileSync(FIXTURE)), 'report.docx'));
});
afterEach(() => installed.uninstall());

const texts = () => installed.fake.document.paragraphs.map((p) => p.text);

async function checked() {
  const result = await checkReportKeepingSnapshot(new WordReportHost(), template);
  installed.fake.resetCounts();
  return result;
}

describe('inserting the missing recommendations in Word', () => {
  test('writes the lead and "1." placeholder as Normal text before the timetable, in 2 + 2 syncs', async () => {
    const before = await checked();
    const timetable = texts().indexOf('Timetable');
    expect(before.result.sections.find((s) => s.id === 'recommendations')!.status).toBe('missing');

    const after = await insertMissingSection(
      new WordReportHost(),
      template,
      before.snapshot,
      'recommendations',
    );

    // One Word.run to write (read the anchor, then write in one sync), one to check again.
    expect(installed.fake.syncsPerRun).toEqual([2, 2]);
    const doc = installed.fake.document;
    expect(doc.paragraphs[timetable]!).toMatchObject({ text: LEAD, styleBuiltIn: 'Normal', bold: false });
    expect(doc.paragraphs[timetable + 1]!).toMatchObject({
      text: `${FIRST_RECOMMENDATION_NUMBER}${RECOMMENDATION_PLACEHOLDER}`,
      styleBuiltIn: 'Normal',
      bold: false,
    });
    expect(doc.paragraphs[timetable + 2]!.text).toBe('Timetable');
    expect(doc.selection?.start.paragraph).toBe(timetable);

    expect(after.result.sections.find((s) => s.id === 'recommendations')).toMatchObject({
      status: 'incomplete',
      heading: LEAD,
      paragraph: timetable,
    });
    expect(after.result.findings.filter((f) => f.section === 'recommendations')).toEqual([
      expect.objectContaining({ rule: 'placeholder-text', paragraph: timetable + 1 }),
    ]);
    // The typed "1." is front matter, not a section paragraph: no numbering finding anywhere new.
    expect(after.result.findings.filter((f) => /numbering|unnumbered/.test(f.rule))).toEqual(
      before.result.findings.filter((f) => /numbering|unnumbered/.test(f.rule)),
    );
  });

  test('writes nothing when the timetable title changed since the check', async () => {
    const before = await checked();
    const timetable = texts().indexOf('Timetable');
    installed.fake.document.paragraphs[timetable]!.text = 'Decision Timetable';
    const count = installed.fake.document.paragraphs.length;

    const error = await insertMissingSection(
      new WordReportHost(),
      template,
      before.snapshot,
      'recommendations',
    ).catch((e) => e);
    expect(error.message).toBe(REPORT_CHANGED_MESSAGE);
    expect(installed.fake.document.paragraphs).toHaveLength(count);
    expect(installed.fake.syncsPerRun).toEqual([1]);
  });

  test('a Word failure on the write sync leaves the report as it was', async () => {
    const before = await checked();
    const original = texts();
    installed.fake.failSync(2, 'AccessDenied');
    const error = await insertMissingSection(
      new WordReportHost(),
      template,
      before.snapshot,
      'recommendations',
    ).catch((e) => e);
    expect(error).toBeInstanceOf(ReportError);
    expect(texts()).toEqual(original);
  });
});
