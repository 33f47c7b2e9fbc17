// A webpack plugin that measures what each entry's page must download before it can run: the
// gzip size of the entry's initial JavaScript chunks (its runtime, vendor and own chunks; lazy
// chunks are not counted). It prints one line per entry after the assets are final (minified,
// source-map comment added) and fails the build when an entry is over its budget:
//
//   First view JavaScript (taskpane): 151.2 KB gzip (budget 200 KB)
//
// KB here is 1024 bytes; gzip at level 9, the most a server would send.
'use strict';
const zlib = require('node:zlib');

const NAME = 'BundleBudgetPlugin';

const kb = (bytes) => (bytes / 1024).toFixed(1);

/** Sizes of each entry's initial JavaScript: [{ entry, files: [{ file, bytes, gzip }], bytes, gzip }]. */
function measureEntrypoints(compilation) {
  const report = [];
  for (const [entry, entrypoint] of compilation.entrypoints) {
    const files = [];
    for (const file of entrypoint.getFiles()) {
      if (!/\.m?js$/.test(file)) continue;
      const asset = compilation.getAsset(file);
      if (!asset) continue;
      const buffer = asset.source.buffer();
      files.push({ file, bytes: buffer.length, gzip: zlib.gzipSync(buffer, { level: 9 }).length });
    }
    report.push({
      entry,
      files,
      bytes: files.reduce((s, f) => s + f.bytes, 0),
      gzip: files.reduce((s, f) => s + f.gzip, 0),
    });
  }
  return report;
}

/** The printed line for one entry; `budgetKb` is undefined for entries without a budget. */
function formatLine({ entry, gzip }, budgetKb) {
  const budget = budgetKb === undefined ? '' : ` (budget ${budgetKb} KB)`;
  return `First view JavaScript (${entry}): ${kb(gzip)} KB gzip${budget}`;
}

class BundleBudgetPlugin {
  /**
   * @param {{ budgets?: Record<string, number>, log?: (line: string) => void }} options
   *   budgets: KB gzip per entry name (default { taskpane: 200 }); log: where lines go (console.log).
   */
  constructor({ budgets = { taskpane: 200 }, log = (line) => console.log(line) } = {}) {
    this.budgets = budgets;
    this.log = log;
    /** The last measurement, for tests and tooling. */
    this.lastReport = null;
  }

  apply(compiler) {
    const { Compilation, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const report = measureEntrypoints(compilation);
          this.lastReport = report;
          for (const r of report) {
            const budget = this.budgets[r.entry];
            this.log(formatLine(r, budget));
            if (budget !== undefined && r.gzip > budget * 1024) {
              const biggest = [...r.files].sort((a, b) => b.gzip - a.gzip).slice(0, 3);
              const err = new WebpackError(
                `First view JavaScript of "${r.entry}" is ${kb(r.gzip)} KB gzip, over its ${budget} KB budget. ` +
                  `Largest files: ${biggest.map((f) => `${f.file} ${kb(f.gzip)} KB`).join(', ')}. ` +
                  'Load views that are not on the first screen with import().',
              );
              err.name = 'BundleBudgetError';
              compilation.errors.push(err);
            }
          }
        },
      );
    });
  }
}

module.exports = { BundleBudgetPlugin, measureEntrypoints, formatLine };
