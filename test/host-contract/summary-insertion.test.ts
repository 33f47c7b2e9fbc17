/**
 * "Insert missing section" for the Executive Summary, on both hosts: it goes straight after the
 * header fields (after the fields' table, or after the last "Label: value" line), never inside the
 * table, and the check then finds the summary and asks only that its placeholder be replaced.
 * The reports are LibreOffice-made layouts other councils use, without a summary.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkReportKeepingSnapshot } from '../../src/app/check-report';
import { insertMissingSection } from '../../src/app/report-fixes';
import { SUMMARY_PLACEHOLDER } from '../../src/core/template/summary-insertion';
import { getTemplate } from '../../src/core/template/templates';
import { HOSTS, type HostUnderTest } from './hosts';
import { inEachWordProfile } from '../support/word-profile-suite';

const template = getTemplate('maidstone-2019');

function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(__dirname, '..', 'fixtures', 'reports', `${name}.docx`)));
}

async function insertSummary(kind: HostUnderTest, name: string) {
  const opened = kind.open(fixture(name), `${name}.docx`, { wordApi: '1.6' });
  try {
    const { host } = opened;
    const before = await checkReportKeepingSnapshot(host, template);
    const after = await insertMissingSection(host, template, before.snapshot, 'executive-summary');
    const body = after.snapshot.paragraphs.filter((p) => p.cell === null).map((p) => p.text.trim());
    const at = body.indexOf('Executive Summary');
    const rules = (findings: typeof before.result.findings) => findings.map((f) => `${f.rule} ${f.section}`);
    return {
      statusBefore: before.result.sections.find((s) => s.id === 'executive-summary')?.status,
      summaryFound: after.result.sections.find((s) => s.id === 'executive-summary')?.heading,
      around: body.slice(at - 1, at + 3),
      inCell: after.snapshot.paragraphs.some((p) => p.cell !== null && p.text.includes('Executive Summary')),
      gone: rules(before.result.findings).filter((r) => !rules(after.result.findings).includes(r)),
      added: rules(after.result.findings).filter((r) => !rules(before.result.findings).includes(r)),
    };
  } finally {
    opened.close();
  }
}

inEachWordProfile(() => {
  describe('inserting a missing Executive Summary', () => {
    it('goes after the table holding the header fields, not into it', async () => {
      const docx = await insertSummary(
        HOSTS.find((h) => h.kind === 'docx')!,
        'other-council-no-summary-fields-table',
      );
      expect(docx).toEqual({
        statusBefore: 'missing',
        summaryFound: 'Executive Summary',
        // The table's paragraphs are in cells (left out here): the summary comes first after it.
        around: [
          'Strategic Assessment 2026-27',
          'Executive Summary',
          SUMMARY_PLACEHOLDER,
          'Purpose of Report',
        ],
        inCell: false,
        gone: ['header-field-missing executive-summary'],
        added: ['placeholder-text executive-summary'],
      });
      const word = await insertSummary(
        HOSTS.find((h) => h.kind === 'word')!,
        'other-council-no-summary-fields-table',
      );
      expect(word).toEqual(docx);
    });

    it('goes after the last "Label: value" field line', async () => {
      const docx = await insertSummary(
        HOSTS.find((h) => h.kind === 'docx')!,
        'other-council-no-summary-label-value',
      );
      expect(docx).toMatchObject({
        statusBefore: 'missing',
        summaryFound: 'Executive Summary',
        around: ['Wards affected: All Wards', 'Executive Summary', SUMMARY_PLACEHOLDER, 'Purpose of Report'],
        inCell: false,
        gone: ['header-field-missing executive-summary'],
        added: ['placeholder-text executive-summary'],
      });
      const word = await insertSummary(
        HOSTS.find((h) => h.kind === 'word')!,
        'other-council-no-summary-label-value',
      );
      expect(word).toEqual(docx);
    });
  });
});
