/** What every benchmark prints with: the median of its runs and a plain-text table. */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Columns padded to their widest cell; the first `textColumns` to the left, numbers to the right. */
export function table(header, rows, { textColumns = 2 } = {}) {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
  const line = (cells) =>
    cells.map((cell, i) => (i < textColumns ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/**
 * Wall-clock milliseconds of one whole child process (start, load, work, exit), as a user at a
 * shell sees it. Throws if the process fails with an exit code not in `okCodes`.
 */
export function processTime(command, args, { cwd, okCodes = [0] } = {}) {
  const start = performance.now();
  const run = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 << 20 });
  const ms = performance.now() - start;
  if (run.error) throw run.error;
  if (!okCodes.includes(run.status)) {
    throw new Error(`${command} ${args.join(' ')} exited ${run.status}: ${run.stderr.slice(0, 500)}`);
  }
  return ms;
}

/** "0.21  (target ≤ 0.25)  PASS": a ratio against its target, as every bench prints it. */
export function verdict(ratio, target) {
  return `${ratio.toFixed(2)}  (target ≤ ${target.toFixed(2)})  ${ratio <= target ? 'PASS' : 'MISS'}`;
}
