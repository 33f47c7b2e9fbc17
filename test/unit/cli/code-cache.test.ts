/**
 * bin/code-cache.js runs the CLI bundle with V8's code cache. A cache may only ever make a run
 * faster: a check reads the same with a cache, without one, with a damaged one and with one left
 * by another build, and a cache that cannot be used is replaced.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLE, ensureBuilt, ROOT } from './cli-run';

const WGIG = join(
  ROOT,
  'test/fixtures/word-made/dotnet__Open-XML-SDK/BackgroundReport - THE WORKING GROUP ON INTERNET GOVERNANCE.docx',
);
const CACHE = join(ROOT, 'build/cli/.code-cache');

beforeAll(() => ensureBuilt());

/** A check through bin/council-report.js (the bundle), as users run it. */
function check(): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(
    process.execPath,
    [join(ROOT, 'bin/council-report.js'), 'check', WGIG, '--format', 'json'],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    },
  );
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The same check from the compiled modules, which never use a code cache. */
function checkWithoutBundle(): string {
  // `node -e` leaves no script name in process.argv, where runFromProcess expects one.
  const script =
    "process.argv.splice(1, 0, '-e');" +
    `require(${JSON.stringify(join(ROOT, 'build/cli/cli/main.js'))}).runFromProcess();`;
  const run = spawnSync(process.execPath, ['-e', script, 'check', WGIG, '--format', 'json'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return run.stdout;
}

function checkCaches(): string[] {
  return existsSync(CACHE) ? readdirSync(CACHE).filter((file) => file.endsWith('-check.bin')) : [];
}

describe('the code cache', () => {
  it('is made by a first check and gives the same result on the next', () => {
    expect(existsSync(BUNDLE)).toBe(true);
    for (const file of checkCaches()) rmSync(join(CACHE, file));
    const first = check();
    expect(first.status).toBe(1);
    expect(first.stderr).toBe('');
    const [cache] = checkCaches();
    expect(cache).toBeDefined();
    const second = check();
    expect(second).toEqual(first);
    expect(JSON.parse(second.stdout)).toEqual(JSON.parse(checkWithoutBundle()));
  });

  it('is replaced when damaged, and the check reads the same', () => {
    const before = check();
    const [cache] = checkCaches();
    const file = join(CACHE, cache as string);
    const good = statSync(file).size;
    writeFileSync(file, Buffer.alloc(good, 0x5a));
    expect(check()).toEqual(before);
    expect(readFileSync(file).equals(Buffer.alloc(good, 0x5a))).toBe(false);
  });

  it('leaves the caches of other builds unused and clears them', () => {
    const before = check();
    const [cache] = checkCaches();
    // A cache named for another bundle, holding this bundle's own code cache: never read.
    const stale = join(CACHE, `0000000000000000-check.bin`);
    writeFileSync(stale, readFileSync(join(CACHE, cache as string)));
    rmSync(join(CACHE, cache as string));
    expect(check()).toEqual(before);
    expect(existsSync(stale)).toBe(false);
  });

  it('loads the chart engine (ES modules, imported dynamically) with and without a cache', () => {
    // vega is imported with import(); a vm.Script run from a code cache has no loader for a native
    // import(), so the bundle goes through bin/code-cache.js's own (webpack.cli.js).
    for (const file of existsSync(CACHE) ? readdirSync(CACHE) : [])
      if (file.endsWith('-elements.bin') || file.endsWith('-build.bin')) rmSync(join(CACHE, file));
    const out = join(ROOT, 'build/cli/code-cache-test.docx');
    const build = () =>
      spawnSync(process.execPath, [join(ROOT, 'bin/council-report.js'), 'build', '--out', out], {
        cwd: ROOT,
        encoding: 'utf8',
      });
    try {
      const first = build();
      expect(first.stderr).not.toMatch(/went wrong|ERR_/);
      expect(first.status).toBe(0);
      expect(readdirSync(CACHE).some((file) => file.endsWith('-build.bin'))).toBe(true);
      const second = build();
      expect(second.stderr).not.toMatch(/went wrong|ERR_/);
      expect(second.status).toBe(0);
    } finally {
      rmSync(out, { force: true });
    }
  });
});
