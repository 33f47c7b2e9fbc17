/**
 * A report whose state part cannot be read (in our namespace, but its root is not the report
 * data this version knows): every reader reads it as empty with the same warning, in both hosts;
 * no change writes over it (it holds live regions' records and consultation decisions).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import {
  consultationFromSnapshot,
  readConsultationOf,
  setClosingDate,
} from '../../../src/app/consultation/consultation-use-cases';
import { writeSummaryRegion } from '../../../src/app/consultation/summary-region';
import { listLiveRegions, removeLiveRegion, repairLiveRegion } from '../../../src/app/live';
import { checkSnapshot } from '../../../src/core/template/check';
import { getTemplate } from '../../../src/core/template/templates';
import { DocxReportHost } from '../../../src/docx/docx-host';
import { readDocx } from '../../../src/docx/read/read-docx';
import { WordReportHost } from '../../../src/word/word-host';
import { fakeDocumentFromDocx, installFakeWord } from '../../support/fake-word';

const FIXTURE = join(__dirname, '../../fixtures/consultation/multi-partner.docx');
const template = getTemplate('maidstone-2019');
const DAMAGED = /cannot be read: it holds <cr:settings>, not the report data this version knows/;

/** The fixture with the consultation summary inserted, then its state part's root renamed. */
async function damagedReport(): Promise<Uint8Array> {
  const host = new DocxReportHost(new Uint8Array(readFileSync(FIXTURE)), 'r.docx');
  await writeSummaryRegion(host, await readConsultationOf(host, template), template);
  const files = unzipSync(host.bytes);
  const decode = (name: string) => new TextDecoder().decode(files[name]);
  const item = Object.keys(files).find(
    (name) => /^customXml\/item\d+\.xml$/.test(name) && decode(name).includes('urn:council-report:v1'),
  )!;
  expect(decode(item)).toContain('<cr:region id="consultation-summary"');
  files[item] = new TextEncoder().encode(
    decode(item)
      .replace(/^<report /, '<settings ')
      .replace(/<\/report>$/, '</settings>'),
  );
  return zipSync(files);
}

/** The same report with its state part cut short: not well-formed XML at all. */
async function cutShortReport(): Promise<Uint8Array> {
  const host = new DocxReportHost(new Uint8Array(readFileSync(FIXTURE)), 'r.docx');
  await writeSummaryRegion(host, await readConsultationOf(host, template), template);
  const files = unzipSync(host.bytes);
  const decode = (name: string) => new TextDecoder().decode(files[name]);
  const item = Object.keys(files).find(
    (name) => /^customXml\/item\d+\.xml$/.test(name) && decode(name).includes('urn:council-report:v1'),
  )!;
  const xml = decode(item);
  files[item] = new TextEncoder().encode(xml.slice(0, Math.floor(xml.length / 2)));
  return zipSync(files);
}

describe('a state part that is not well-formed XML', () => {
  it('is read as damaged, not as "no saved data", and nothing writes beside or over it', async () => {
    const bytes = await cutShortReport();
    const snapshot = readDocx(bytes, 'r.docx');
    expect(snapshot.reportState).toMatchObject({
      damaged: true,
      partId: expect.stringMatching(/^customXml\//),
    });
    expect(snapshot.reportState.warnings).toEqual([
      expect.stringMatching(/its XML is damaged \(line \d+, column \d+\)/),
    ]);
    expect(
      checkSnapshot(snapshot, template).findings.filter((f) => f.rule === 'live-region-orphaned'),
    ).toEqual([expect.objectContaining({ message: expect.stringMatching(/its XML is damaged/) })]);
    const host = new DocxReportHost(bytes, 'r.docx');
    const reading = await readConsultationOf(host, template);
    await expect(setClosingDate(host, reading, '2019-01-31')).rejects.toMatchObject({
      code: 'state-unreadable',
    });
    await expect(writeSummaryRegion(host, reading, template)).rejects.toMatchObject({
      code: 'state-unreadable',
    });
    expect(host.bytes).toBe(bytes);
  });
});

describe('a damaged state part', () => {
  it('reads as empty with one warning, in the snapshot, the consultation and the check', async () => {
    const bytes = await damagedReport();
    const snapshot = readDocx(bytes, 'r.docx');
    expect(snapshot.reportState).toEqual({
      state: { templateId: null, regions: [], consultation: null, newerElements: [] },
      warnings: [expect.stringMatching(DAMAGED)],
      partId: expect.stringMatching(/^customXml\/item\d+\.xml$/),
      damaged: true,
    });
    expect(snapshot.warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(DAMAGED));
    expect(consultationFromSnapshot(snapshot, template).warnings).toEqual([expect.stringMatching(DAMAGED)]);
    // One finding for the whole report (the command line prints no reader warnings), not one per
    // region whose record cannot be read.
    const live = checkSnapshot(snapshot, template).findings.filter((f) => f.rule.startsWith('live-region'));
    expect(live).toEqual([
      expect.objectContaining({
        rule: 'live-region-orphaned',
        section: null,
        paragraph: null,
        message: expect.stringMatching(DAMAGED),
      }),
    ]);
    expect(live[0]!.message).toMatch(/nothing will be written over the saved data/);
  });

  it('is never written over: every change is refused and the file is left as it was', async () => {
    const bytes = await damagedReport();
    const host = new DocxReportHost(bytes, 'r.docx');
    const reading = await readConsultationOf(host, template);
    // Listed with the region's record unknown, not missing: no advice to unlink it.
    const [summary] = await listLiveRegions(host);
    expect(summary).toMatchObject({ id: 'consultation-summary', status: 'orphaned', orphan: 'no-record' });
    expect(summary!.detail).toMatch(/cannot be read \(the report's saved data is damaged\)/);
    const refusal = {
      code: 'state-unreadable',
      message: expect.stringMatching(/Nothing was changed, so the saved data is not overwritten/),
    };
    await expect(setClosingDate(host, reading, '2019-01-31')).rejects.toMatchObject(refusal);
    await expect(writeSummaryRegion(host, reading, template)).rejects.toMatchObject(refusal);
    await expect(removeLiveRegion(host, 'consultation-summary', true)).rejects.toMatchObject(refusal);
    await expect(repairLiveRegion(host, 'consultation-summary', 'unlink-control')).rejects.toMatchObject(
      refusal,
    );
    expect(host.bytes).toBe(bytes);
  });

  it('reads the same in Word, where a change is refused after the read alone', async () => {
    const bytes = await damagedReport();
    const { fake, uninstall } = installFakeWord(fakeDocumentFromDocx(bytes, 'r.docx'), { wordApi: '1.6' });
    try {
      const host = new WordReportHost('r.docx');
      const reading = await readConsultationOf(host, template);
      const docx = readDocx(bytes, 'r.docx').reportState;
      expect(reading.snapshot.reportState).toEqual({ ...docx, partId: expect.any(String) });
      const parts = fake.document.customXmlParts.map((p) => p.xml);
      const syncs = fake.syncCount;
      await expect(setClosingDate(host, reading, '2019-01-31')).rejects.toMatchObject({
        code: 'state-unreadable',
      });
      expect(fake.syncCount).toBe(syncs);
      expect(fake.document.customXmlParts.map((p) => p.xml)).toEqual(parts);
    } finally {
      uninstall();
    }
  });
});
