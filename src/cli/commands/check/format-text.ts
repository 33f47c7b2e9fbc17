import type { Finding, SectionStatus, Severity } from '../../../core/template/finding';
import {
  countBySeverity,
  describeCounts,
  isChecked,
  isUnreadable,
  type CheckedReport,
  type ReportOutcome,
} from './outcome';
import { FRONT_MATTER, findingsBySection, frontMatterStatus } from '../../../core/template/report-groups';

/**
 * The human checklist: per report, each section with a mark and a word (the word is what screen
 * readers and log files keep), then the findings grouped by section, then a count line.
 */

export interface TextOptions {
  /** ANSI colour: only for a terminal, and never when NO_COLOR is set. */
  colour: boolean;
}

const MARKS: Readonly<Record<SectionStatus, string>> = { complete: '✓', incomplete: '!', missing: '✗' };

type Paint = (text: string, code: string) => string;
const GREEN = '32';
const YELLOW = '33';
const RED = '31';
const CYAN = '36';
const BOLD = '1';
const DIM = '2';

const STATUS_COLOUR: Readonly<Record<SectionStatus, string>> = {
  complete: GREEN,
  incomplete: YELLOW,
  missing: RED,
};
const SEVERITY_COLOUR: Readonly<Record<Severity, string>> = { error: RED, warning: YELLOW, info: CYAN };

export function formatText(outcomes: readonly ReportOutcome[], options: TextOptions): string {
  const paint: Paint = options.colour ? (text, code) => `\u001b[${code}m${text}\u001b[0m` : (text) => text;
  const blocks = outcomes.filter(isChecked).map((report) => checklist(report, paint));
  if (outcomes.length > 1) blocks.push(batchSummary(outcomes));
  return blocks.length === 0 ? '' : blocks.join('\n\n') + '\n';
}

function checklist(report: CheckedReport, paint: Paint): string {
  const { result } = report;
  const counts = countBySeverity(result);
  const lines: string[] = [];
  lines.push(paint(clean(report.file), BOLD));
  lines.push(`Template: ${clean(report.templateName)} (${clean(result.template)})`);
  const verdict = result.complete
    ? paint('complete', GREEN)
    : paint('not complete', counts.error > 0 ? RED : YELLOW);
  lines.push(`Result: ${verdict}`);

  lines.push('', 'Sections');
  const rows: Array<{ title: string; status: SectionStatus; heading: string | null }> = [
    { title: FRONT_MATTER.title, status: frontMatterStatus(result), heading: null },
    ...result.sections.filter((section) => section.id !== FRONT_MATTER.id),
  ];
  for (const row of rows) {
    const mark = paint(`${MARKS[row.status]} ${row.status.padEnd(10)}`, STATUS_COLOUR[row.status]);
    const heading =
      row.heading !== null && row.heading.trim() !== ''
        ? paint(`  (heading "${clean(row.heading)}")`, DIM)
        : '';
    lines.push(`  ${mark}  ${clean(row.title)}${heading}`);
  }

  const groups = findingsBySection(result);
  if (groups.length > 0) {
    lines.push('', 'Findings');
    for (const group of groups) {
      lines.push(`  ${clean(group.title)}`);
      for (const finding of group.findings) lines.push(...findingLines(finding, paint));
    }
  } else {
    lines.push('', 'Findings: none');
  }

  lines.push('', `Comments: ${result.comments.total} in total, ${result.comments.unresolved} unresolved`);
  lines.push(paint(describeCounts(counts), BOLD));
  return lines.join('\n');
}

function findingLines(finding: Finding, paint: Paint): string[] {
  const where: string[] = [];
  if (finding.paragraph !== null) where.push(`paragraph ${finding.paragraph + 1}`);
  if (finding.number !== null) where.push(`number ${clean(finding.number)}`);
  if (finding.row !== null) where.push(`row "${clean(finding.row)}"`);
  const label = paint(finding.severity.padEnd(8), SEVERITY_COLOUR[finding.severity]);
  const head = [label, ...where, paint(`[${finding.rule}]`, DIM)].join('  ');
  const indent = ' '.repeat(4 + 8 + 2);
  const lines = [`    ${head}`, `${indent}${clean(finding.message)}`];
  if (finding.excerpt !== null && finding.excerpt.trim() !== '') {
    lines.push(`${indent}${paint(`"${clean(finding.excerpt)}"`, DIM)}`);
  }
  return lines;
}

function batchSummary(outcomes: readonly ReportOutcome[]): string {
  const checked = outcomes.filter(isChecked);
  const withErrors = checked.filter((report) => countBySeverity(report.result).error > 0).length;
  const unreadable = outcomes.filter(isUnreadable);
  const parts = [`${checked.length - withErrors} without errors`, `${withErrors} with errors`];
  if (unreadable.length > 0) parts.push(`${unreadable.length} could not be checked`);
  const lines = [`Checked ${outcomes.length} reports: ${parts.join(', ')}.`];
  if (unreadable.length > 0) {
    lines.push(`Could not be checked: ${unreadable.map((outcome) => clean(outcome.file)).join(', ')}`);
  }
  return lines.join('\n');
}

/**
 * Text from a document, made safe for a terminal: control characters (which could move the cursor
 * or recolour the screen) become spaces, and breaks and tabs become single spaces.
 */
export function clean(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ')
      // Bidi embeddings, overrides and isolates would let a comment reorder the line around it
      // ("Trojan Source"); right-to-left names display correctly without them.
      .replace(/[\u202a-\u202e\u2066-\u2069]/g, '')
  );
}
