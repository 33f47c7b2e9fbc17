/**
 * Statistical process control (an XmR / individuals chart) for a monthly series: the mean, and
 * control limits at mean ± 3 sigma with sigma estimated from the average moving range (the mean
 * absolute difference between consecutive months) divided by d2 = 1.128, the constant for
 * ranges of two. A point beyond a limit, or a run of 7 or more consecutive points on one side of
 * the mean, is a signal that something real changed rather than month-to-month noise.
 */

/** d2 for subgroups of two (consecutive months). */
export const D2 = 1.128;
/** A run this long on one side of the mean is a signal (NHS "Making Data Count" uses 7). */
export const RUN_LENGTH = 7;

export type SpcSignal = 'none' | 'beyond-limits' | 'run';

export interface SpcPoint {
  index: number;
  value: number | null;
  /** "beyond-limits" wins over "run" when a point is both. */
  signal: SpcSignal;
}

export interface SpcResult {
  mean: number;
  /** Average moving range. */
  averageMovingRange: number;
  sigma: number;
  upperLimit: number;
  lowerLimit: number;
  points: SpcPoint[];
  /** Runs of RUN_LENGTH or more points on one side of the mean, as index ranges (inclusive). */
  runs: { from: number; to: number; side: 'above' | 'below' }[];
}

/**
 * Null values (months without data) are left out of the mean; a moving range is taken only
 * between two consecutive months that both have data, and a gap ends a run.
 */
export function spc(values: readonly (number | null)[]): SpcResult {
  const present = values.filter((v): v is number => v !== null);
  if (present.length < 2) throw new RangeError('A control chart needs at least two months with data.');
  const mean = present.reduce((a, b) => a + b, 0) / present.length;
  const ranges: number[] = [];
  for (let i = 1; i < values.length; i++) {
    const a = values[i - 1];
    const b = values[i];
    if (a !== null && a !== undefined && b !== null && b !== undefined) ranges.push(Math.abs(b - a));
  }
  const averageMovingRange = ranges.length === 0 ? 0 : ranges.reduce((a, b) => a + b, 0) / ranges.length;
  const sigma = averageMovingRange / D2;
  const upperLimit = mean + 3 * sigma;
  const lowerLimit = mean - 3 * sigma;
  const points: SpcPoint[] = values.map((value, index) => ({
    index,
    value,
    signal: value !== null && (value > upperLimit || value < lowerLimit) ? 'beyond-limits' : 'none',
  }));
  const runs: SpcResult['runs'] = [];
  let start = -1;
  let side: 'above' | 'below' | null = null;
  const close = (end: number) => {
    if (side !== null && end - start + 1 >= RUN_LENGTH) runs.push({ from: start, to: end, side });
  };
  values.forEach((value, i) => {
    // A point on the mean, or a missing month, belongs to neither side and ends a run.
    const here = value === null ? null : value > mean ? 'above' : value < mean ? 'below' : null;
    if (here !== side) {
      close(i - 1);
      start = i;
      side = here;
    }
  });
  close(values.length - 1);
  for (const run of runs) {
    for (let i = run.from; i <= run.to; i++) {
      const point = points[i]!;
      if (point.signal === 'none') point.signal = 'run';
    }
  }
  return { mean, averageMovingRange, sigma, upperLimit, lowerLimit, points, runs };
}
