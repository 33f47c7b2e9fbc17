/**
 * The consultation summary as a live region: its content (escaped, accessible, rendered by
 * LibreOffice), and inserting then refreshing it in Word (the fake holding the multi-partner
 * report) in a fixed number of syncs. What is written is what the catalogue's summary element
 * renders, so a face that renders the element gets the region the Consultation view writes.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  consultationFromSnapshot,
  readConsultationOf,
  recordDispositions,
} from '../../../../src/app/consultation/consultation-use-cases';
import {
  consultationElements,
  SUMMARY_ELEMENT,
  summaryContent,
  summaryRendering,
} from '../../../../src/app/consultation/summary-element';
import { writeSummaryRegion } from '../../../../src/app/consultation/summary-region';
import { summarise } from '../../../../src/core/consultation/summary';
import { builtInElements, elementCatalogue } from '../../../../src/core/live';
import { DocxReportHost } from '../../../../src/docx/docx-host';
import { getTemplate } from '../../../../src/core/template/templates';
import { DocxEditor } from '../../../../src/docx/write/docx-editor';
import { readDocx } from '../../../../src/docx/read/read-docx';
import { blockContentControl } from '../../../../src/ooxml/content-control';
import { WordReportHost } from '../../../../src/word/word-host';
import { installFakeWord, fakeDocumentFromDocx } from '../../../support/fake-word';
import { renderDocx } from '../../../support/libreoffice';
import { renderRegionContent } from '../../../../src/ooxml/render-blocks';

const FIXTURE = join(__dirname, '../../../fixtures/consultation/multi-partner.docx');
const bytes = new Uint8Array(readFileSync(FIXTURE));
const ROOT = join(__dirname, '../../../..');
const template = getTemplate('maidstone-2019');

describe('the consultation summary region', () => {
  it('holds the sentence and an accessible table by partner, escaped', () => {
    const reading = consultationFromSnapshot(readDocx(bytes, 'r.docx'), template);
    const summary = summarise(reading.consultation);
    summary.byPartner[0]!.name = 'Kent <Police> & "Co"';
    const { xml, pictures } = renderRegionContent(summaryContent(summary, '2018-01-20'));
    expect(pictures).toEqual([]);
    expect(xml).toContain('Kent &lt;Police&gt; &amp; &quot;Co&quot;');
    expect(xml).toContain('<w:tblHeader/>');
    // Every row is kept whole on a page; the header row repeats on each.
    const rows = xml.match(/<w:tr>.*?<\/w:tr>/g) ?? [];
    expect(rows.length).toBeGreaterThan(2);
    for (const row of rows) expect(row).toMatch(/^<w:tr><w:trPr><w:cantSplit\/>/);
    // The partner's name gets the room: wider than any count column, which are as wide as their
    // longest header word needs ("Received", "accepted", "decision").
    const grid = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid.reduce((a, b) => a + b, 0)).toBe(9026);
    expect(grid[0]).toBeGreaterThan(1.5 * Math.max(...grid.slice(1)));
    // The alt text counts the rows the table has, as the sentence counts them: 7 partners, then
    // the comments from other consultees (Unassigned), after the header row and before the total.
    expect(summary.byPartner.map((p) => p.id === null)).toEqual([...Array(7).fill(false), true]);
    expect(xml.match(/<w:tr>|<w:tr /g)).toHaveLength(1 + 8 + 1);
    expect(xml).toContain(
      '<w:tblDescription w:val="Consultation responses by partner, one row for each of 7 partners and one for other consultees (Unassigned), then the total: the comments received and how many were accepted, partly accepted, not accepted, noted, closed without decision or open."/>',
    );
    expect(summary.sentence).toMatch(/^13 comments from 7 partners and 1 from other consultees;/);
    expect(xml).toContain('>Total<');
  });

  it("is written as the catalogue's summary element renders it for the same comments, hostile names included", async () => {
    const host = new DocxReportHost(bytes, 'r.docx');
    const reading = await readConsultationOf(host, template);
    const hostile = 'Kent <Police> & "Co" ]]></w:t>';
    reading.summary.byPartner[0]!.name = hostile;
    const writeRegions = jest.spyOn(host, 'writeRegions');
    await writeSummaryRegion(host, reading, template, new Date('2018-01-20T09:30:00Z'));
    const written = writeRegions.mock.calls[0]![0][0]!;
    if (written.kind === 'remove') throw new Error('the summary was removed');
    const element = elementCatalogue(builtInElements(), consultationElements()).find(SUMMARY_ELEMENT)!;
    const rendered = await element.render(summaryRendering(reading.summary, '2018-01-20'), {
      tableNumber: 1,
      figureNumber: 1,
    });
    expect(written.content).toEqual(rendered);
    expect(JSON.stringify(rendered)).toContain(JSON.stringify(hostile));
    // And the document holds the name as text, escaped on the way in.
    const region = readDocx(host.bytes, 'r.docx').contentControls.find(
      (c) => c.tag === 'cr:live:consultation-summary',
    );
    expect(region?.text).toContain(hostile);
  });

  it('renders in LibreOffice inside the report', async () => {
    const reading = consultationFromSnapshot(readDocx(bytes, 'r.docx'), template);
    const editor = DocxEditor.open(bytes, 'r.docx');
    const last = reading.snapshot.paragraphs.findIndex((p) => p.text.startsWith('5.3'));
    editor.insertBlocks(
      blockContentControl(
        { tag: 'cr:live:consultation-summary', title: 'Consultation summary' },
        renderRegionContent(summaryContent(reading.summary, '2018-01-20')).xml,
      ),
      { after: last },
    );
    const { text, pdf } = await renderDocx(editor.save(), 'summary.docx');
    // Kept to look at (pdftoppm -png), like the e2e screenshots.
    mkdirSync(join(ROOT, 'test-output'), { recursive: true });
    writeFileSync(join(ROOT, 'test-output', 'consultation-summary.pdf'), pdf);
    const flat = text.replace(/\s+/g, ' ');
    // No word of a header or a partner's name is broken across lines ("Receiv|ed"): each is in
    // the page's text whole.
    const words = new Set(flat.split(' '));
    const table = summaryContent(reading.summary, '2018-01-20').blocks.find((b) => b.kind === 'table')!;
    if (table.kind !== 'table') throw new Error('no table');
    const shown = [...table.columns.map((c) => c.header), ...table.rows.map((r) => r.cells[0]!)];
    const broken = shown.flatMap((t) => t.split(' ')).filter((word) => !words.has(word));
    expect(broken).toEqual([]);
    expect(flat).toContain('Source: comments on this report as at 20 Jan 2018');
    expect(flat).toContain('13 comments from 7 partners and 1 from other consultees');
    // Two comments were resolved in Word with no decision recorded: closed, not open.
    expect(flat).toContain('2 closed without a recorded decision; 12 still open.');
    expect(flat).toMatch(/Kent Police 3 0 0 0 0 1 2/);
    expect(flat).toMatch(/Total 14 0 0 0 0 2 12/);
    // After section 5's last paragraph, before section 6.
    expect(flat.indexOf('Consultation responses by partner')).toBeLessThan(flat.indexOf('NEXT STEPS'));
    expect(flat.indexOf('Consultation responses by partner')).toBeGreaterThan(flat.indexOf('5.3'));
  }, 90_000);

  it('written into the workspace sample by the .docx host, renders at the body size with no word broken', async () => {
    const sample = new Uint8Array(
      readFileSync(join(ROOT, 'src', 'workspace', 'sample', 'strategic-assessment-sample.docx')),
    );
    const host = new DocxReportHost(sample, 'sample.docx');
    const reading = await readConsultationOf(host, template);
    await writeSummaryRegion(host, reading, template, new Date('2026-12-05T09:30:00Z'));
    const { text, pdf } = await renderDocx(host.bytes, 'sample-summary.docx');
    writeFileSync(join(ROOT, 'test-output', 'consultation-summary-sample.pdf'), pdf);
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('4 comments from 4 partners; 4 still open.');
    expect(flat).toMatch(/Partner Received Accepted Partly Not Noted Open accepted accepted/);
    // Health is a partner, not Unassigned (its name may wrap onto a second line).
    expect(flat).toMatch(/NHS Kent and( Medway)? 1 0 0 0 0 1/);
    expect(flat).not.toContain('Unassigned');
    expect(flat).toContain('Source: comments on this report as at 5 Dec 2026');
  }, 90_000);

  it('is inserted in Word, then refreshed in place with the new counts', async () => {
    const { fake, uninstall } = installFakeWord(fakeDocumentFromDocx(bytes, 'r.docx'), { wordApi: '1.6' });
    try {
      const host = new WordReportHost('r.docx');
      let reading = await readConsultationOf(host, template);
      let syncs = fake.syncCount;
      expect(await writeSummaryRegion(host, reading, template)).toEqual({ how: 'inserted', asSent: true });
      expect(fake.syncCount - syncs).toBe(2);
      reading = await readConsultationOf(host, template);
      const control = () =>
        reading.snapshot.contentControls.filter((c) => c.tag === 'cr:live:consultation-summary');
      expect(control()).toHaveLength(1);
      expect(control()[0]!.text).toContain('12 comments from 7 partners and 1 from other consultees');
      const section6 = reading.snapshot.paragraphs.findIndex((p) => /NEXT STEPS/.test(p.text));
      expect(control()[0]!.lastParagraph).toBeLessThan(section6);

      await recordDispositions(
        host,
        reading,
        [
          {
            comment: reading.consultation.comments[0]!,
            status: 'accepted',
            response: '',
            reply: false,
            resolve: false,
          },
        ],
        { name: 'Sam Okafor', initials: 'SO' },
      );
      reading = await readConsultationOf(host, template);
      syncs = fake.syncCount;
      expect(await writeSummaryRegion(host, reading, template)).toEqual({ how: 'refreshed', asSent: true });
      expect(fake.syncCount - syncs).toBe(2);
      reading = await readConsultationOf(host, template);
      expect(control()).toHaveLength(1);
      expect(control()[0]!.text).toContain('1 accepted');
      // The region's spec sits in the state part beside the consultation record.
      const part = reading.snapshot.customXmlParts.find((p) => p.namespaceUri === 'urn:council-report:v1')!;
      expect(part.xml).toMatch(/<cr:region id="consultation-summary" element="consultation-summary"/);
      expect(part.xml).toContain('status="accepted"');
    } finally {
      uninstall();
    }
  });

  it('in Word, a summary table written without its last row (office-js #6752) is inserted and recorded, but not as sent', async () => {
    const { uninstall } = installFakeWord(fakeDocumentFromDocx(bytes, 'r.docx'), {
      wordApi: '1.6',
      behaviours: { ooxmlDropsTableRow: true },
    });
    try {
      const host = new WordReportHost('r.docx');
      expect(await writeSummaryRegion(host, await readConsultationOf(host, template), template)).toEqual({
        how: 'inserted',
        asSent: false,
      });
      const reading = await readConsultationOf(host, template);
      expect(
        reading.snapshot.contentControls.filter((c) => c.tag === 'cr:live:consultation-summary'),
      ).toHaveLength(1);
      const part = reading.snapshot.customXmlParts.find((p) => p.namespaceUri === 'urn:council-report:v1')!;
      expect(part.xml).toMatch(/<cr:region id="consultation-summary"/);
    } finally {
      uninstall();
    }
  });

  it('says so when the report has no Consultation Results section', async () => {
    const reading = consultationFromSnapshot(readDocx(bytes, 'r.docx'), getTemplate('maidstone-2019'));
    reading.snapshot.paragraphs = reading.snapshot.paragraphs.map((p) =>
      /CONSULTATION RESULTS/.test(p.text) ? { ...p, text: 'Something else entirely', boldOnly: false } : p,
    );
    const host = {
      kind: 'docx' as const,
      name: 'r',
      readSnapshot: () => Promise.resolve(reading.snapshot),
      writeRegions: jest.fn(),
    };
    await expect(writeSummaryRegion(host, reading, template)).rejects.toMatchObject({
      code: 'section-missing',
    });
    expect(host.writeRegions).not.toHaveBeenCalled();
  });
});
