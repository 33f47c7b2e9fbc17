// `npm test`: the manifest, types, lint and the command line build, then Jest, one after another,
// stopping at the first failure, and the whole run's duration printed at the end (by Jest's
// summary reporter, so the "N passed, N failed" line stays the last line).
import { spawnSync } from 'node:child_process';

const started = Date.now();
const steps = [
  ['validate', ['run', 'validate']],
  ['typecheck', ['run', 'typecheck']],
  ['lint', ['run', 'lint']],
  ['build:cli', ['run', 'build:cli']],
];
const took = [];
for (const [name, args] of steps) {
  const t0 = Date.now();
  const result = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', args, { stdio: 'inherit' });
  took.push(`${name} ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  if (result.status !== 0) {
    console.error(
      `npm test stopped: ${name} failed (after ${((Date.now() - started) / 1000).toFixed(0)} s).`,
    );
    process.exit(result.status ?? 1);
  }
}
const jest = spawnSync(process.execPath, ['node_modules/jest/bin/jest.js', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, NPM_TEST_STARTED: String(started), NPM_TEST_STEPS: took.join(', ') },
});
process.exit(jest.status ?? 1);
