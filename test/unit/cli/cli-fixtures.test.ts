/**
 * @jest-environment jsdom
 */
// The real built CLI on real .docx files: the Strategic Assessment fixtures, whose expected findings
// are listed in test/fixtures/reports/README.md, and the Word-made files. jsdom gives a DOMParser.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import type { JsonCheckedReport, JsonUnreadableReport } from '../../../src/cli/commands/check/format-json';
import {
  asChecked,
  checkedJson,
  council,
  docxFilesUnder,
  ensureBuilt,
  paragraphNumber,
  ROOT,
} from './cli-run';

let folder: string;

beforeAll(() => {
  ensureBuilt();
  folder = mkdtempSync(join(tmpdir(), 'council-report-fixtures-'));
});

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe('the Strategic Assessment fixtures (expected findings in test/fixtures/reports/README.md)', () => {
  const reports = join(ROOT, 'test', 'fixtures', 'reports');
  const complete = join(reports, 'strategic-assessment-complete.docx');
  const problems = join(reports, 'strategic-assessment-problems.docx');
  const outline = join(reports, 'strategic-assessment-outline.docx');
  const summary = (report: JsonCheckedReport): string[] =>
    report.findings.map((f) => [f.rule, f.severity, f.section ?? '-', f.number ?? f.row ?? '-'].join(' '));

  it('the complete report passes against both templates', () => {
    for (const template of ['maidstone-2019', 'maidstone-2018']) {
      const run = council(['check', complete, '--template', template, '--json']);
      expect(run.status).toBe(0);
      const report = asChecked(checkedJson(run)[0]);
      expect(report).toMatchObject({ template, complete: true, findings: [] });
      expect(report.sections.every((s) => s.status === 'complete')).toBe(true);
    }
  });

  it('the report with problems fails with exactly the twelve findings, paragraphs counted from 1', () => {
    const run = council(['check', problems, '--json']);
    expect(run.status).toBe(1);
    const report = asChecked(checkedJson(run)[0]);
    expect(summary(report)).toEqual([
      'timetable-incomplete warning timetable -',
      'alt-text-missing warning introduction-background -',
      'numbering-duplicate warning introduction-background 1.4',
      'options-too-few warning available-options -',
      'options-no-do-nothing warning available-options -',
      'numbering-gap warning preferred-option 3.3',
      'section-missing error risk -',
      'section-order error next-steps -',
      'placeholder-text error next-steps -',
      'comments-unresolved warning consultation -',
      'crosscutting-implication-empty error cross-cutting Staffing',
      'crosscutting-row-missing error cross-cutting Procurement',
    ]);
    expect(report.findings[2]?.paragraph).toBe(paragraphNumber(problems, '1.4', 2));
    expect(report.comments).toEqual({ total: 1, unresolved: 1 });
    expect(Object.fromEntries(report.sections.map((s) => [s.id, s.status]))).toMatchObject({
      risk: 'missing',
      'next-steps': 'incomplete',
      'cross-cutting': 'incomplete',
      consultation: 'complete',
      timetable: 'incomplete',
      'executive-summary': 'complete',
    });
    const final = asChecked(checkedJson(council(['check', problems, '--json', '--final']))[0]);
    expect(final.findings.find((f) => f.rule === 'comments-unresolved')?.severity).toBe('error');
  });

  it('the outline report: warnings only against 2018 (exit 0), a missing Public Health row against 2019 (exit 1)', () => {
    const older = council(['check', outline, '--template', 'maidstone-2018', '--json']);
    expect(older.status).toBe(0);
    expect(summary(asChecked(checkedJson(older)[0]))).toEqual([
      'table-header-missing warning timetable -',
      'paragraph-unnumbered warning risk -',
    ]);
    const newer = council(['check', outline, '--json']);
    expect(newer.status).toBe(1);
    expect(summary(asChecked(checkedJson(newer)[0])).pop()).toBe(
      'crosscutting-row-missing error cross-cutting Public Health',
    );
  });

  it('prints the checklist for the report with problems', () => {
    const run = council(['check', problems]);
    expect(run.stdout).toMatch(/✓ complete\s+Header fields/);
    expect(run.stdout).toMatch(/! incomplete\s+Timetable\s+\(heading "Timetable"\)/);
    expect(run.stdout).toMatch(/✗ missing\s+Risk/);
    expect(run.stdout).toMatch(/! incomplete\s+Next Steps/);
    expect(run.stdout).toMatch(
      /Cross-Cutting Issues and Implications\n\s+error\s+paragraph \d+\s+row "Staffing"/,
    );
    expect(run.stdout.trimEnd().split('\n').pop()).toBe('5 errors, 7 warnings');
  });

  it('puts the three versions on one agenda page', () => {
    const out = join(folder, 'fixtures-agenda.html');
    const run = council(['check', complete, problems, outline, '--format', 'html', '--out', out]);
    expect(run.status).toBe(1);
    const doc = new DOMParser().parseFromString(readFileSync(out, 'utf8'), 'text/html');
    // Columns by their full names (a short one is shown; the full one is the accessible name).
    const headers = [...doc.querySelectorAll('thead th')].map(
      (th) => th.getAttribute('aria-label') ?? th.textContent,
    );
    const rows = [...doc.querySelectorAll('tbody tr')] as HTMLTableRowElement[];
    const status = (row: number, column: string): string =>
      (rows[row]?.cells[headers.indexOf(column)]?.textContent ?? '').replace(/^[✓!✗]\s*/, '');
    // Each report by its file name, the path as given as the tooltip.
    expect(rows.map((row) => row.cells[0]?.textContent)).toEqual(
      [complete, problems, outline].map((f) => basename(f)),
    );
    expect(rows.map((row) => row.cells[0]?.querySelector('a')?.title)).toEqual([complete, problems, outline]);
    expect(headers.slice(1, 14).map((_, i) => status(0, headers[i + 1] as string))).toEqual(
      Array(13).fill('Complete'),
    );
    expect(status(1, 'Risk')).toBe('Missing');
    expect(status(1, 'Header fields')).toBe('Complete');
    expect(status(1, 'Timetable')).toBe('Incomplete');
    expect(status(1, 'Findings')).toBe('5 errors, 7 warnings');
    expect(status(2, 'Cross-Cutting Issues and Implications')).toBe('Incomplete');
  });
});

describe('real Word-made files', () => {
  const fixtures = docxFilesUnder(join(ROOT, 'test', 'fixtures', 'word-made'));

  it('reads every one of them (they are not committee reports, so they fail the check: exit 1)', () => {
    expect(fixtures.length).toBeGreaterThan(20);
    const run = council(['check', ...fixtures, '--json']);
    const reports = checkedJson(run);
    expect(reports.map((r) => r.file)).toEqual(fixtures);
    const unreadable = reports
      .filter((r) => 'error' in r)
      .map((r) => `${relative(ROOT, r.file)}: ${(r as JsonUnreadableReport).error.message}`);
    expect(unreadable).toEqual([]);
    expect(run.status).toBe(1);
    for (const report of reports as JsonCheckedReport[]) {
      // The executive summary, recommendations and timetable, then the nine sections.
      expect(report.sections).toHaveLength(12);
      for (const finding of report.findings) {
        if (finding.paragraph !== null) expect(finding.paragraph).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it('gives the checklist for a Word file with comments, counting them', () => {
    const file = fixtures.find((path) => basename(path) === 'Comment052.docx');
    expect(file).toBeDefined();
    const report = asChecked(checkedJson(council(['check', file as string, '--json']))[0]);
    expect(report.comments.total).toBeGreaterThan(0);
  });
});
