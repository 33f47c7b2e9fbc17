/**
 * The two implementations of the ReportHost port, opened the same way from a .docx file's bytes:
 * the docx host reads the package; the Word host reads a fake Word holding that file as Word's API
 * would show it.
 */
import { DocxReportHost } from '../../src/docx/docx-host';
import type { ReportHost } from '../../src/core/report/host';
import { WordReportHost } from '../../src/word/word-host';
import {
  installFakeWord,
  readDocxForFakeWord,
  type FakeDocxOptions,
  type NotInWordApi,
} from '../support/fake-word';
import { currentWordProfile } from '../support/word-profile-suite';

export interface OpenedHost {
  host: ReportHost;
  /** Round trips to Word so far (the docx host makes none). */
  syncs(): number;
  /** What the file holds that this host cannot see (nothing, for the docx host). */
  notVisible: NotInWordApi | null;
  close(): void;
}

export interface HostUnderTest {
  kind: 'docx' | 'word';
  open(bytes: Uint8Array, fileName: string, options?: { wordApi?: string } & FakeDocxOptions): OpenedHost;
}

export const DOCX_HOST: HostUnderTest = {
  kind: 'docx',
  open: (bytes, fileName) => ({
    host: new DocxReportHost(bytes, fileName),
    syncs: () => 0,
    notVisible: null,
    close: () => undefined,
  }),
};

export const WORD_HOST: HostUnderTest = {
  kind: 'word',
  open: (bytes, fileName, options = {}) => {
    const reading = readDocxForFakeWord(bytes, fileName, options);
    // The suite's profile: "Word desktop", or "Word on the web" under inEachWordProfile.
    const { fake, uninstall } = installFakeWord(reading.document, {
      wordApi: options.wordApi,
      profile: currentWordProfile(),
    });
    return {
      host: new WordReportHost(fileName),
      syncs: () => fake.syncCount,
      notVisible: reading.notInWordApi,
      close: uninstall,
    };
  },
};

export const HOSTS: readonly HostUnderTest[] = [DOCX_HOST, WORD_HOST];
