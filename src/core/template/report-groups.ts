import type { CheckResult, Finding, RuleId, SectionStatus } from './finding';

/**
 * How a report's findings are grouped (CLI, agenda page, task pane checklist): the front matter's
 * header fields first, then each part the checker lists in `sections` (the executive summary,
 * recommendations and timetable, then each numbered section), then findings about the whole
 * report (comments, live regions, accessibility).
 */

// Before section 1 the parts the checker lists (executive summary, ...) have rows of their own;
// this group is what remains: the header fields (and anything else before section 1).
export const FRONT_MATTER = { id: 'front-matter', title: 'Header fields' } as const;
export const WHOLE_REPORT = { id: 'whole-report', title: 'Whole report' } as const;

/** Rules about the document as a whole: with no section, they are not about the front matter. */
const WHOLE_REPORT_RULES: ReadonlySet<RuleId> = new Set<RuleId>([
  'comments-unresolved',
  'live-region-stale',
  'live-region-orphaned',
  'live-region-edited',
  'alt-text-missing',
  'table-header-missing',
  'caption-number-repeated',
]);

export interface FindingGroup {
  id: string;
  title: string;
  findings: Finding[];
}

/** Id of the group a finding belongs to: a numbered section, the front matter or the whole report. */
export function groupIdOf(finding: Finding, result: CheckResult): string {
  if (finding.section !== null && result.sections.some((section) => section.id === finding.section)) {
    return finding.section;
  }
  if (finding.section === null && WHOLE_REPORT_RULES.has(finding.rule)) return WHOLE_REPORT.id;
  return FRONT_MATTER.id;
}

/** Findings grouped front matter first, then sections in template order, then the whole report. */
export function findingsBySection(result: CheckResult): FindingGroup[] {
  const groups: FindingGroup[] = [
    { ...FRONT_MATTER, findings: [] },
    ...result.sections
      .filter((section) => section.id !== FRONT_MATTER.id)
      .map((section) => ({ id: section.id, title: section.title, findings: [] as Finding[] })),
    { ...WHOLE_REPORT, findings: [] },
  ];
  const byId = new Map(groups.map((group) => [group.id, group]));
  for (const finding of result.findings) byId.get(groupIdOf(finding, result))?.findings.push(finding);
  return groups.filter((group) => group.findings.length > 0);
}

/**
 * The front matter's status. A checker that reports the front matter as a section of its own is
 * believed; otherwise it is incomplete when any finding (error or warning) is about it.
 */
export function frontMatterStatus(result: CheckResult): SectionStatus {
  const reported = result.sections.find((section) => section.id === FRONT_MATTER.id);
  if (reported) return reported.status;
  const concerns = result.findings.some(
    (finding) => finding.severity !== 'info' && groupIdOf(finding, result) === FRONT_MATTER.id,
  );
  return concerns ? 'incomplete' : 'complete';
}
