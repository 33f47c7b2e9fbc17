/**
 * The checklist's use cases on a host that cannot do them: the .docx host has no selection and
 * does not write, so each says plainly that it needs Word, before doing anything.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkReportKeepingSnapshot } from '../../../src/app/check-report';
import {
  insertMissingSection,
  protectSectionHeadings,
  removeHeadingProtection,
  selectParagraph,
} from '../../../src/app/report-fixes';
import { ReportError } from '../../../src/core/errors';
import { getTemplate } from '../../../src/core/template/templates';
import { DocxReportHost } from '../../../src/docx/docx-host';

const bytes = new Uint8Array(
  readFileSync(join(__dirname, '../../fixtures/reports/strategic-assessment-problems.docx')),
);
const template = getTemplate('maidstone-2019');

test('on a .docx file each fix says it works only in Word', async () => {
  const host = new DocxReportHost(bytes, 'problems.docx');
  const { snapshot, result } = await checkReportKeepingSnapshot(host, template);
  expect(result.sections.find((s) => s.id === 'risk')!.status).toBe('missing');

  const attempts: Array<[Promise<unknown>, RegExp]> = [
    [selectParagraph(host, 0, snapshot.paragraphs[0]!.text), /^Going to a paragraph works only in Word/],
    [insertMissingSection(host, template, snapshot, 'risk'), /^Adding a section works only in Word/],
    [protectSectionHeadings(host, template, snapshot), /^Protecting headings works only in Word/],
    [removeHeadingProtection(host), /^Removing heading protection works only in Word/],
  ];
  for (const [attempt, message] of attempts) {
    const error = await attempt.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReportError);
    expect((error as ReportError).message).toMatch(message);
  }
});

test('checking keeps the snapshot the result was made from', async () => {
  const host = new DocxReportHost(bytes, 'problems.docx');
  const progress: number[] = [];
  const { snapshot, result } = await checkReportKeepingSnapshot(host, template, {
    onProgress: (fraction) => progress.push(fraction),
  });
  expect(result.findings.find((f) => f.rule === 'placeholder-text')!.excerpt).toMatch(/\[Insert date\]/);
  expect(
    snapshot.paragraphs[result.findings.find((f) => f.rule === 'placeholder-text')!.paragraph!]!.text,
  ).toMatch(/\[Insert date\]/);
  expect(progress.at(-1)).toBe(1);
});
