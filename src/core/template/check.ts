/**
 * Checking a report against its template: pure and synchronous, so the task pane, the CLI and the
 * tests get the same answer from the same snapshot.
 *
 * Each rule module reports drafts; the template decides which rules run and their severity (a
 * rule it does not list does not run). Findings come back in the order of the report: by
 * paragraph, and something absent where it should have been.
 */
import { openThreads } from '../consultation/dispositions';
import type { ReportSnapshot } from '../report/snapshot';
import { buildContext, type CheckContext, type FindingDraft, type Rule } from './context';
import {
  RULE_IDS,
  type RuleId,
  type CheckOptions,
  type CheckResult,
  type Finding,
  type SectionResult,
  type Severity,
} from './finding';
import { accessibilityRules } from './rules/accessibility';
import { captionRules } from './rules/captions';
import { commentsRule } from './rules/comments';
import { crossCuttingRules } from './rules/cross-cutting';
import { headerFieldRules } from './rules/header-fields';
import { liveRegionRules } from './rules/live-regions';
import { numberingRules } from './rules/numbering';
import { optionsRules } from './rules/options';
import { placeholderRule } from './rules/placeholders';
import { recommendationsRule } from './rules/recommendations';
import { sectionRules } from './rules/sections';
import { timetableRule } from './rules/timetable';
import type { TemplateSpec } from './spec';

const RULES: readonly Rule[] = [
  sectionRules,
  headerFieldRules,
  recommendationsRule,
  timetableRule,
  numberingRules,
  optionsRules,
  crossCuttingRules,
  placeholderRule,
  commentsRule,
  liveRegionRules,
  accessibilityRules,
  captionRules,
];

export function checkSnapshot(
  snapshot: ReportSnapshot,
  template: TemplateSpec,
  options: CheckOptions = {},
): CheckResult {
  const context = buildContext(snapshot, template, options);
  const severityOf = (draft: FindingDraft): Severity | undefined => {
    const severity = template.rules[draft.rule];
    // Before committee an open comment blocks the report.
    return severity && draft.rule === 'comments-unresolved' && options.final ? 'error' : severity;
  };

  const findings: Finding[] = [];
  for (const rule of RULES) {
    if (!rule.ids.some((id) => template.rules[id] !== undefined)) continue;
    for (const draft of rule.run(context)) {
      const severity = severityOf(draft);
      if (severity) findings.push({ ...draft, severity });
    }
  }
  sortFindings(findings, context);

  const sections = sectionResults(context, findings);
  const optional = new Set(template.sections.filter((section) => !section.required).map((s) => s.id));
  const complete =
    sections.every(
      (section) =>
        section.status === 'complete' || (section.status === 'missing' && optional.has(section.id)),
    ) && !findings.some((finding) => finding.severity === 'error');

  return {
    template: template.id,
    complete,
    sections,
    findings,
    comments: {
      total: snapshot.comments.length,
      unresolved: openThreads(snapshot.comments, options.dispositions).length,
    },
  };
}

/**
 * Report order. A finding about a paragraph sits at that paragraph; a missing section sits where
 * it should have been (at the end of the section before it in the template, or before the first
 * section); something absent from a present section sits at the end of that section; something
 * absent from the front matter comes first.
 */
function sortFindings(findings: Finding[], context: CheckContext): void {
  const { layout, template } = context;
  const position = (finding: Finding): number => {
    if (finding.paragraph !== null) return finding.paragraph;
    if (finding.section === null) return -1;
    const body = layout.bodies.get(finding.section);
    if (body) return body.end - 0.5;
    const index = template.sections.findIndex((section) => section.id === finding.section);
    const before = template.sections
      .slice(0, Math.max(0, index))
      .reverse()
      .find((section) => layout.bodies.has(section.id));
    return (before ? layout.bodies.get(before.id)!.end : layout.frontMatterEnd) - 0.25;
  };
  const sectionOrder = (finding: Finding): number =>
    finding.section === null ? -1 : template.sections.findIndex((section) => section.id === finding.section);
  const keyed = findings.map((finding, i) => ({ finding, i, at: position(finding) }));
  keyed.sort(
    (a, b) =>
      a.at - b.at ||
      sectionOrder(a.finding) - sectionOrder(b.finding) ||
      RULE_IDS.indexOf(a.finding.rule) - RULE_IDS.indexOf(b.finding.rule) ||
      a.i - b.i,
  );
  keyed.forEach(({ finding }, i) => (findings[i] = finding));
}

/** Rules that say a front-matter part itself is incomplete (the others are about what is in it). */
const PART_RULES: ReadonlySet<RuleId> = new Set<RuleId>([
  'header-field-missing',
  'header-field-empty',
  'recommendations-missing',
  'timetable-incomplete',
]);

/**
 * The executive summary, recommendations and timetable (those the template has), then the
 * numbered sections: each complete, incomplete or missing, with its heading as written.
 */
function sectionResults(context: CheckContext, findings: Finding[]): SectionResult[] {
  const { template } = context;
  const parts: { id: string; title: string }[] = [];
  if (template.frontMatter.executiveSummary)
    parts.push({ id: 'executive-summary', title: template.frontMatter.executiveSummary.title });
  if (template.frontMatter.recommendations) parts.push({ id: 'recommendations', title: 'Recommendations' });
  if (template.frontMatter.timetable)
    parts.push({ id: 'timetable', title: template.frontMatter.timetable.title });
  const frontMatter = parts.map(({ id, title }): SectionResult => {
    const part = context.frontMatter.parts.find((p) => p.id === id);
    const about = findings.filter((finding) => finding.section === id);
    // A missing part is reported by its rule without a paragraph: nothing to point at.
    if (!part) return { id, title, status: 'missing', heading: null, paragraph: null, number: null };
    const incomplete = about.some((finding) => finding.severity === 'error' || PART_RULES.has(finding.rule));
    return {
      id,
      title,
      status: incomplete ? 'incomplete' : 'complete',
      heading: part.heading,
      paragraph: part.paragraph,
      number: null,
    };
  });
  const sections = template.sections.map((section): SectionResult => {
    const body = context.layout.bodies.get(section.id);
    if (!body)
      return {
        id: section.id,
        title: section.title,
        status: 'missing',
        heading: null,
        paragraph: null,
        number: section.number,
      };
    const incomplete = findings.some(
      (finding) =>
        finding.section === section.id && (finding.severity === 'error' || finding.rule === 'section-empty'),
    );
    return {
      id: section.id,
      title: section.title,
      status: incomplete ? 'incomplete' : 'complete',
      heading: body.heading.text,
      paragraph: body.heading.paragraph,
      number: section.number,
    };
  });
  return [...frontMatter, ...sections];
}
