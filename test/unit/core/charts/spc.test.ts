import { D2, RUN_LENGTH, spc } from '../../../../src/core/charts';

/** The textbook XmR calculation, written out separately from the code under test. */
function expectedLimits(values: number[]) {
  let total = 0;
  for (const v of values) total += v;
  const mean = total / values.length;
  let ranges = 0;
  for (let i = 1; i < values.length; i++) ranges += Math.abs(values[i]! - values[i - 1]!);
  const mrBar = ranges / (values.length - 1);
  return { mean, upper: mean + (3 * mrBar) / 1.128, lower: mean - (3 * mrBar) / 1.128 };
}

describe('SPC (XmR) limits and signals', () => {
  it('uses d2 = 1.128 and runs of 7', () => {
    expect(D2).toBe(1.128);
    expect(RUN_LENGTH).toBe(7);
  });

  it('computes mean ± 3 sigma from the average moving range', () => {
    const values = [1200, 1260, 1190, 1230, 1250, 1210, 1240, 1270, 1180, 1220, 1235, 1245];
    const result = spc(values);
    const expected = expectedLimits(values);
    expect(result.mean).toBeCloseTo(expected.mean, 9);
    expect(result.upperLimit).toBeCloseTo(expected.upper, 9);
    expect(result.lowerLimit).toBeCloseTo(expected.lower, 9);
    expect(result.points.every((p) => p.signal === 'none')).toBe(true);
    expect(result.runs).toEqual([]);
  });

  it('marks a point beyond a limit', () => {
    const values = [100, 102, 98, 101, 99, 100, 150, 100, 101, 99, 100, 98];
    const result = spc(values);
    const { upper } = expectedLimits(values);
    expect(150).toBeGreaterThan(upper);
    expect(result.points[6]!.signal).toBe('beyond-limits');
    expect(result.points.filter((p) => p.signal === 'beyond-limits')).toHaveLength(1);
  });

  it('marks every point of a run of 7 or more on one side of the mean, and not a run of 6', () => {
    // Mean 100: six below, then seven above, then six below again.
    const values = [96, 97, 95, 96, 97, 95, 104, 105, 103, 104, 105, 103, 104, 96, 97, 95, 96, 97, 95];
    const result = spc(values);
    const mean = values.reduce((a, b) => a + b) / values.length;
    expect(values.slice(6, 13).every((v) => v > mean)).toBe(true);
    expect(result.runs).toEqual([{ from: 6, to: 12, side: 'above' }]);
    // In the run every point is marked ("beyond-limits" wins where a point is both); outside it none is.
    expect(result.points.map((p) => p.signal !== 'none')).toEqual(values.map((_, i) => i >= 6 && i <= 12));
    expect(result.points.filter((p) => p.signal === 'run').length).toBeGreaterThan(0);
  });

  it('leaves months without data out and lets a gap end a run', () => {
    const values = [10, 11, null, 12, 13, 12, 11, 30, 31, 32, 33, null, 34, 35, 36];
    const result = spc(values);
    const present = values.filter((v): v is number => v !== null);
    expect(result.mean).toBeCloseTo(present.reduce((a, b) => a + b) / present.length, 9);
    // Ranges only between neighbours that both have data: 10 of the 14 pairs.
    const pairs: number[] = [];
    for (let i = 1; i < values.length; i++) {
      const [a, b] = [values[i - 1], values[i]];
      if (a != null && b != null) pairs.push(Math.abs(b - a));
    }
    expect(pairs).toHaveLength(10);
    expect(result.averageMovingRange).toBeCloseTo(pairs.reduce((a, b) => a + b) / pairs.length, 9);
    expect(result.points[2]).toEqual({ index: 2, value: null, signal: 'none' });
    expect(result.runs).toEqual([]);
  });

  it('refuses a series with fewer than two months of data', () => {
    expect(() => spc([null, 5, null])).toThrow(/at least two months/);
  });
});
