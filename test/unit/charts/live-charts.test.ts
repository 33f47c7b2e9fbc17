/**
 * Live charts through the real use cases on a .docx: insert the four charts, refresh with other
 * data (the diff lists the numbers that changed, not pixels), refresh again (all unchanged), and
 * the package keeps one PNG per chart.
 */
import { unzipSync } from 'fflate';
import { insertLiveElement, loadedSource, refreshLiveRegions } from '../../../src/app/live';
import { buildChart, CHART_KINDS, diffFigures } from '../../../src/core/charts';
import { sampleDataset, samplePopulation } from '../../../src/core/data';
import { DocxReportHost } from '../../../src/docx/docx-host';
import { fixture } from '../docx/fixtures';
import { nodeCatalogue } from '../../support/elements';

const elements = nodeCatalogue();
const now = new Date('2025-10-15T09:00:00Z');

const datasets = new Map<number | undefined, ReturnType<typeof sampleDataset>>();
/** The sample, or another draw of it (other numbers, same shape); each made once (about 2 s). */
function source(seed?: number) {
  let data = datasets.get(seed);
  if (!data) datasets.set(seed, (data = sampleDataset(seed === undefined ? {} : { seed })));
  return loadedSource({ data, population: samplePopulation(), source: 'sample' });
}

describe('live charts in a .docx', () => {
  it('insert, refresh with new numbers (diff of figures), refresh again (unchanged), no stale PNGs', async () => {
    const host = new DocxReportHost(fixture('reports/strategic-assessment-complete.docx'), 'sa.docx');
    for (const kind of CHART_KINDS) {
      await insertLiveElement(
        host,
        source(),
        { element: `chart:${kind}`, area: 'Maidstone' },
        { atSelection: true },
        { elements, now },
      );
    }
    const media = () => Object.keys(unzipSync(host.bytes)).filter((n) => /cr-chart\d+\.png$/.test(n));
    expect(media()).toHaveLength(4);

    const changed = await refreshLiveRegions(host, source(7), { elements, now });
    expect(changed.sourceError).toBeNull();
    expect(changed.regions.map((r) => r.status)).toEqual(['changed', 'changed', 'changed', 'changed']);
    const spc = changed.regions.find((r) => r.element === 'chart:spc-total-crime')!;
    // Exactly the figures that differ between the chart drawn from each data set.
    const drawn = (seed?: number) =>
      buildChart('spc-total-crime', { data: datasets.get(seed)!, area: 'Maidstone' }).figures;
    expect(spc.changes).toEqual(diffFigures(drawn(undefined), drawn(7)));
    expect(spc.changes.length).toBeGreaterThan(10);
    for (const change of spc.changes) expect(change.from).not.toBe(change.to);
    expect(media()).toHaveLength(4);

    const again = await refreshLiveRegions(host, source(7), { elements, now });
    expect(again.regions.map((r) => r.status)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged']);
    expect(media()).toHaveLength(4);
  });
});
