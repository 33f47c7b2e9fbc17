/**
 * The Word host's changes to a real committee report (strategic-assessment-problems.docx, which
 * has no Risk section) on the fake Word: where they land, that checking again sees them, how many
 * round trips they take, and that a changed report is refused before anything is written.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkReportKeepingSnapshot } from '../../../../src/app/check-report';
import {
  insertMissingSection,
  protectSectionHeadings,
  removeHeadingProtection,
  selectParagraph,
} from '../../../../src/app/report-fixes';
import { ReportError } from '../../../../src/core/errors';
import { DEFAULT_TEMPLATE_ID, getTemplate } from '../../../../src/core/template/templates';
import { REPORT_CHANGED_MESSAGE } from '../../../../src/core/report/report-changed';
import { WordReportHost } from '../../../../src/word/word-host';
import { fakeDocumentFromDocx, installFakeWord, type InstalledFakeWord } from '../../../support/fake-word';

const FIXTURE = join(__dirname, '../../../fixtures/reports/strategic-assessment-problems.docx');
const template = getTemplate(DEFAULT_TEMPLATE_ID);

let installed: InstalledFakeWord;
beforeEach(() => {
  installed = installFakeWord(fakeDocumentFromDocx(new Uint8Array(readFileSync(FIXTURE)), 'problems.docx'));
});
afterEach(() => installed.uninstall());

const texts = () => installed.fake.document.paragraphs.map((p) => p.text);

async function checked() {
  const result = await checkReportKeepingSnapshot(new WordReportHost(), template);
  installed.fake.resetCounts();
  return result;
}

describe('selecting a finding’s paragraph', () => {
  test('selects that paragraph in two syncs', async () => {
    const { result, snapshot } = await checked();
    const finding = result.findings.find((f) => f.rule === 'placeholder-text')!;
    await selectParagraph(
      new WordReportHost(),
      finding.paragraph!,
      snapshot.paragraphs[finding.paragraph!]!.text,
    );
    expect(installed.fake.syncsPerRun).toEqual([2]);
    expect(installed.fake.document.selection?.start.paragraph).toBe(finding.paragraph);
    expect(texts()[finding.paragraph!]).toMatch(/\[Insert date\]/);
  });

  test('refuses, selecting nothing, when the paragraph no longer has the text the check saw', async () => {
    const { snapshot } = await checked();
    installed.fake.document.paragraphs[10]!.text = 'Rewritten since the check.';
    const error = await selectParagraph(new WordReportHost(), 10, snapshot.paragraphs[10]!.text).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(ReportError);
    expect(error.message).toBe(REPORT_CHANGED_MESSAGE);
    expect(installed.fake.document.selection).toBeUndefined();
    expect(installed.fake.syncsPerRun).toEqual([1]);
  });
});

describe('inserting the missing Risk section', () => {
  test('lands between Preferred Option and the heading after it, styled like the other headings', async () => {
    const before = await checked();
    expect(before.result.sections.find((s) => s.id === 'risk')!.status).toBe('missing');
    const preferred = before.result.sections.find((s) => s.id === 'preferred-option')!.paragraph!;
    const next = before.snapshot.paragraphs.findIndex(
      (p, i) => i > preferred && /^6 NEXT STEPS/.test(p.text),
    );

    const after = await insertMissingSection(new WordReportHost(), template, before.snapshot, 'risk');

    // One Word.run to write (read the anchor, then write everything in one sync), one to check again.
    expect(installed.fake.syncsPerRun).toEqual([2, 2]);
    const doc = installed.fake.document;
    expect(doc.paragraphs[next]!.text).toBe('4 RISK');
    expect(doc.paragraphs[next]!).toMatchObject({ styleBuiltIn: 'Normal', bold: true });
    // Numbered as the report types its paragraph numbers ("3.1<tab>").
    expect(doc.paragraphs[next + 1]!.text).toBe(
      `4.1\t${template.sections.find((s) => s.id === 'risk')!.guidance}`,
    );
    expect(doc.paragraphs[next + 1]!.bold).toBe(false);
    expect(doc.paragraphs[next + 2]!.text).toMatch(/^6 NEXT STEPS/);
    expect(doc.paragraphs[next - 1]!.text).toBe(before.snapshot.paragraphs[next - 1]!.text);
    // The selection shows where the section went.
    expect(doc.selection?.start.paragraph).toBe(next);

    expect(after.result.sections.find((s) => s.id === 'risk')).toMatchObject({
      status: 'incomplete',
      heading: '4 RISK',
      paragraph: next,
    });
    expect(after.result.findings.filter((f) => f.rule === 'section-missing')).toEqual([]);
    // The guidance is a placeholder the author must replace: that is all the check says about Risk.
    expect(after.result.findings.filter((f) => f.section === 'risk')).toEqual([
      expect.objectContaining({ rule: 'placeholder-text', paragraph: next + 1 }),
    ]);
    // What came after moved down with its text: the comment on 5.1 is still on 5.1.
    const comment = after.snapshot.comments[0]!;
    expect(after.snapshot.paragraphs[comment.anchorParagraph!]!.text).toMatch(/^5\.1/);
  });

  test('writes nothing when the report changed since it was checked', async () => {
    const before = await checked();
    const preferred = before.result.sections.find((s) => s.id === 'preferred-option')!.paragraph!;
    const next = before.snapshot.paragraphs.findIndex(
      (p, i) => i > preferred && /^6 NEXT STEPS/.test(p.text),
    );
    installed.fake.document.paragraphs[next]!.text = '6 NEXT STEPS (renamed)';
    const count = installed.fake.document.paragraphs.length;

    const error = await insertMissingSection(new WordReportHost(), template, before.snapshot, 'risk').catch(
      (e) => e,
    );
    expect(error.message).toBe(REPORT_CHANGED_MESSAGE);
    expect(installed.fake.document.paragraphs).toHaveLength(count);
    expect(installed.fake.syncsPerRun).toEqual([1]);
  });

  test('a Word failure on the write sync leaves the report as it was and says what to do', async () => {
    const before = await checked();
    const count = installed.fake.document.paragraphs.length;
    installed.fake.failSync(2, 'AccessDenied');
    const error = await insertMissingSection(new WordReportHost(), template, before.snapshot, 'risk').catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(ReportError);
    expect(error.message).toMatch(/^Word could not add the section\. Word refused to change the document/);
    expect(installed.fake.document.paragraphs).toHaveLength(count);
  });
});

describe('protecting section headings', () => {
  test('wraps each found heading in an undeletable control in two syncs, once', async () => {
    const { snapshot } = await checked();
    const outcome = await protectSectionHeadings(new WordReportHost(), template, snapshot);
    expect(outcome).toEqual({ protectedNow: 8, alreadyProtected: 0 });
    expect(installed.fake.syncsPerRun).toEqual([2]);

    const controls = installed.fake.document.contentControls.filter((c) => c.tag.startsWith('cr:heading:'));
    expect(controls).toHaveLength(8);
    const nextSteps = controls.find((c) => c.tag === 'cr:heading:next-steps')!;
    expect(nextSteps).toMatchObject({
      title: 'Next Steps: Communication and Implementation of the Decision',
      cannotDelete: true,
      appearance: 'Hidden',
      subtype: 'RichTextParagraphs',
    });
    expect(texts()[nextSteps.span.start.paragraph]).toMatch(/^6 NEXT STEPS/);

    // Checking again sees the controls; protecting again skips them.
    const again = await checked();
    expect(again.snapshot.contentControls.filter((c) => c.tag?.startsWith('cr:heading:'))).toHaveLength(8);
    expect(await protectSectionHeadings(new WordReportHost(), template, again.snapshot)).toEqual({
      protectedNow: 0,
      alreadyProtected: 8,
    });
    expect(
      installed.fake.document.contentControls.filter((c) => c.tag.startsWith('cr:heading:')),
    ).toHaveLength(8);
  });

  test('“Remove protection” takes the controls away and keeps the headings, in two syncs', async () => {
    const { snapshot } = await checked();
    await protectSectionHeadings(new WordReportHost(), template, snapshot);
    const headings = texts();
    installed.fake.resetCounts();
    expect(await removeHeadingProtection(new WordReportHost())).toBe(8);
    expect(installed.fake.syncsPerRun).toEqual([2]);
    expect(installed.fake.document.contentControls.filter((c) => c.tag.startsWith('cr:heading:'))).toEqual(
      [],
    );
    expect(texts()).toEqual(headings);
  });

  test('a heading added after the others are protected is protected on its own next time', async () => {
    let { snapshot } = await checked();
    await protectSectionHeadings(new WordReportHost(), template, snapshot);
    ({ snapshot } = await insertMissingSection(new WordReportHost(), template, snapshot, 'risk'));
    expect(await protectSectionHeadings(new WordReportHost(), template, snapshot)).toEqual({
      protectedNow: 1,
      alreadyProtected: 8,
    });
  });
});
