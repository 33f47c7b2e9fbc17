/**
 * Every chart's labels laid out by the chart engine with the same text metrics as its SVG and PNG,
 * and their boxes checked: no value label may overlap another, or an axis or legend label — at
 * the document's print layout and laid out for the task pane (288 and 318 px: a 320 or 350 px pane
 * less its padding), where no text may be smaller than 10 CSS px either. Run on the bundled sample
 * (whose SPC flags "1,467" and "1,473" once collided) and on series made to crowd the labels.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildChart,
  CHART_KINDS,
  SHEET_CHART_KINDS,
  sheetChart,
  type ChartModel,
  type CrimeChartKind,
} from '../../../src/core/charts';
import { readGrid } from '../../../src/core/data/spreadsheet';
import { readWorkbook } from '../../../src/spreadsheet/read-workbook';
import { sampleDataset, samplePopulation } from '../../../src/core/data';
import { CrimeDatasetBuilder, type CrimeDataset } from '../../../src/core/data/dataset';
import { addMonths } from '../../../src/core/data/months';
import { PopulationTable } from '../../../src/core/data/population';
import { sampleSource } from '../../../src/core/data/source';
import { chartLabelBoxes, overlappingLabels, type LabelBox } from '../../../src/charts/label-layout';
import { FIT_SLACK, renderSvg } from '../../../src/charts/svg';

const END = '2025-09';

/** Maidstone's monthly counts of one crime type, oldest first, ending at END. */
function monthly(counts: number[]): CrimeDataset {
  const b = new CrimeDatasetBuilder();
  const maidstone = b.area('E1', 'Maidstone 001A', 'Maidstone');
  const swale = b.area('E2', 'Swale 001A', 'Swale');
  const burglary = b.crimeType('burglary');
  const shoplifting = b.crimeType('shoplifting');
  counts.forEach((count, i) => {
    const m = b.month(addMonths(END, i - (counts.length - 1)));
    b.add(m, maidstone, burglary, count);
    b.add(m, maidstone, shoplifting, Math.round(count / 3));
    b.add(m, swale, burglary, Math.round(count / 2));
  });
  return b.build(sampleSource());
}

const level = (n: number, value: number) => Array.from({ length: n }, (_, i) => value + (i % 2));
const population = new PopulationTable(sampleSource(), [
  { area: 'Maidstone', year: 2024, population: 10_000, note: null },
  { area: 'Swale', year: 2024, population: 4_000, note: null },
]);

/** Data sets that crowd labels: consecutive months beyond both limits, a step change, a lone spike. */
const CASES: [string, CrimeDataset, PopulationTable][] = [
  ['the sample', sampleDataset(), samplePopulation()],
  // Three months in a row far above, then three far below: six flags side by side.
  ['runs beyond both limits', monthly([...level(30, 1400), 1700, 1710, 1705, 1100, 1090, 1095]), population],
  ['a step change', monthly([...level(18, 900), ...level(18, 1300)]), population],
  ['a lone spike', monthly([...level(35, 50), 400]), population],
];

function describeOverlaps(pairs: [LabelBox, LabelBox][]): string[] {
  return pairs.map(([a, b]) => `“${a.text}” (${a.kind}) overlaps “${b.text}” (${b.kind})`);
}

function chart(kind: CrimeChartKind, data: CrimeDataset, pop: PopulationTable): ChartModel {
  return buildChart(kind, { data, area: 'Maidstone', population: pop });
}

const CRIME_CHART_KINDS = CHART_KINDS.filter(
  (kind): kind is CrimeChartKind => !(SHEET_CHART_KINDS as readonly string[]).includes(kind),
);

/** A partner's workbook charted as bars and as lines: the fire service's deliberate fires by ward. */
function workbookCharts(): ChartModel[] {
  const file = join(__dirname, '../../fixtures/spreadsheets/fires.xlsx');
  const grid = readGrid(readWorkbook(new Uint8Array(readFileSync(file)), file), { range: 'A1:C5' });
  return SHEET_CHART_KINDS.map((kind) =>
    sheetChart({ grid, kind, title: 'Deliberate fires by ward', source: 'fires.xlsx, sheet Fires' }),
  );
}

describe('chart labels never overlap', () => {
  for (const model of workbookCharts()) {
    it(`${model.kind}, a workbook range: in the document and in a 288 px pane`, async () => {
      for (const width of [undefined, 288]) {
        const boxes = await chartLabelBoxes(model, width === undefined ? {} : { width });
        expect(boxes.some((b) => b.kind === 'axis')).toBe(true);
        expect(describeOverlaps(overlappingLabels(boxes))).toEqual([]);
        if (width !== undefined) expect(boxes.filter((b) => b.size < 10).map((b) => b.text)).toEqual([]);
      }
    });
  }

  for (const [name, data, pop] of CASES) {
    for (const kind of CRIME_CHART_KINDS) {
      it(`${kind}, ${name}: in the document`, async () => {
        const model = chart(kind, data, pop);
        const boxes = await chartLabelBoxes(model);
        expect(boxes.some((b) => b.kind === 'axis')).toBe(true);
        expect(describeOverlaps(overlappingLabels(boxes))).toEqual([]);
        const { width } = await renderSvg(model);
        expect(boxes.filter((b) => b.x1 < -0.5 || b.x2 > width + 0.5).map((b) => b.text)).toEqual([]);
      });

      for (const width of [288, 318]) {
        it(`${kind}, ${name}: in a task pane ${width} px wide, text 10 px or more`, async () => {
          const model = chart(kind, data, pop);
          const boxes = await chartLabelBoxes(model, { width });
          expect(describeOverlaps(overlappingLabels(boxes))).toEqual([]);
          expect(boxes.filter((b) => b.size < 10).map((b) => `${b.text} at ${b.size}px`)).toEqual([]);
          const svg = await renderSvg(model, { width });
          expect(svg.width).toBeLessThanOrEqual(width);
          expect(svg.width).toBeGreaterThan(width - FIT_SLACK);
          // Nothing drawn past the picture's edges (a legend too wide for the pane, say).
          const outside = boxes.filter((b) => b.x1 < -0.5 || b.x2 > width + 0.5).map((b) => b.text);
          expect(outside).toEqual([]);
        });
      }
    }
  }

  it('the check finds overlaps: two labels drawn on top of each other are reported', () => {
    const at = (text: string, x1: number): LabelBox => ({
      kind: 'value',
      text,
      size: 10,
      x1,
      y1: 0,
      x2: x1 + 27,
      y2: 10,
    });
    expect(describeOverlaps(overlappingLabels([at('1,462', 100), at('1,473', 114)]))).toEqual([
      '“1,462” (value) overlaps “1,473” (value)',
    ]);
    expect(overlappingLabels([at('1,462', 100), at('1,473', 127)])).toEqual([]);
  });

  it('the SPC flags each point beyond a limit in the document, above or below it', async () => {
    const [, data, pop] = CASES[1]!;
    const flags = (await chartLabelBoxes(chart('spc-total-crime', data, pop))).filter(
      (b) => b.kind === 'value' && /^\d,\d{3}$/.test(b.text),
    );
    // Recorded crime is burglary plus shoplifting (a third of it) in these months.
    const totals = [1700, 1710, 1705, 1100, 1090, 1095].map((c) =>
      (c + Math.round(c / 3)).toLocaleString('en-GB'),
    );
    expect(flags.map((f) => f.text).sort()).toEqual(totals.sort());
  });
});
