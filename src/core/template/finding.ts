import type { DispositionRecord } from '../state/consultation-record';

/** Rule ids are part of the public interface (CLI JSON, docs): never rename one. */
export const RULE_IDS = [
  'section-missing',
  'section-order',
  'section-empty',
  'header-field-missing',
  'header-field-empty',
  'recommendations-missing',
  'timetable-incomplete',
  'numbering-duplicate',
  'numbering-out-of-order',
  'numbering-gap',
  'paragraph-unnumbered',
  'options-too-few',
  'options-no-do-nothing',
  'crosscutting-row-missing',
  'crosscutting-implication-empty',
  'crosscutting-signoff-empty',
  'placeholder-text',
  'comments-unresolved',
  'live-region-stale',
  'live-region-orphaned',
  'live-region-edited',
  'alt-text-missing',
  'table-header-missing',
  'caption-number-repeated',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** Template section id the finding is about; null for the whole document or front matter outside any section. */
  section: string | null;
  /** Sentence an officer understands, saying what is wrong and what to do. */
  message: string;
  /** 0-based paragraph index in the snapshot; null when the finding is about something absent. */
  paragraph: number | null;
  /** Up to ~80 characters of the paragraph's text. */
  excerpt: string | null;
  /** Paragraph number for numbering rules, e.g. "1.4". */
  number: string | null;
  /** Implications-table row (its Issue text as the template names it) for cross-cutting rules. */
  row: string | null;
}

export type SectionStatus = 'complete' | 'incomplete' | 'missing';

/**
 * A part of the report checked as a whole: the front-matter parts (executive-summary,
 * recommendations, timetable) first, then the template's numbered sections in order.
 */
export interface SectionResult {
  id: string;
  title: string;
  status: SectionStatus;
  /** The heading as written in the report; null when missing. */
  heading: string | null;
  /** Paragraph index of the heading; null when missing. */
  paragraph: number | null;
  /** The template's section number; null (or absent) for the front-matter parts. */
  number?: number | null;
}

export interface CheckResult {
  template: string;
  /** True when no section is missing or incomplete and there is no error-severity finding. */
  complete: boolean;
  sections: SectionResult[];
  findings: Finding[];
  comments: { total: number; unresolved: number };
}

export interface CheckOptions {
  /** Final mode, before committee: open consultation comments become errors. */
  final?: boolean;
  /**
   * Dispositions recorded in the report's state part: a comment with one has been answered, so
   * it is not open even when Word still shows it unresolved.
   */
  dispositions?: readonly DispositionRecord[];
  /**
   * What tells a live region is stale (see rules/live-regions.ts): the latest month of the
   * author's data source, and/or the time now with the age after which a refresh is due.
   */
  live?: { latestMonth?: string | null; now?: Date; maxAgeDays?: number };
}
