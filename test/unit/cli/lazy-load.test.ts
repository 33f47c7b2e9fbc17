/**
 * Each command loads only its own code (src/cli/main.ts): a one-file check is mostly start-up, so
 * loading the document editor, the charts or the live-data and consultation commands would make
 * every check slower. The real built CLI runs with a preload that lists every module it loaded.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { ensureBuilt, ROOT } from './cli-run';

const WGIG = join(
  ROOT,
  'test/fixtures/word-made/dotnet__Open-XML-SDK/BackgroundReport - THE WORKING GROUP ON INTERNET GOVERNANCE.docx',
);

let folder: string;

beforeAll(() => {
  ensureBuilt();
  folder = mkdtempSync(join(tmpdir(), 'council-report-lazy-'));
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

/**
 * The modules (paths from the repository root, with "/") a CLI run loaded, and its exit code.
 * `modules`: the compiled modules one by one (build/cli/cli/main.js), where each module of ours is
 * a file, so the list says which of them ran; the bundle that bin/council-report.js runs is built
 * from these and runs a module only when the same `require` asks for it. `bin`: what users run.
 */
function modulesLoadedBy(
  args: readonly string[],
  entry: 'modules' | 'bin' = 'modules',
): { status: number | null; modules: string[] } {
  const list = join(folder, 'modules.json');
  const preload = join(folder, 'list-modules.cjs');
  writeFileSync(
    preload,
    `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(list)}, ` +
      'JSON.stringify(Object.keys(require.cache))));\n',
  );
  const runModules = join(folder, 'run-modules.cjs');
  writeFileSync(
    runModules,
    `require(${JSON.stringify(join(ROOT, 'build/cli/cli/main.js'))}).runFromProcess();\n`,
  );
  const script = entry === 'bin' ? join(ROOT, 'bin/council-report.js') : runModules;
  const run = spawnSync(process.execPath, ['--require', preload, script, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  const loaded = JSON.parse(readFileSync(list, 'utf8')) as string[];
  return { status: run.status, modules: loaded.map((path) => relative(ROOT, path).split(sep).join('/')) };
}

describe('what each command loads', () => {
  it('checks a report without the editor, charts, live data, consultation commands or fflate (Node unzips)', () => {
    const { status, modules } = modulesLoadedBy(['check', WGIG, '--format', 'json']);
    // 1: the WGIG report has error findings, so the check ran to the end.
    expect(status).toBe(1);
    expect(modules).toContain('build/cli/docx/read/read-docx.js');
    expect(modules).toContain('build/cli/core/template/check.js');
    const unneeded = modules.filter((path) =>
      /docx\/write\/|docx\/docx-host|build\/cli\/charts\/|cli\/shared\/live-data\.js|cli\/commands\/(?!check\/)|node_modules\/(vega|fflate)/.test(
        path,
      ),
    );
    expect(unneeded).toEqual([]);
    // Of the command line's own code: the entry point, the parser, the I/O, the template option
    // and the check command's folder; no other command's spec or code, and no live-data helpers.
    const cli = modules.filter((path) => path.startsWith('build/cli/cli/'));
    expect(
      cli.filter(
        (path) =>
          !/^build\/cli\/cli\/(main|shared\/(parse|io|templates)|commands\/check\/[a-z-]+)\.js$/.test(path),
      ),
    ).toEqual([]);
  });

  it('checks from the one-file bundle, loading no package', () => {
    const { status, modules } = modulesLoadedBy(['check', WGIG, '--format', 'json'], 'bin');
    expect(status).toBe(1);
    // The bundle runs through bin/code-cache.js (vm.Script), so it is not in require.cache.
    expect(modules).toContain('bin/code-cache.js');
    expect(modules.filter((path) => path.startsWith('build/') || path.includes('node_modules'))).toEqual([]);
    expect(readdirSync(join(ROOT, 'build/cli/.code-cache')).some((file) => file.endsWith('-check.bin'))).toBe(
      true,
    );
  });

  it('prints the help without loading any document code', () => {
    const { status, modules } = modulesLoadedBy(['--help']);
    expect(status).toBe(0);
    expect(modules).toContain('build/cli/cli/shared/help.js');
    expect(modules.filter((path) => /build\/cli\/(docx|ooxml|charts)\/|fflate/.test(path))).toEqual([]);
  });
});
