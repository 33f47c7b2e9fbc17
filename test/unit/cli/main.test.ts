import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, type CliIo } from '../../../src/cli/main';
import { makeReport, ROOT } from './cli-run';

/** In-process runs, for what a child process cannot show: whether stdout is a terminal. */

let folder: string;
let report: string;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'council-report-main-'));
  report = makeReport(join(folder, 'report.docx'), ['--comments', '2']);
});

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

async function run(argv: string[], terminal: boolean, env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (text: string) => (stdout += text), isTTY: terminal },
    stderr: { write: (text: string) => (stderr += text) },
    env,
    now: () => new Date('2019-01-07T09:30:00Z'),
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

describe('colour in the checklist', () => {
  it('is used on a terminal', async () => {
    const { code, stdout } = await run(['check', report], true);
    expect(code).toBe(0);
    expect(stdout).toContain('\u001b[32m✓ complete');
  });

  it('is not used when NO_COLOR is set, or when stdout is not a terminal', async () => {
    expect((await run(['check', report], true, { NO_COLOR: '1' })).stdout).not.toContain('\u001b[');
    expect((await run(['check', report], false)).stdout).not.toContain('\u001b[');
  });

  it('is not written into a file given with --out, even from a terminal', async () => {
    const out = join(folder, 'checklist.txt');
    const { stdout, stderr } = await run(['check', report, '--out', out], true);
    expect(stdout).toBe('');
    expect(stderr).toContain(`Wrote ${out}`);
    const text = readFileSync(out, 'utf8');
    expect(text).toContain('✓ complete');
    expect(text).not.toContain('\u001b[');
  });
});

describe('writing the output', () => {
  it('says so, with exit 2, when the --out file cannot be written', async () => {
    const out = join(folder, 'no-such-folder', 'agenda.html');
    const { code, stderr } = await run(['check', report, '--format', 'html', '--out', out], false);
    expect(code).toBe(2);
    expect(stderr).toMatch(/Cannot write ".*agenda\.html": there is no such file/);
  });

  it('stamps the agenda page with the time of the check', async () => {
    const { stdout } = await run(['check', report, '--format', 'html'], false);
    expect(stdout).toContain('7 January 2019 at 09:30');
  });
});

describe('a template file of the council’s own', () => {
  it('is read even when saved with a byte-order mark (as Notepad does)', async () => {
    const spec = JSON.parse(
      readFileSync(join(ROOT, 'src/core/template/specs/maidstone-2019.json'), 'utf8'),
    ) as {
      id: string;
    };
    spec.id = 'saved-in-notepad';
    const path = join(folder, 'notepad.json');
    writeFileSync(path, '\uFEFF' + JSON.stringify(spec, null, 2));
    const { code, stdout, stderr } = await run(['check', report, '--template', path, '--json'], false);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as Array<{ template: string }>)[0]?.template).toBe('saved-in-notepad');
  });
});
