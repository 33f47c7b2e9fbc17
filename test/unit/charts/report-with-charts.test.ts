/**
 * The whole path for live charts in a .docx: build the four charts from the sample, render them
 * (vega → SVG → resvg PNG), insert each as a picture with caption, alt text and source line in its
 * own cr:live: control, save, read back, and render the report with LibreOffice.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { buildChart, CHART_KINDS, chartBlockContent, type ChartModel } from '../../../src/core/charts';
import { sampleDataset, samplePopulation } from '../../../src/core/data';
import { renderChartInNode } from '../../../src/charts/node';
import { DocxEditor } from '../../../src/docx/write/docx-editor';
import { readDocx } from '../../../src/docx/read/read-docx';
import { blockContentControl, liveTag } from '../../../src/ooxml/content-control';
import { renderDocx } from '../../support/libreoffice';
import { fixture } from '../docx/fixtures';
import { renderRegionContent } from '../../../src/ooxml/render-blocks';

const run = promisify(execFile);

describe('a report with live charts', () => {
  const data = sampleDataset();
  const population = samplePopulation();
  const models: ChartModel[] = CHART_KINDS.map((kind) =>
    buildChart(kind, { data, population, area: 'Maidstone' }),
  );
  let output: Uint8Array;

  beforeAll(async () => {
    const input = fixture('reports/strategic-assessment-complete.docx');
    const anchor = readDocx(input, 'sa.docx').paragraphs.findIndex((p) => p.text.startsWith('1.1\t'));
    const editor = DocxEditor.open(input, 'sa.docx');
    const styles = editor.ensureStyles(['caption']);
    // Inserted after the same paragraph in reverse, so they read in CHART_KINDS order.
    for (let i = models.length - 1; i >= 0; i--) {
      const model = models[i]!;
      const tag = liveTag(`chart-${i + 1}`);
      const content = chartBlockContent(model, await renderChartInNode(model), { tag, number: i + 1 });
      const rendered = renderRegionContent(content);
      // The document's own id for Caption, as the .docx host writes it.
      const captioned = rendered.xml
        .split('<w:pStyle w:val="Caption"/>')
        .join(`<w:pStyle w:val="${styles.captionStyleId}"/>`);
      const xml = editor.addPictures(captioned, rendered.pictures);
      editor.insertBlocks(blockContentControl({ tag, title: model.title }, xml), { after: anchor });
    }
    output = editor.save();
  });

  it('stores each PNG as a media part with an image relationship and the png content type', () => {
    const files = unzipSync(output);
    const media = Object.keys(files).filter((n) => /^word\/media\/cr-chart\d+\.png$/.test(n));
    expect(media).toHaveLength(4);
    for (const name of media) expect([...files[name]!.slice(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
    const rels = new TextDecoder().decode(files['word/_rels/document.xml.rels']);
    const types = new TextDecoder().decode(files['[Content_Types].xml']);
    expect(types).toMatch(/<Default Extension="png" ContentType="image\/png"\/>/i);
    const document = new TextDecoder().decode(files['word/document.xml']);
    for (const name of media) {
      const id = new RegExp(`Id="(rId\\d+)"[^>]*Target="${name.slice('word/'.length)}"`).exec(rels)?.[1];
      expect(id).toBeDefined();
      expect(document).toContain(`r:embed="${id}"`);
    }
  });

  it('reads back: four pictures with alt text title and description, in their live regions', () => {
    const snapshot = readDocx(output, 'out.docx');
    const pictures = snapshot.pictures.filter((p) => p.name?.startsWith('Chart '));
    expect(pictures.map((p) => p.title)).toEqual(models.map((m) => m.title));
    expect(pictures.map((p) => p.altText)).toEqual(models.map((m) => m.description));
    const tags = snapshot.contentControls.map((c) => c.tag);
    for (let i = 1; i <= 4; i++) expect(tags).toContain(`cr:live:chart-${i}`);
  });

  it('renders in LibreOffice: each caption and source line in the text, four images on the pages', async () => {
    const { text, pdf } = await renderDocx(output, 'charts.docx');
    const flat = text.replace(/\s+/g, ' ');
    models.forEach((model, i) => {
      expect(flat).toContain(`Figure ${i + 1}: ${model.title}`);
    });
    // The number, never the SEQ field's code (see REGION_LEAD_PARAGRAPH).
    expect(flat).not.toContain('SEQ');
    expect(flat).toContain('Source: Synthetic sample data — not real figures');
    const folder = await mkdtemp(join(tmpdir(), 'cr-charts-'));
    try {
      await writeFile(join(folder, 'charts.pdf'), pdf);
      const { stdout } = await run('pdfimages', ['-list', join(folder, 'charts.pdf')]);
      const images = stdout
        .split('\n')
        .slice(2)
        .filter((line) => /\bimage\b/.test(line));
      expect(images.length).toBeGreaterThanOrEqual(4);
      // Full print resolution reaches the PDF: 1800 pixels across.
      expect(images.some((line) => /\s1800\s/.test(line))).toBe(true);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
