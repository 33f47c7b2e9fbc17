/**
 * Content blocks rendered once for both hosts (ooxml/render-blocks.ts), checked against what the
 * regions already in people's documents hold:
 *
 * - the values hash taken from the blocks (`contentHash`, no parsing) equals the hash taken the old
 *   way, from the visible text of the rendered markup (`blockText`), for every element's output:
 *   otherwise every existing region would show as "edited by hand";
 * - the markup is byte for byte what the builders wrote before the blocks (the LibreOffice caption
 *   rendering and the Word fake depend on it: the hidden lead paragraph, real SEQ fields).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { consultationFromSnapshot } from '../../../src/app/consultation/consultation-use-cases';
import { summaryContent } from '../../../src/app/consultation/summary-element';
import type { RegionContent, TableBlock } from '../../../src/core/content/blocks';
import { chartElements } from '../../../src/core/charts/live-elements';
import type { ChartModel, ChartRenderer } from '../../../src/core/charts';
import { PICTURE_WIDTH_INCHES } from '../../../src/core/charts/theme';
import { summarise } from '../../../src/core/consultation/summary';
import { sampleDataset, samplePopulation } from '../../../src/core/data';
import { builtInElements, elementCatalogue, renderTableOrFigure } from '../../../src/core/live';
import type { LiveElement, LiveElementInput, RenderContext } from '../../../src/core/live';
import { contentHash, normalisedRegionText, valuesHash } from '../../../src/core/live/region-text';
import { getTemplate } from '../../../src/core/template/templates';
import { readDocx } from '../../../src/docx/read/read-docx';
import { controlIdFor } from '../../../src/ooxml/content-control';
import { paragraph } from '../../../src/ooxml/paragraph';
import { pictureExtent } from '../../../src/ooxml/picture';
import { renderRegionContent, stylesUsed } from '../../../src/ooxml/render-blocks';
import { readWorkbook } from '../../../src/spreadsheet/read-workbook';
import { blockText } from '../../support/block-text';
import { dataTableBlock, figureBlock } from '../../support/reference-blocks';

const FIXTURES = join(__dirname, '../../fixtures');
const data = sampleDataset();
const population = samplePopulation();
const workbooks = ['fires.xlsx', 'fires.ods'].map((name) =>
  readWorkbook(new Uint8Array(readFileSync(join(FIXTURES, 'spreadsheets', name))), name),
);
const PNG = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13]);
/** Draws nothing: the picture's pixels play no part in the region's text or its markup's shape. */
const renderer: ChartRenderer = () => Promise.resolve({ png: PNG, widthPx: 1800, heightPx: 1000 });
const context: RenderContext = { tableNumber: 4, figureNumber: 2 };
/** Every element the product lists, with charts drawn by the renderer above. */
const catalogue = elementCatalogue(builtInElements(), chartElements(renderer));
const findElement = (name: string) => catalogue.find(name);

/** The element's options: a workbook file for the spreadsheet elements, defaults otherwise. */
function inputFor(element: LiveElement, options: Record<string, string> = {}): LiveElementInput {
  return {
    data,
    population,
    area: 'Maidstone',
    periodEnd: data.latestMonth!,
    options: element.dataFrom === 'workbook' ? { file: 'fires.xlsx', ...options } : options,
    workbooks,
    now: new Date('2026-12-04T10:00:00Z'),
  };
}

/** Every element the product lists (a figure per category among them), and both spreadsheet files. */
function everyElement(): { name: string; element: LiveElement; options?: Record<string, string> }[] {
  const listed = catalogue.list().map(({ name }) => ({ name, element: findElement(name)! }));
  const ods = ['spreadsheet-table', 'spreadsheet-chart'].map((name) => ({
    name: `${name} (ods)`,
    element: findElement(name)!,
    options: { file: 'fires.ods' },
  }));
  const line = {
    name: 'spreadsheet-chart (line)',
    element: findElement('spreadsheet-chart')!,
    options: { chart: 'line' },
  };
  return [...listed, ...ods, line];
}

/** The hash the way regions written before the blocks were hashed: from the markup's text. */
function oldHash(content: RegionContent): string {
  return valuesHash(blockText(renderRegionContent(content).xml));
}

describe('the values hash from the blocks', () => {
  const cases = everyElement();

  test('covers the built-in, chart and spreadsheet elements', () => {
    const names = cases.map((c) => c.name);
    expect(names).toEqual(
      expect.arrayContaining(['crime-by-category-yoy', 'top-lsoas', 'chart:spc-total-crime']),
    );
    expect(names).toEqual(
      expect.arrayContaining(['spreadsheet-table', 'spreadsheet-chart', 'figure:total-crime']),
    );
    expect(cases.every((c) => c.element)).toBe(true);
  });

  test.each(cases.map((c) => [c.name, c] as const))(
    'is the old hash for %s',
    async (_name, { element, options }) => {
      const rendering = element.compute(inputFor(element, options));
      const content = await element.render(rendering, context);
      expect(content.blocks.length).toBeGreaterThan(0);
      expect(contentHash(content)).toBe(oldHash(content));
    },
  );

  test('is the old hash for the consultation summary, hostile partner names and all', () => {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, 'consultation/multi-partner.docx')));
    const reading = consultationFromSnapshot(readDocx(bytes, 'r.docx'), getTemplate('maidstone-2019'));
    const summary = summarise(reading.consultation);
    expect(contentHash(summaryContent(summary, '2018-01-20'))).toBe(
      oldHash(summaryContent(summary, '2018-01-20')),
    );
    summary.byPartner[0]!.name = 'Kent\t<Police>\r\n& "Co"\u0001\u202e Table 9: x\ud800';
    const hostile = summaryContent(summary, '2018-01-20');
    expect(contentHash(hostile)).toBe(oldHash(hostile));
  });

  test('is the old hash for text Word would not show as given, and for merged cells', () => {
    const table: TableBlock = {
      kind: 'table',
      title: 'Merged',
      description: 'A table with merges',
      columns: [
        { header: 'Ward\u0007', align: 'left' },
        { header: 'Fires', align: 'right' },
        { header: '', align: 'right' },
      ],
      rows: [
        { cells: ['High Street', '12', '\u2066hidden\u2069'] },
        // The total spans two columns: the covered cell's text is not written, so not hashed.
        {
          cells: ['Total', 'covered', '20'],
          kind: 'total',
          spans: [{ columns: 2 }, { columns: 0 }, { columns: 1 }],
        },
        { cells: ['Down', '1'], spans: [{ columns: 1, down: 'start' }, { columns: 1 }, { columns: 1 }] },
      ],
    };
    const content: RegionContent = {
      blocks: [
        { kind: 'paragraph', runs: [{ text: 'Bold\u0000 ', bold: true }, { text: 'and\tplain\r\nlines' }] },
        { kind: 'caption', label: 'Table', number: 0, text: 'Figure 3: within' },
        table,
        { kind: 'source', text: 'a & b' },
      ],
    };
    expect(contentHash(content)).toBe(oldHash(content));
    expect(normalisedRegionText(blockText(renderRegionContent(content).xml))).not.toContain('covered');
  });
});

describe('the markup', () => {
  const table = findElement('crime-by-category-yoy')!;

  test('of a live table is what the table builder wrote: lead paragraph, SEQ caption, table, source', () => {
    const rendering = table.compute(inputFor(table));
    if (rendering.kind !== 'table') throw new Error('not a table');
    const before = dataTableBlock(rendering.table, { number: 4, description: rendering.table.description });
    expect(renderRegionContent(renderTableOrFigure(rendering, context)).xml).toBe(before);
  });

  test('of a figure is the one sentence it was', () => {
    const figure = findElement('figure:total-crime')!;
    const rendering = figure.compute(inputFor(figure));
    if (rendering.kind !== 'figure') throw new Error('not a figure');
    expect(renderRegionContent(renderTableOrFigure(rendering, context)).xml).toBe(
      paragraph({ runs: rendering.text }),
    );
  });

  test('of a chart is what the figure builder wrote, its picture under the placeholder id', async () => {
    const chart = findElement('chart:spc-total-crime')!;
    const rendering = chart.compute(inputFor(chart));
    const model = (rendering as { model: ChartModel }).model;
    const rendered = renderRegionContent(await chart.render(rendering, context));
    const before = figureBlock({
      caption: model.title,
      source: model.source,
      number: 2,
      picture: {
        relId: 'rIdChart1',
        ...pictureExtent(1800, 1000, PICTURE_WIDTH_INCHES),
        docPrId: controlIdFor(`chart:spc-total-crime#${model.title}#2#picture`),
        name: `Chart ${model.kind}`,
        title: model.title,
        description: model.description,
      },
    });
    expect(rendered.xml).toBe(before);
    expect(rendered.pictures).toEqual([{ relId: 'rIdChart1', contentType: 'image/png', bytes: PNG }]);
    expect(rendered.styles).toEqual(['caption']);
  });

  test('of the consultation summary is the sentence, then the table without a lead paragraph', () => {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, 'consultation/multi-partner.docx')));
    const summary = summarise(
      consultationFromSnapshot(readDocx(bytes, 'r.docx'), getTemplate('maidstone-2019')).consultation,
    );
    const content = summaryContent(summary, '2018-01-20');
    const [sentence, , tableBlock, source] = content.blocks as [never, never, TableBlock, { text: string }];
    const before =
      paragraph({ runs: summary.sentence }) +
      dataTableBlock(
        {
          caption: tableBlock.title,
          columns: tableBlock.columns,
          rows: tableBlock.rows,
          source: source.text,
          keepRowsWhole: tableBlock.keepRowsWhole === true,
        },
        { description: tableBlock.description, startsRegion: false },
      );
    expect(sentence).toEqual({ kind: 'paragraph', runs: summary.sentence });
    expect(renderRegionContent(content).xml).toBe(before);
    expect(stylesUsed(content.blocks)).toEqual(['caption', 'tableGrid']);
  });

  test('names each picture by its own placeholder id', () => {
    const picture = {
      kind: 'picture' as const,
      png: PNG,
      widthPx: 10,
      heightPx: 5,
      widthInches: 1,
      name: 'p',
      title: 't',
      description: 'd',
      drawingKey: 'k',
    };
    const rendered = renderRegionContent({ blocks: [picture, { ...picture, drawingKey: 'k2' }] });
    expect(rendered.pictures.map((p) => p.relId)).toEqual(['rIdChart1', 'rIdChart2']);
    expect(rendered.xml).toContain('r:embed="rIdChart2"');
  });
});
