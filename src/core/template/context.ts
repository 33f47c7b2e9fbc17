/**
 * What every rule module receives: the snapshot, the template, and the report's layout found
 * once (sections, front matter, implications table) so rules do not each search the document.
 */
import type { ReportSnapshot } from '../report/snapshot';
import type { CheckOptions, Finding, RuleId } from './finding';
import { readFrontMatter, type FrontMatter } from './front-matter';
import {
  readImplicationParagraphs,
  readImplicationsTable,
  type CrossCuttingRow,
  type ImplicationsTable,
} from './implications';
import { layoutSections, type SectionLayout } from './sections';
import type { TemplateSpec } from './spec';
import { excerptOf } from './text';

export interface CheckContext {
  snapshot: ReportSnapshot;
  template: TemplateSpec;
  options: CheckOptions;
  layout: SectionLayout;
  frontMatter: FrontMatter;
  implications: ImplicationsTable | null;
  /** With no implications table: the implications written as paragraphs in their section, if so. */
  implicationParagraphs: CrossCuttingRow[] | null;
  /**
   * Where a paragraph is, as findings name it: the template section's id, or the front-matter
   * part's id (executive-summary, recommendations, timetable); null for the header fields and
   * anything else before section 1.
   */
  placeOf(paragraph: number): string | null;
}

/** A finding before the template gives it a severity. */
export type FindingDraft = Omit<Finding, 'severity'>;

/** A rule module: the rule ids it can report, and the check itself. */
export interface Rule {
  ids: readonly RuleId[];
  run(context: CheckContext): FindingDraft[];
}

export function buildContext(
  snapshot: ReportSnapshot,
  template: TemplateSpec,
  options: CheckOptions,
): CheckContext {
  const layout = layoutSections(snapshot, template);
  const frontMatter = readFrontMatter(snapshot, template, layout);
  const crossCutting = template.crossCutting;
  const implications = crossCutting ? readImplicationsTable(snapshot, crossCutting, layout) : null;
  return {
    snapshot,
    template,
    options,
    layout,
    frontMatter,
    implications,
    implicationParagraphs:
      crossCutting && !implications ? readImplicationParagraphs(snapshot, crossCutting, layout) : null,
    placeOf(paragraph: number): string | null {
      const section = layout.sectionOf(paragraph);
      if (section) return section.id;
      return frontMatter.parts.find((p) => paragraph >= p.first && paragraph < p.end)?.id ?? null;
    },
  };
}

/**
 * A finding about a paragraph (excerpt filled in; null for an empty paragraph such as one holding
 * only a picture) or about something absent (paragraph null).
 */
export function draft(
  context: CheckContext,
  rule: RuleId,
  details: {
    section: string | null;
    message: string;
    paragraph?: number | null;
    number?: string | null;
    row?: string | null;
    /** An excerpt other than the paragraph's start, e.g. around a placeholder. */
    excerpt?: string;
  },
): FindingDraft {
  const paragraph = details.paragraph ?? null;
  const text = paragraph === null ? undefined : context.snapshot.paragraphs[paragraph]?.text;
  return {
    rule,
    section: details.section,
    message: details.message,
    paragraph,
    excerpt: details.excerpt ?? (text === undefined || text.trim() === '' ? null : excerptOf(text)),
    number: details.number ?? null,
    row: details.row ?? null,
  };
}
