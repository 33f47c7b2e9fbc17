import type { RuleId, SectionStatus, Severity } from '../../../core/template/finding';
import { isUnreadable, type ReportOutcome } from './outcome';

/**
 * The CLI's JSON: a public interface that scripts depend on. One entry per file, in the order
 * given; paragraphs are 1-based, as a person counts them in Word's body order.
 */
export type JsonReport = JsonCheckedReport | JsonUnreadableReport;

export interface JsonCheckedReport {
  file: string;
  template: string;
  complete: boolean;
  sections: JsonSection[];
  findings: JsonFinding[];
  comments: { total: number; unresolved: number };
}

/** A front-matter part (executive-summary, recommendations, timetable: number null) or a numbered section. */
export interface JsonSection {
  id: string;
  title: string;
  number: number | null;
  status: SectionStatus;
  heading: string | null;
}

export interface JsonFinding {
  rule: RuleId;
  severity: Severity;
  section: string | null;
  message: string;
  /** 1-based: the 17th paragraph is 17. */
  paragraph: number | null;
  excerpt: string | null;
  number: string | null;
  row: string | null;
}

export interface JsonUnreadableReport {
  file: string;
  error: { code: string; message: string };
}

export function toJsonReports(outcomes: readonly ReportOutcome[]): JsonReport[] {
  return outcomes.map((outcome): JsonReport => {
    if (isUnreadable(outcome)) {
      return { file: outcome.file, error: { code: outcome.error.code, message: outcome.error.message } };
    }
    const { result } = outcome;
    return {
      file: outcome.file,
      template: result.template,
      complete: result.complete,
      sections: result.sections.map((section) => ({
        id: section.id,
        title: section.title,
        number: section.number ?? null,
        status: section.status,
        heading: section.heading,
      })),
      findings: result.findings.map((finding) => ({
        rule: finding.rule,
        severity: finding.severity,
        section: finding.section,
        message: finding.message,
        paragraph: finding.paragraph === null ? null : finding.paragraph + 1,
        excerpt: finding.excerpt,
        number: finding.number,
        row: finding.row,
      })),
      comments: { total: result.comments.total, unresolved: result.comments.unresolved },
    };
  });
}

export function formatJson(outcomes: readonly ReportOutcome[]): string {
  return JSON.stringify(toJsonReports(outcomes), null, 2) + '\n';
}
