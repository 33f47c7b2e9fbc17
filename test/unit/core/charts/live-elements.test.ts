import { chartElements } from '../../../../src/core/charts/live-elements';
import { builtInElements, elementCatalogue } from '../../../../src/core/live';
import { sampleDataset, samplePopulation } from '../../../../src/core/data';
import type { ChartModel, ChartRenderer } from '../../../../src/core/charts';
import { renderChartInNode } from '../../../../src/charts/node';

const data = sampleDataset();
const population = samplePopulation();
const input = { data, population, area: 'maidstone', periodEnd: data.latestMonth!, options: {} };

const drawn: ChartModel[] = [];
/** The face's renderer, counting what it draws. */
const renderer: ChartRenderer = (model) => {
  drawn.push(model);
  return renderChartInNode(model);
};
const catalogue = elementCatalogue(builtInElements(), chartElements(renderer));
const findElement = (name: string) => catalogue.find(name);

describe('chart live elements', () => {
  it('are offered under their chart: names, with the spreadsheet chart, after the built-ins', () => {
    const names = catalogue
      .list()
      .filter((e) => e.kind === 'chart')
      .map((e) => e.name);
    expect(names).toEqual([
      'chart:monthly-trend',
      'chart:spc-total-crime',
      'chart:category-yoy',
      'chart:rate-per-1000-by-district',
      'spreadsheet-chart',
    ]);
    expect(findElement('chart:rate-per-1000-by-district')?.needsPopulation).toBe(true);
    expect(findElement('spreadsheet-chart')?.dataFrom).toBe('workbook');
  });

  it('compute the chart model and its figures (the refresh diff compares these)', () => {
    const rendering = findElement('chart:monthly-trend')!.compute({
      ...input,
      options: { months: '24', category: 'burglary' },
    });
    expect(rendering.kind).toBe('chart');
    if (rendering.kind !== 'chart') return;
    expect(rendering.figures).toHaveLength(24);
    expect(rendering.title).toMatch(/^Burglary by month, Maidstone/);
    expect((rendering.model as ChartModel).kind).toBe('monthly-trend');
    expect(() =>
      findElement('chart:monthly-trend')!.compute({ ...input, options: { months: 'lots' } }),
    ).toThrow(/whole number/);
    expect(() => findElement('chart:spc-total-crime')!.compute({ ...input, area: 'Atlantis' })).toThrow(
      /Atlantis/,
    );
  });

  it('render through the renderer the catalogue was built with into a figure block', async () => {
    const element = findElement('chart:spc-total-crime')!;
    const rendering = element.compute(input);
    drawn.length = 0;
    const content = await element.render(rendering, { tableNumber: 1, figureNumber: 2 });
    expect(drawn).toEqual([rendering.kind === 'chart' ? rendering.model : null]);
    const pictures = content.blocks.filter((block) => block.kind === 'picture');
    expect(pictures).toHaveLength(1);
    expect([...pictures[0]!.png.slice(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
    expect(pictures[0]!.title).toBe(rendering.title);
    expect(content.blocks[0]).toEqual({ kind: 'caption', label: 'Figure', number: 2, text: rendering.title });
  });
});
