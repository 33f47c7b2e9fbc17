import { registerChartElements, CHART_RENDERER_SERVICE } from '../../../../src/core/charts/live-elements';
import { findElement, listElements } from '../../../../src/core/live/registry';
import { sampleDataset, samplePopulation } from '../../../../src/core/data';
import type { ChartModel, ChartRenderer } from '../../../../src/core/charts';
import { renderChartInNode } from '../../../../src/charts/node';

const data = sampleDataset();
const population = samplePopulation();
const input = { data, population, area: 'maidstone', periodEnd: data.latestMonth!, options: {} };

beforeAll(() => {
  registerChartElements();
  registerChartElements(); // twice is harmless
});

describe('chart live elements', () => {
  it('are registered under their chart: names, with the spreadsheet chart', () => {
    const names = listElements()
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

  it('render through the injected renderer into a figure block, and say so when none is given', async () => {
    const element = findElement('chart:spc-total-crime')!;
    const rendering = element.compute(input);
    await expect(
      element.render(rendering, { tableNumber: 1, figureNumber: 2, services: {} }),
    ).rejects.toThrow(/no chart renderer/);
    const drawn: ChartModel[] = [];
    const renderer: ChartRenderer = (model) => {
      drawn.push(model);
      return renderChartInNode(model);
    };
    const content = await element.render(rendering, {
      tableNumber: 1,
      figureNumber: 2,
      services: { [CHART_RENDERER_SERVICE]: renderer },
    });
    expect(drawn).toHaveLength(1);
    const pictures = content.blocks.filter((block) => block.kind === 'picture');
    expect(pictures).toHaveLength(1);
    expect([...pictures[0]!.png.slice(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
    expect(pictures[0]!.title).toBe(rendering.title);
    expect(content.blocks[0]).toEqual({ kind: 'caption', label: 'Figure', number: 2, text: rendering.title });
  });
});
