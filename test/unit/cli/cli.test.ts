/**
 * @jest-environment jsdom
 */
// jsdom gives the test a DOMParser for the HTML page; the CLI itself runs in a real Node child.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { JsonUnreadableReport } from '../../../src/cli/commands/check/format-json';
import { asChecked, checkedJson, council, ensureBuilt, makeReport, paragraphNumber, ROOT } from './cli-run';

const HOSTILE_PLACEHOLDER = `[Insert <script>alert("x")</script> & 'date']`;

let folder: string;
let cleanFile: string;
let wordNumbered: string;
let defective: string;
let commented: string;

beforeAll(() => {
  ensureBuilt();
  folder = mkdtempSync(join(tmpdir(), 'council-report-cli-'));
  cleanFile = makeReport(join(folder, 'clean.docx'));
  wordNumbered = makeReport(join(folder, 'word-numbered.docx'), [
    '--numbering',
    'word',
    '--headings',
    'bold',
    '--seed',
    '5',
  ]);
  defective = makeReport(join(folder, 'defective.docx'), [
    '--defects',
    'section-missing,numbering-duplicate,placeholder-text,crosscutting-signoff-empty',
    '--placeholder',
    HOSTILE_PLACEHOLDER,
  ]);
  commented = makeReport(join(folder, 'commented.docx'), [
    '--comments',
    '4',
    '--resolved',
    '1',
    '--seed',
    '9',
  ]);
});

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe('council-report check', () => {
  it('passes a complete report: exit 0, every section complete', () => {
    const run = council(['check', cleanFile, '--json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const [report] = checkedJson(run);
    const checked = asChecked(report);
    expect(checked.file).toBe(cleanFile);
    expect(checked.template).toBe('maidstone-2019');
    expect(checked.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(checked.sections.map((s) => s.status)).toEqual(Array(12).fill('complete'));
    expect(checked.sections.slice(0, 3).map((s) => [s.id, s.number, s.heading])).toEqual([
      ['executive-summary', null, 'Executive Summary'],
      ['recommendations', null, expect.stringMatching(/^This report makes the following recommendations/)],
      ['timetable', null, 'Timetable'],
    ]);
    expect(checked.sections[6]).toEqual({
      id: 'risk',
      title: 'Risk',
      number: 4,
      status: 'complete',
      heading: '4. RISK',
    });
  });

  it('passes the same report written with Word numbering and bold headings', () => {
    const run = council(['check', wordNumbered, '--json']);
    expect(run.status).toBe(0);
    expect(asChecked(checkedJson(run)[0]).sections.every((s) => s.status === 'complete')).toBe(true);
  });

  it('fails a report with defects: exit 1, each defect found where it is', () => {
    const run = council(['check', defective, '--json']);
    expect(run.status).toBe(1);
    const report = asChecked(checkedJson(run)[0]);
    expect(report.complete).toBe(false);
    expect(report.sections.find((s) => s.id === 'risk')).toEqual({
      id: 'risk',
      title: 'Risk',
      number: 4,
      status: 'missing',
      heading: null,
    });
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        rule: 'section-missing',
        severity: 'error',
        section: 'risk',
        paragraph: null,
      }),
    );
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        rule: 'numbering-duplicate',
        section: 'introduction-background',
        number: '1.4',
        paragraph: paragraphNumber(defective, '1.4', 2),
        row: null,
      }),
    );
    const placeholder = report.findings.find((f) => f.rule === 'placeholder-text');
    expect(placeholder).toMatchObject({ severity: 'error', section: 'next-steps' });
    expect(placeholder?.excerpt).toContain('<script>');
    expect(report.findings).toContainEqual(
      expect.objectContaining({ rule: 'crosscutting-signoff-empty', section: 'cross-cutting', row: 'Legal' }),
    );
    for (const finding of report.findings) {
      expect(Object.keys(finding)).toEqual([
        'rule',
        'severity',
        'section',
        'message',
        'paragraph',
        'excerpt',
        'number',
        'row',
      ]);
    }
  });

  it('prints a readable checklist with words, 1-based paragraphs and a count line', () => {
    const run = council(['check', defective]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(defective);
    expect(run.stdout).toContain(
      'Template: Maidstone Borough Council committee report (2019) (maidstone-2019)',
    );
    expect(run.stdout).toMatch(/✗ missing\s+Risk/);
    expect(run.stdout).toMatch(/✓ complete\s+Introduction and Background/);
    expect(run.stdout).toContain(`paragraph ${paragraphNumber(defective, '1.4', 2)}`);
    expect(run.stdout.trimEnd().split('\n').pop()).toMatch(/^\d+ errors?, \d+ warnings?/);
    expect(run.stdout).not.toContain('\u001b['); // not a terminal: no colour
  });

  it('makes open comments errors only in --final mode', () => {
    const draft = asChecked(checkedJson(council(['check', commented, '--json']))[0]);
    expect(draft.comments).toEqual({ total: 4, unresolved: 3 });
    expect(draft.findings.find((f) => f.rule === 'comments-unresolved')?.severity).toBe('warning');
    const finalRun = council(['check', commented, '--json', '--final']);
    expect(finalRun.status).toBe(1);
    const final = asChecked(checkedJson(finalRun)[0]);
    expect(final.findings.find((f) => f.rule === 'comments-unresolved')?.severity).toBe('error');
  });

  it('passes the 200-page Strategic Assessment of the benchmark, so the benchmark times a whole check', () => {
    const big = makeReport(join(folder, 'strategic-assessment-200-pages.docx'), ['--strategic-assessment']);
    const run = council(['check', big, '--json']);
    expect(run.status).toBe(0);
    const report = asChecked(checkedJson(run)[0]);
    expect(report.sections.every((s) => s.status === 'complete')).toBe(true);
    expect(report.comments).toEqual({ total: 24, unresolved: 14 });
    // Open comments are reported once per section, the last of them past paragraph 7,000.
    expect(new Set(report.findings.map((f) => f.rule))).toEqual(new Set(['comments-unresolved']));
    expect(report.findings.map((f) => f.section)).toContain('next-steps');
    expect(Math.max(...report.findings.map((f) => f.paragraph ?? 0))).toBeGreaterThan(7000);
  });

  it('checks against the template asked for, by id', () => {
    const run = council(['check', cleanFile, '--template', 'maidstone-2018', '--json']);
    expect(asChecked(checkedJson(run)[0]).template).toBe('maidstone-2018');
  });

  it('checks against a template file of the council’s own', () => {
    const spec = JSON.parse(
      readFileSync(join(ROOT, 'src/core/template/specs/maidstone-2019.json'), 'utf8'),
    ) as {
      id: string;
    };
    spec.id = 'our-council';
    const path = join(folder, 'our-council.json');
    writeFileSync(path, JSON.stringify(spec));
    const run = council(['check', cleanFile, '--template', path, '--json']);
    expect(run.status).toBe(0);
    expect(asChecked(checkedJson(run)[0]).template).toBe('our-council');
  });
});

describe('bad input: exit 2 with the file and the problem named', () => {
  it('a corrupt .docx', () => {
    const garbage = join(folder, 'garbage.docx');
    writeFileSync(garbage, 'this is not a zip file at all, just some text that ends in .docx');
    const run = council(['check', garbage]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('garbage.docx');
  });

  it('a file that is not there', () => {
    const run = council(['check', join(folder, 'no-such-report.docx')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/no-such-report\.docx.*no such file/);
  });

  it('one bad file among good ones: the others are still checked and reported, in order', () => {
    const garbage = join(folder, 'truncated.docx');
    writeFileSync(garbage, readFileSync(cleanFile).subarray(0, 2000));
    const run = council(['check', cleanFile, garbage, defective, '--json']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('truncated.docx');
    const reports = checkedJson(run);
    expect(reports.map((r) => r.file)).toEqual([cleanFile, garbage, defective]);
    expect(asChecked(reports[0]).complete).toBe(true);
    const bad = reports[1] as JsonUnreadableReport;
    expect(Object.keys(bad)).toEqual(['file', 'error']);
    expect(bad.error.code).toEqual(expect.any(String));
    expect(bad.error.message).toContain('truncated.docx');
    expect(asChecked(reports[2]).complete).toBe(false);
  });

  it('a template file that is not valid: the field at fault is named', () => {
    const spec = JSON.parse(
      readFileSync(join(ROOT, 'src/core/template/specs/maidstone-2019.json'), 'utf8'),
    ) as {
      sections: Array<{ title?: string }>;
    };
    delete spec.sections[2]?.title;
    const path = join(folder, 'broken-template.json');
    writeFileSync(path, JSON.stringify(spec));
    const run = council(['check', cleanFile, '--template', path]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('broken-template.json');
    expect(run.stderr).toContain('sections[2].title');
    expect(run.stdout).toBe('');
  });

  it('a template file that is not JSON, and a template id that does not exist', () => {
    const path = join(folder, 'not-json.json');
    writeFileSync(path, '{ "id": "x", ');
    const notJson = council(['check', cleanFile, '--template', path]);
    expect(notJson.status).toBe(2);
    expect(notJson.stderr).toMatch(/not-json\.json.*not valid JSON/);
    const unknown = council(['check', cleanFile, '--template', 'maidstone-1999']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('maidstone-1999');
    expect(unknown.stderr).toContain('maidstone-2019');
  });

  it.each([
    [['check'], /Give the reports \(\.docx\) to check/],
    [['check', 'a.docx', '--colour'], /Unknown option "--colour"/],
    [['frobnicate'], /Unknown command/],
    [[], /Say what to do/],
  ])('usage %j', (args, message) => {
    const run = council(args);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});

describe('the agenda page', () => {
  it('writes one standalone page for several reports, escaping names and excerpts', () => {
    // A file name cannot hold "/", so the hostile name is an <img> rather than a <script> element.
    const hostileName = join(folder, `<img src=x onerror='alert(1)'> & "quotes".docx`);
    copyFileSync(cleanFile, hostileName);
    const garbage = join(folder, 'not-a-report.docx');
    writeFileSync(garbage, 'garbage');
    const out = join(folder, 'agenda.html');
    const run = council(['check', hostileName, defective, garbage, '--format', 'html', '--out', out]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('not-a-report.docx');
    const html = readFileSync(out, 'utf8');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=&#39;alert(1)&#39;&gt; &amp; &quot;quotes&quot;.docx');
    expect(html).toContain('[Insert &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp;');

    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.documentElement.lang).toBe('en-GB');
    expect(doc.querySelectorAll('script, link, img')).toHaveLength(0);
    const table = doc.querySelector('table') as HTMLTableElement;
    expect(table.caption).not.toBeNull();
    const headers = [...table.querySelectorAll('thead th[scope="col"]')].map((th) => th.textContent);
    expect(headers.slice(0, 3)).toEqual(['Report', 'Header fields', 'Executive Summary']);
    const rows = [...table.querySelectorAll('tbody tr')] as HTMLTableRowElement[];
    // Each report by its file name; the path as given only as the link's tooltip.
    const names = rows.map((row) => row.querySelector('th[scope="row"]'));
    expect(names.map((th) => th?.textContent)).toEqual(
      [hostileName, defective, garbage].map((f) => basename(f)),
    );
    expect(names.map((th) => th?.querySelector('a')?.getAttribute('title'))).toEqual([
      hostileName,
      defective,
      garbage,
    ]);
    const riskColumn = headers.indexOf('Risk');
    const riskCell = rows[1]?.cells[riskColumn] as HTMLTableCellElement;
    expect(riskCell.textContent).toContain('Missing');
    const link = riskCell.querySelector('a')?.getAttribute('href') ?? '';
    expect(doc.getElementById(link.slice(1))?.textContent).toBe('Risk');
    expect(rows[2]?.textContent).toContain('Could not be checked');
  });
});

describe('other commands', () => {
  it('lists the built-in templates', () => {
    const run = council(['templates']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/maidstone-2018\s+Maidstone Borough Council committee report \(2018\)/);
    const json = JSON.parse(council(['templates', '--json']).stdout) as Array<{
      id: string;
      sections: string[];
    }>;
    expect(json.map((t) => t.id)).toEqual(expect.arrayContaining(['maidstone-2018', 'maidstone-2019']));
    expect(json[0]?.sections).toHaveLength(9);
  });

  it('shows help and the version', () => {
    const help = council(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('council-report check <file.docx>...');
    const version = council(['--version']);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(version.stdout.trim()).toBe(pkg.version);
  });

  it('says how to build the CLI when the build is missing', () => {
    const bare = mkdtempSync(join(tmpdir(), 'council-report-bare-'));
    try {
      const shim = join(bare, 'bin', 'council-report.js');
      mkdirSync(join(bare, 'bin'));
      copyFileSync(join(ROOT, 'bin', 'council-report.js'), shim);
      const run = spawnSync(process.execPath, [shim, '--help'], { encoding: 'utf8' });
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('Run npm install (it builds the CLI)');
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  });
});
