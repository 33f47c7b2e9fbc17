// The budget plugin on a tiny webpack project (a child process: webpack stays out of Jest's module registry).
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { formatLine } from '../../../scripts/bundle-budget';

const ROOT = resolve(__dirname, '../../..');

describe('formatLine', () => {
  it('prints KB (1024 bytes) with one decimal, and the budget when there is one', () => {
    expect(formatLine({ entry: 'taskpane', gzip: 154829 }, 200)).toBe(
      'First view JavaScript (taskpane): 151.2 KB gzip (budget 200 KB)',
    );
    expect(formatLine({ entry: 'commands', gzip: 512 })).toBe(
      'First view JavaScript (commands): 0.5 KB gzip',
    );
  });
});

describe('BundleBudgetPlugin in a real webpack build', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cr-budget-'));
    // ~40 KB of hard-to-compress code in a split vendor chunk, plus a small entry and a lazy chunk.
    const words = Array.from({ length: 2000 }, (_, i) => `w${((i * 2654435761) % 1e9).toString(36)}`);
    writeFileSync(join(dir, 'vendor.js'), `export const words = ${JSON.stringify(words)};\n`);
    writeFileSync(
      join(dir, 'lazy.js'),
      `export const lazy = ${JSON.stringify(words.map((w) => w + 'x'))};\n`,
    );
    writeFileSync(
      join(dir, 'entry.js'),
      "import { words } from './vendor.js';\nconsole.log(words.length);\nimport('./lazy.js').then((m) => console.log(m.lazy.length));\n",
    );
    writeFileSync(
      join(dir, 'build.js'),
      `
const webpack = require(${JSON.stringify(require.resolve('webpack', { paths: [ROOT] }))});
const { BundleBudgetPlugin } = require(${JSON.stringify(join(ROOT, 'scripts/bundle-budget.js'))});
async function build(budget) {
  const plugin = new BundleBudgetPlugin({ budgets: { taskpane: budget } });
  const config = {
    mode: 'production', context: __dirname, devtool: false, entry: { taskpane: './entry.js' },
    output: { path: __dirname + '/out-' + budget, filename: '[name].js' },
    optimization: { splitChunks: { chunks: 'all', minSize: 0, cacheGroups: { v: { test: /vendor/, name: 'vendor' } } } },
    plugins: [plugin],
  };
  const stats = await new Promise((res, rej) => webpack(config, (e, s) => (e ? rej(e) : res(s))));
  return { errors: stats.toJson({ all: false, errors: true }).errors.map((e) => e.message), report: plugin.lastReport };
}
(async () => console.log('RESULT ' + JSON.stringify({ under: await build(100), over: await build(1) })))();
`,
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('sums the initial chunks only, prints the line, and fails the build over budget', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [join(dir, 'build.js')], { cwd: dir });
    const lines = stdout.trim().split('\n');
    const result = JSON.parse(lines.find((l) => l.startsWith('RESULT '))!.slice(7));
    type Entry = { entry: string; files: Array<{ file: string; gzip: number }>; gzip: number };
    const under: Entry = result.under.report[0];

    expect(under.files.map((f) => f.file).sort()).toEqual(['taskpane.js', 'vendor.js']); // not the lazy chunk
    expect(under.gzip).toBe(under.files[0]!.gzip + under.files[1]!.gzip);
    expect(under.gzip).toBeGreaterThan(5 * 1024);
    expect(result.under.errors).toEqual([]);
    expect(lines).toContain(formatLine(under, 100));

    expect(result.over.errors).toHaveLength(1);
    expect(result.over.errors[0]).toMatch(
      /First view JavaScript of "taskpane" is \d+\.\d KB gzip, over its 1 KB budget\. Largest files: vendor\.js/,
    );
  });
});
