/**
 * What a check moves between the add-in and Word, counted by the fake (every loaded value and
 * result Word answers with, every argument sent): a check of the 200-page report stays under 4 MB
 * each way, below the 5 MB Office on the web refuses (RequestPayloadSizeLimitExceeded /
 * ResponsePayloadSizeLimitExceeded are not Word.ErrorCodes members: src/word/word-errors.ts
 * recognises them by their code strings).
 */
import { checkReportKeepingSnapshot } from '../../src/app/check-report';
import { DEFAULT_TEMPLATE_ID, getTemplate } from '../../src/core/template/templates';
import { WordReportHost } from '../../src/word/word-host';
import { installFakeWord, readDocxForFakeWord, WORD_PROFILES } from '../support/fake-word';
import { generateReports } from './generated-reports';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDocx } from '../../src/docx/read/read-docx';

const MB = 1024 * 1024;

describe.each(WORD_PROFILES)('payload of a check in $name', (profile) => {
  test('the 200-page report: under 4 MB each way, in at most 3 syncs', async () => {
    const { twoHundredPages } = generateReports();
    const reading = readDocxForFakeWord(twoHundredPages, 'report.docx', {});
    const { fake, uninstall } = installFakeWord(reading.document, { wordApi: '1.6', profile });
    try {
      await checkReportKeepingSnapshot(new WordReportHost('report.docx'), getTemplate(DEFAULT_TEMPLATE_ID));
      process.stdout.write(
        `payload ${profile.name}: check of the 200-page report received ${(fake.bytesReceived / MB).toFixed(2)} MB, sent ${(fake.bytesSent / 1024).toFixed(1)} KB in ${fake.syncCount} syncs\n`,
      );
      expect(fake.syncCount).toBeLessThanOrEqual(3);
      expect(fake.bytesReceived).toBeGreaterThan(100 * 1024); // it really is counted
      expect(fake.bytesReceived).toBeLessThan(4 * MB);
      expect(fake.bytesSent).toBeLessThan(4 * MB);
    } finally {
      uninstall();
    }
  });

  /** Reads `bytes` in the fake Word; returns the indexes of the tables whose OOXML Word was asked for. */
  async function tablesAskedForOoxml(bytes: Uint8Array): Promise<{ asked: Set<number>; tables: number }> {
    const reading = readDocxForFakeWord(bytes, 'report.docx', {});
    const asked = new Set<number>();
    reading.document.tables.forEach((table, i) => {
      const xml = table.ooxml;
      Object.defineProperty(table, 'ooxml', {
        get: () => {
          asked.add(i);
          return xml;
        },
      });
    });
    const { uninstall } = installFakeWord(reading.document, { wordApi: '1.6', profile });
    try {
      await checkReportKeepingSnapshot(new WordReportHost('report.docx'), getTemplate(DEFAULT_TEMPLATE_ID));
    } finally {
      uninstall();
    }
    return { asked, tables: reading.document.tables.length };
  }

  test('the 200-page report: OOXML only for tables whose values may hide merged cells', async () => {
    const { twoHundredPages } = generateReports();
    const { asked, tables } = await tablesAskedForOoxml(twoHundredPages);
    process.stdout.write(`payload ${profile.name}: OOXML asked for ${asked.size} of ${tables} tables\n`);
    expect(asked.size).toBeLessThan(tables);
  });

  test.each([
    'libreoffice/tables.docx',
    'word-made/OpenXmlDev__Open-Xml-PowerTools/HC029-Table-Merged-Cells.docx',
    'reports/strategic-assessment-complete.docx',
  ])('%s: OOXML is asked for every table with a merged cell', async (name) => {
    const bytes = new Uint8Array(readFileSync(join(__dirname, '..', 'fixtures', name)));
    const { asked } = await tablesAskedForOoxml(bytes);
    const merged = readDocx(bytes, name)
      .tables.filter((t) => t.depth === 0)
      .filter((t) => t.rows.some((r) => r.cells.some((c) => c.gridSpan > 1 || c.vMerge === 'continue')));
    for (const table of merged) expect(asked).toContain(table.index);
    if (name !== 'reports/strategic-assessment-complete.docx') expect(merged.length).toBeGreaterThan(0);
  });
});
