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
});
