/**
 * `npm run test:word` (scripts/test-word.mjs): where Word desktop cannot run it says so, runs
 * nothing and exits 0; the test manifest it sideloads opens the pane in test mode and still
 * validates (the shared runtime's page keeps one resid).
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { validateManifestText } from '../../../scripts/manifest-checks';
import { wordTestPort } from '../../../src/word-test/run-in-word';

const run = promisify(execFile);
const ROOT = resolve(__dirname, '../../..');

jest.mock('../../../src/charts/browser-lazy', () => ({ browserChartRenderer: {} }));
jest.mock('office-addin-test-helpers', () => ({ sendTestResults: jest.fn() }));

test('on this Linux machine: says Word is not available, runs nothing, exits 0', async () => {
  expect(process.platform).toBe('linux');
  const { stdout, stderr } = await run(process.execPath, [join(ROOT, 'scripts/test-word.mjs')], {
    cwd: ROOT,
  });
  expect(stdout).toBe('Word is not available on this system: nothing was run\n');
  expect(stderr).toBe('');
});

test('the test manifest opens the task pane with the test server port, and validates', async () => {
  const { stdout } = await run(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import { testManifest } from ${JSON.stringify(join(ROOT, 'scripts/test-word.mjs'))};
       import { readFileSync } from 'node:fs';
       process.stdout.write(testManifest(readFileSync(${JSON.stringify(join(ROOT, 'manifest.xml'))}, 'utf8')));`,
    ],
    { cwd: ROOT },
  );
  expect(stdout).toContain(
    '<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html?word-test=4201"/>',
  );
  expect(stdout).not.toBe(readFileSync(join(ROOT, 'manifest.xml'), 'utf8'));
  expect(await validateManifestText(stdout, { assetsDir: join(ROOT, 'assets') })).toEqual([]);
  expect(wordTestPort('?word-test=4201')).toBe(4201);
  expect(wordTestPort('?word-test=nope')).toBeNull();
  expect(wordTestPort('')).toBeNull();
});
