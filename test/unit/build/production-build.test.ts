// One real production build (webpack Node API, via scripts/run-build.js in a child process) into a
// temporary folder, with a production URL. About 10-60 s depending on the machine.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { EntryReport } from '../../../scripts/bundle-budget';
import { collectUrls, parseXml, validateManifestText } from '../../../scripts/manifest-checks';
import { launchChromium } from '../../e2e/support/browser';
import { checkBuiltPages } from '../../security/csp-pages';

const ROOT = resolve(__dirname, '../../..');
const URL_GIVEN = 'https://reports.example.gov.uk/council-report/';
const run = promisify(execFile);

interface BuildSummary {
  ok: boolean;
  durationMs: number;
  errors: string[];
  warnings: string[];
  assets: string[];
  firstView: EntryReport[];
  budgets: Record<string, number>;
}

let out: string;
let summary: BuildSummary;
let printed: string[];

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'cr-build-'));
  // A failed build exits 1 but still prints its summary: let each test below say what is wrong.
  const { stdout, stderr } = await run(
    process.execPath,
    [join(ROOT, 'scripts/run-build.js'), '--out', out, '--url', URL_GIVEN],
    { cwd: ROOT, env: { ...process.env, ADDIN_URL: '' }, maxBuffer: 64 * 1024 * 1024 },
  ).catch((e: { stdout: string; stderr: string }) => e);
  printed = stdout.trim().split('\n');
  const result = printed.find((l) => l.startsWith('BUILD-RESULT '));
  if (!result) throw new Error(`the build printed no result:\n${stderr}`);
  summary = JSON.parse(result.slice('BUILD-RESULT '.length));
}, 300_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

const jsFiles = () => readdirSync(out).filter((f) => f.endsWith('.js'));

describe('production build', () => {
  it('succeeds and keeps the task pane first view within its gzip budget, and says so', () => {
    expect(summary.errors).toEqual([]);
    expect(summary.ok).toBe(true);
    const taskpane = summary.firstView.find((r) => r.entry === 'taskpane')!;
    expect(summary.budgets.taskpane).toBe(200);
    expect(taskpane.gzip).toBeLessThanOrEqual(200 * 1024);
    expect(taskpane.gzip).toBeGreaterThan(40 * 1024); // React + Fluent really are in it
    const line = printed.find((l) => l.startsWith('First view JavaScript (taskpane): '));
    expect(line).toMatch(/^First view JavaScript \(taskpane\): \d+\.\d KB gzip \(budget 200 KB\)$/);
    // The task pane's vendors are split out; the result dialog does not load React or Fluent.
    expect(taskpane.files.map((f) => f.file).join(' ')).toMatch(/vendor-react\..*vendor-fluent\./);
    const dialog = summary.firstView.find((r) => r.entry === 'check-result')!;
    expect(dialog.files.map((f) => f.file).join(' ')).not.toMatch(/vendor-/);
    // Shared runtime: no separate function-file page any more.
    expect(summary.firstView.find((r) => r.entry === 'commands')).toBeUndefined();
    console.log(`${line}; build took ${(summary.durationMs / 1000).toFixed(1)} s`);
  });

  it('rewrites the copied manifest to the given URL, and it still validates', async () => {
    const manifest = readFileSync(join(out, 'manifest.xml'), 'utf8');
    expect(manifest).not.toMatch(/https?:\/\/localhost|localhost:3000/);
    const urls = collectUrls(parseXml(manifest)).map((u) => u.url);
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u.startsWith(URL_GIVEN)).toBe(true);
    const problems = await validateManifestText(manifest, {
      baseUrl: URL_GIVEN,
      assetsDir: join(out, 'assets'),
    });
    expect(problems).toEqual([]);
    // Every URL the manifest names is a file the build produced.
    for (const u of urls) expect(existsSync(join(out, u.slice(URL_GIVEN.length)))).toBe(true);
    // The source manifest is untouched.
    expect(readFileSync(join(ROOT, 'manifest.xml'), 'utf8')).toMatch(
      /https:\/\/localhost:3000\/taskpane\.html/,
    );
  });

  it('has no eval devtool output, and has source maps', () => {
    const files = jsFiles();
    expect(files.filter((f) => /^(taskpane|check-result|vendor-react|vendor-fluent)\./.test(f))).toHaveLength(
      4,
    );
    for (const f of files) {
      const js = readFileSync(join(out, f), 'utf8');
      expect(js).not.toMatch(/\beval\(/);
      expect(js).toMatch(new RegExp(`//# sourceMappingURL=${f.replace(/\./g, '\\.')}\\.map\\s*$`));
      expect(existsSync(join(out, `${f}.map`))).toBe(true);
    }
  });

  it('loads Office.js before our bundle on every page', () => {
    for (const page of ['taskpane.html', 'check-result.html']) {
      const html = readFileSync(join(out, page), 'utf8');
      const office = html.indexOf('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
      const ours = html.search(/<script defer(="")? src="?[\w-]+\.[0-9a-f]{8}\.js/);
      expect(office).toBeGreaterThan(0);
      expect(ours).toBeGreaterThan(office);
    }
    expect(readFileSync(join(out, 'check-result.html'), 'utf8')).not.toMatch(/vendor-react/);
    expect(existsSync(join(out, 'commands.html'))).toBe(false);
  });

  // Content-Security-Policy, no eval, checked in Chromium: see test/security/csp-pages.ts.
  it('runs every page under its Content-Security-Policy with no violation, a chart included', async () => {
    const checked = await checkBuiltPages(out, launchChromium);
    // taskpane (the shared runtime: also the ribbon's function file), check-result, workspace, support.
    expect(checked.pages.length).toBeGreaterThanOrEqual(4);
    expect(checked.violations).toEqual([]);
    expect(checked.errors).toEqual([]);
    console.log(`CSP: ${checked.pages.length} pages in Chromium, 0 violations`);
  }, 180_000);

  it("registers checkReport in the task pane bundle (the shared runtime's function file)", () => {
    const taskpane = jsFiles().find((f) => f.startsWith('taskpane.'))!;
    expect(readFileSync(join(out, taskpane), 'utf8')).toMatch(/associate\("checkReport"/);
  });
});

describe('the add-in URL given at build time', () => {
  it('is refused when it is not HTTPS (ADDIN_URL)', async () => {
    const failed = await run(
      process.execPath,
      [join(ROOT, 'scripts/run-build.js'), '--out', join(out, 'never')],
      {
        cwd: ROOT,
        env: { ...process.env, ADDIN_URL: 'http://reports.example.gov.uk/council-report/' },
      },
    ).then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(failed).not.toBeNull();
    expect(failed!.code).toBe(1);
    expect(failed!.stderr).toMatch(
      /ADDIN_URL "http:\/\/reports.example.gov.uk\/council-report\/" must start with https:\/\//,
    );
    expect(existsSync(join(out, 'never'))).toBe(false);
  });
});
