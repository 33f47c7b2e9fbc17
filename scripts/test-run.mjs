// `npm test`: the manifest, the type check, lint and the command line build (side by side, each
// one's output printed whole when it ends), then Jest, stopping at the first failure, and the whole
// run's duration printed at the end (by Jest's summary reporter, so the "N passed, N failed" line
// stays the last line).
import { spawn, spawnSync } from 'node:child_process';

const started = Date.now();
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const steps = ['validate', 'typecheck', 'lint', 'build:cli'];

function runStep(name) {
  const t0 = Date.now();
  return new Promise((resolve) => {
    const child = spawn(npm, ['run', name], { stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('close', (code) => {
      process.stdout.write(Buffer.concat(output));
      resolve({ name, code, seconds: (Date.now() - t0) / 1000 });
    });
  });
}

const results = await Promise.all(steps.map(runStep));
const failed = results.filter((r) => r.code !== 0);
if (failed.length > 0) {
  const names = failed.map((r) => r.name).join(', ');
  console.error(`npm test stopped: ${names} failed (after ${((Date.now() - started) / 1000).toFixed(0)} s).`);
  process.exit(failed[0].code ?? 1);
}
const took = results.map((r) => `${r.name} ${r.seconds.toFixed(0)} s`);
const jest = spawnSync(process.execPath, ['node_modules/jest/bin/jest.js', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: {
    ...process.env,
    NPM_TEST_STARTED: String(started),
    NPM_TEST_STEPS: `side by side: ${took.join(', ')}`,
  },
});
process.exit(jest.status ?? 1);
