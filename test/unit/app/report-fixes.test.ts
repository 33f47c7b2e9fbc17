/**
 * The checklist's use cases on hosts that cannot do them: a read-only host says plainly that the
 * fix needs Word, before doing anything; on the .docx host, fixes planned on the same check and
 * started together are applied to the bytes as they are, or refused, never spliced at stale offsets.
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
import type { ReportHost } from '../../../src/core/report/host';
import { HEADING_TAG_PREFIX } from '../../../src/core/template/heading-protection';
import { getTemplate } from '../../../src/core/template/templates';
import { DocxReportHost } from '../../../src/docx/docx-host';

const bytes = new Uint8Array(
  readFileSync(join(__dirname, '../../fixtures/reports/strategic-assessment-problems.docx')),
);
const template = getTemplate('maidstone-2019');

/** A host that can only read, as an older Word without the needed API sets would be. */
function readOnly(host: DocxReportHost): ReportHost {
  return { kind: 'word', name: host.name, readSnapshot: (progress) => host.readSnapshot(progress) };
}

test('on a host that cannot write, each fix says it works only in Word', async () => {
  const host = readOnly(new DocxReportHost(bytes, 'problems.docx'));
  const { snapshot, result } = await checkReportKeepingSnapshot(host, template);
  expect(result.sections.find((s) => s.id === 'risk')!.status).toBe('missing');

  const attempts: Array<[() => Promise<unknown>, RegExp]> = [
    [
      () => selectParagraph(host, 0, snapshot.paragraphs[0]!.text),
      /^Going to a paragraph works only in Word/,
    ],
    [() => insertMissingSection(host, template, snapshot, 'risk'), /^Adding a section works only in Word/],
    [() => protectSectionHeadings(host, template, snapshot), /^Protecting headings works only in Word/],
    [() => removeHeadingProtection(host), /^Removing heading protection works only in Word/],
  ];
  for (const [attempt, message] of attempts) {
    const error = await attempt().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReportError);
    expect((error as ReportError).message).toMatch(message);
  }
});

test('two fixes started together on the .docx host each see what the other wrote', async () => {
  // Both start from the same check; the second must not splice into bytes the first has changed.
  const host = new DocxReportHost(bytes, 'problems.docx');
  const { snapshot } = await checkReportKeepingSnapshot(host, template);
  const [inserted, protectedHeadings] = await Promise.allSettled([
    insertMissingSection(host, template, snapshot, 'risk'),
    protectSectionHeadings(host, template, snapshot),
  ]);
  expect(inserted.status).toBe('fulfilled');
  // The insertion moved the paragraphs the second fix was planned on: it is refused, not misapplied.
  expect(protectedHeadings.status).toBe('rejected');
  expect(String((protectedHeadings as PromiseRejectedResult).reason)).toMatch(/changed|no longer/i);
  const after = await checkReportKeepingSnapshot(host, template);
  expect(after.result.sections.find((s) => s.id === 'risk')!.status).not.toBe('missing');
  expect(after.snapshot.contentControls.filter((c) => c.tag?.startsWith(HEADING_TAG_PREFIX))).toHaveLength(0);
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
