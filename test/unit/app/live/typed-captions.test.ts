/**
 * A report whose captions are typed by hand ("Figure 1: …" as plain text) and a chart or table
 * inserted after them: the new caption's SEQ field must show the number that follows on once
 * fields update, which LibreOffice does on opening (so its PDF is what a reader sees after Word
 * updates fields too). Checked in LibreOffice's rendering, not only in our own reader.
 */
import { unzipSync } from 'fflate';
import {
  insertLiveElement,
  loadedSource,
  refreshLiveRegions,
  type LiveData,
  type LiveSource,
} from '../../../../src/app/live';
import { sampleDataset, samplePopulation } from '../../../../src/core/data';
import { blankDocx } from '../../../../src/docx/write/blank-docx';
import { DocxReportHost } from '../../../../src/docx/docx-host';
import { readDocx } from '../../../../src/docx/read/read-docx';
import { paragraph } from '../../../../src/ooxml/paragraph';
import { renderDocx } from '../../../support/libreoffice';
import { builtInCatalogue, nodeCatalogue } from '../../../support/elements';
import { datasetOf, makeRows, months } from '../../core/live/small-csv';

const NOW = new Date('2018-01-12T09:30:00Z');

/** Caption numbers as LibreOffice shows them, in page order: ["Figure 1", "Figure 2", …]. */
async function captionsSeen(bytes: Uint8Array, label: 'Figure' | 'Table'): Promise<string[]> {
  const { text } = await renderDocx(bytes, 'captions.docx');
  return [...text.matchAll(new RegExp(`^\\s*(${label} \\d+):`, 'gm'))].map((m) => m[1]!);
}

function documentXml(bytes: Uint8Array): string {
  return new TextDecoder().decode(unzipSync(bytes)['word/document.xml']);
}

/** A caption as Word's Insert Caption writes it (a w:fldSimple SEQ field). */
function wordCaption(label: string, number: number, text: string): string {
  return (
    `<w:p><w:r><w:t xml:space="preserve">${label} </w:t></w:r>` +
    `<w:fldSimple w:instr=" SEQ ${label} \\* ARABIC "><w:r><w:t>${number}</w:t></w:r></w:fldSimple>` +
    `<w:r><w:t xml:space="preserve">: ${text}</w:t></w:r></w:p>`
  );
}

const after = (bytes: Uint8Array, text: string) => ({
  anchor: { paragraph: readDocx(bytes, 'r.docx').paragraphs.findIndex((p) => p.text === text), text },
  location: 'After' as const,
});

describe('a chart inserted after a typed "Figure 1:" caption', () => {
  const charts = nodeCatalogue();
  const source = () =>
    loadedSource({ data: sampleDataset(), population: samplePopulation(), source: 'sample' });

  it('shows Figure 2 once fields update; a chart put above it is Figure 2 and a refresh makes the first Figure 3', async () => {
    const host = new DocxReportHost(
      blankDocx(
        paragraph({ runs: 'Crime in Maidstone' }) +
          paragraph({ runs: 'Figure 1: Anti-social behaviour incidents by ward, 2017' }) +
          paragraph({ runs: 'Closing paragraph.' }),
      ),
      'typed.docx',
    );
    const first = await insertLiveElement(
      host,
      source(),
      { element: 'chart:monthly-trend', area: 'Maidstone' },
      after(host.bytes, 'Closing paragraph.'),
      { elements: charts, now: NOW },
    );
    expect(first.captionAdvice).toEqual([
      expect.stringMatching(
        /^The report's caption Figure 1 is typed, not numbered by Word, so the new figure is set to show Figure 2/,
      ),
    ]);
    expect(documentXml(host.bytes)).toContain(' SEQ Figure \\r 2 \\* ARABIC ');
    // The reported fault: a plain SEQ field here showed "Figure 1" again once fields updated.
    expect(await captionsSeen(host.bytes, 'Figure')).toEqual(['Figure 1', 'Figure 2']);

    const second = await insertLiveElement(
      host,
      source(),
      { element: 'chart:category-yoy', area: 'Maidstone' },
      after(host.bytes, 'Closing paragraph.'),
      { elements: charts, now: NOW },
    );
    // Inserted above the first chart, whose field was set to show 2: it shows 2 again until a
    // refresh renumbers it, and the author is told so.
    expect(second.captionAdvice).toEqual([
      expect.stringMatching(
        /Caption Figure 2 below is set to follow typed captions, so the report now shows Figure 2 twice: refresh the live data to renumber it\./,
      ),
    ]);
    expect(await captionsSeen(host.bytes, 'Figure')).toEqual(['Figure 1', 'Figure 2', 'Figure 2']);
    const refreshed = await refreshLiveRegions(host, source(), { elements: charts, now: NOW });
    expect(refreshed.regions.map((r) => [r.status, r.changes])).toEqual([
      ['unchanged', []],
      ['changed', [{ where: 'Figure caption', from: 'Figure 2', to: 'Figure 3' }]],
    ]);
    expect(await captionsSeen(host.bytes, 'Figure')).toEqual(['Figure 1', 'Figure 2', 'Figure 3']);
    // The typed caption is the author's text: left as it was.
    expect(readDocx(host.bytes, 'r.docx').paragraphs.map((p) => p.text)).toContain(
      'Figure 1: Anti-social behaviour incidents by ward, 2017',
    );
  }, 60_000);

  it('keeps a plain SEQ field (Word renumbers it) after captions Word numbered, and says nothing', async () => {
    const host = new DocxReportHost(
      blankDocx(
        paragraph({ runs: 'Crime in Maidstone' }) +
          wordCaption('Figure', 1, 'Anti-social behaviour incidents by ward, 2017') +
          paragraph({ runs: 'Closing paragraph.' }),
      ),
      'fields.docx',
    );
    const inserted = await insertLiveElement(
      host,
      source(),
      { element: 'chart:monthly-trend', area: 'Maidstone' },
      after(host.bytes, 'Closing paragraph.'),
      { elements: charts, now: NOW },
    );
    expect(inserted.captionAdvice).toEqual([]);
    expect(documentXml(host.bytes)).not.toContain('\\r ');
    expect(await captionsSeen(host.bytes, 'Figure')).toEqual(['Figure 1', 'Figure 2']);
  }, 60_000);
});

describe('a table inserted between typed "Table N:" captions', () => {
  async function source(): Promise<LiveSource> {
    const live: LiveData = {
      data: await datasetOf(makeRows(months('2016-01', 24))),
      population: null,
      source: 'police.uk CSV: test',
    };
    return loadedSource(live);
  }

  it('is Table 2 after fields update, and the author is told the typed Table 2 below now repeats', async () => {
    const host = new DocxReportHost(
      blankDocx(
        paragraph({ runs: 'Maidstone Borough Council' }) +
          paragraph({ runs: 'Table 1: Priorities agreed in 2017' }) +
          paragraph({ runs: 'Crime in the borough' }) +
          paragraph({ runs: 'Table 2: Partnership funding' }) +
          paragraph({ runs: 'Closing paragraph.' }),
      ),
      'tables.docx',
    );
    const inserted = await insertLiveElement(
      host,
      await source(),
      { element: 'crime-by-category-yoy' },
      after(host.bytes, 'Crime in the borough'),
      { elements: builtInCatalogue(), now: NOW },
    );
    expect(inserted.captionAdvice).toEqual([
      expect.stringMatching(
        /caption Table 1 is typed.*Table 2 to follow on\. Caption Table 2 below is typed and will not renumber, so the report now shows Table 2 twice: retype it one higher\./,
      ),
    ]);
    // What LibreOffice shows: the new table's number follows the typed Table 1, as the advice says.
    expect(await captionsSeen(host.bytes, 'Table')).toEqual(['Table 1', 'Table 2', 'Table 2']);
  }, 60_000);
});
