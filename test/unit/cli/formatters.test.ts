import { formatJson, toJsonReports } from '../../../src/cli/commands/check/format-json';
import { clean, formatText } from '../../../src/cli/commands/check/format-text';
import { exitCodeFor, type ReportOutcome } from '../../../src/cli/commands/check/outcome';
import {
  findingsBySection,
  frontMatterStatus,
  sectionColumns,
} from '../../../src/cli/commands/check/sections';
import { checked, cleanReport, finding, reportWithProblems, section } from './sample-results';

const unreadable: ReportOutcome = {
  file: 'broken.docx',
  error: { code: 'docx-corrupt', message: '"broken.docx" is not a Word document.' },
};

describe('JSON output', () => {
  it('keeps the public shape: paragraphs 1-based, sections without internal fields, bad files as errors', () => {
    const json = toJsonReports([checked('report.docx', reportWithProblems()), unreadable]);
    expect(json).toHaveLength(2);
    const [report, bad] = json;
    expect(Object.keys(report as object)).toEqual([
      'file',
      'template',
      'complete',
      'sections',
      'findings',
      'comments',
    ]);
    expect(report).toMatchObject({ file: 'report.docx', template: 'maidstone-2019', complete: false });
    expect((report as { sections: unknown[] }).sections[0]).toEqual({
      id: 'introduction-background',
      title: 'Introduction and Background',
      number: 1,
      status: 'complete',
      heading: '1. INTRODUCTION AND BACKGROUND',
    });
    expect((report as { findings: unknown[] }).findings).toContainEqual({
      rule: 'numbering-duplicate',
      severity: 'warning',
      section: 'introduction-background',
      message: 'Paragraph number 1.4 is used twice.',
      paragraph: 17,
      excerpt: '1.4 Our priorities for this year...',
      number: '1.4',
      row: null,
    });
    expect((report as { comments: unknown }).comments).toEqual({ total: 5, unresolved: 3 });
    expect(bad).toEqual({
      file: 'broken.docx',
      error: { code: 'docx-corrupt', message: '"broken.docx" is not a Word document.' },
    });
  });

  it('prints an array even for one file', () => {
    expect(JSON.parse(formatJson([checked('a.docx', cleanReport())]))).toHaveLength(1);
  });
});

describe('exit codes', () => {
  it('is 0 with only warnings, 1 with an error finding, 2 when any file could not be checked', () => {
    const warningsOnly = cleanReport();
    warningsOnly.findings = [finding({ rule: 'comments-unresolved', severity: 'warning' })];
    expect(exitCodeFor([checked('a.docx', warningsOnly)])).toBe(0);
    expect(exitCodeFor([checked('a.docx', warningsOnly), checked('b.docx', reportWithProblems())])).toBe(1);
    expect(exitCodeFor([checked('b.docx', reportWithProblems()), unreadable])).toBe(2);
  });
});

describe('grouping by section', () => {
  it('puts header-field findings in the front matter and comments under the whole report', () => {
    const groups = findingsBySection(reportWithProblems());
    expect(groups.map((group) => group.id)).toEqual([
      'front-matter',
      'introduction-background',
      'risk',
      'next-steps',
      'whole-report',
    ]);
    expect(groups[0]?.findings.map((f) => f.rule)).toEqual(['header-field-empty']);
    expect(groups[4]?.findings.map((f) => f.rule)).toEqual(['comments-unresolved']);
  });

  it('calls the front matter incomplete when a finding is about it, complete otherwise', () => {
    expect(frontMatterStatus(reportWithProblems())).toBe('incomplete');
    expect(frontMatterStatus(cleanReport())).toBe('complete');
  });

  it('makes columns the union of templates, each keeping its order', () => {
    const older = cleanReport('maidstone-2018');
    older.sections = [
      section('a', 'A', 'complete'),
      section('b', 'B', 'complete'),
      section('d', 'D', 'complete'),
    ];
    const newer = cleanReport('council-b');
    newer.sections = [
      section('a', 'A', 'complete'),
      section('c', 'C', 'complete'),
      section('d', 'D', 'complete'),
      section('e', 'E', 'missing'),
    ];
    expect(sectionColumns([older, newer]).map((column) => column.id)).toEqual(['a', 'c', 'b', 'd', 'e']);
  });
});

describe('text checklist', () => {
  const text = formatText([checked('report.docx', reportWithProblems())], { colour: false });

  it('names the file and template and marks each section with a symbol and a word', () => {
    expect(text).toContain('report.docx');
    expect(text).toContain('Template: Maidstone Borough Council committee report (2019) (maidstone-2019)');
    expect(text).toMatch(/✓ complete\s+Introduction and Background/);
    expect(text).toMatch(/✗ missing\s+Risk/);
    expect(text).toMatch(/! incomplete\s+Next Steps/);
    expect(text).toMatch(/! incomplete\s+Header fields/);
  });

  it('lists findings by section with severity, 1-based paragraph, number and excerpt', () => {
    const findings = text.slice(text.indexOf('Findings'));
    expect(findings).toMatch(
      /Introduction and Background\n\s+warning\s+paragraph 17\s+number 1\.4\s+\[numbering-duplicate\]\n\s+Paragraph number 1\.4 is used twice\.\n\s+"1\.4 Our priorities for this year\.\.\."/,
    );
    expect(findings.indexOf('Header fields')).toBeLessThan(findings.indexOf('Introduction and Background'));
    expect(findings.indexOf('Whole report')).toBeGreaterThan(findings.indexOf('Next Steps'));
  });

  it('ends with the counts', () => {
    expect(text.trimEnd().split('\n').pop()).toBe('3 errors, 2 warnings');
    expect(text).toContain('Comments: 5 in total, 3 unresolved');
  });

  it('has no colour codes unless asked, and colours when asked', () => {
    expect(text).not.toContain('\u001b[');
    expect(formatText([checked('report.docx', reportWithProblems())], { colour: true })).toContain(
      '\u001b[31m',
    );
  });

  it('summarises a batch and names the files it could not check', () => {
    const batch = formatText(
      [checked('a.docx', cleanReport()), checked('b.docx', reportWithProblems()), unreadable],
      {
        colour: false,
      },
    );
    expect(batch).toContain('Checked 3 reports: 1 without errors, 1 with errors, 1 could not be checked.');
    expect(batch).toContain('Could not be checked: broken.docx');
  });

  it('keeps terminal control characters in a document from reaching the screen', () => {
    expect(clean('Risk\u001b[2J\nnext\tcell')).toBe('Risk [2J next cell');
    const hostile = reportWithProblems();
    hostile.findings = [finding({ rule: 'placeholder-text', excerpt: 'evil \u001b]0;title\u0007 text' })];
    const text = formatText([checked('x.docx', hostile)], { colour: false });
    expect(text).not.toContain('\u0007');
    expect(text).not.toContain('\u001b');
  });
});
