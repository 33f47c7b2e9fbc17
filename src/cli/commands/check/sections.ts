import type { CheckResult } from '../../../core/template/finding';

import { FRONT_MATTER } from '../../../core/template/report-groups';

// The grouping is shared with the task pane's checklist, so it lives in core.
export {
  FRONT_MATTER,
  WHOLE_REPORT,
  findingsBySection,
  frontMatterStatus,
  groupIdOf,
  type FindingGroup,
} from '../../../core/template/report-groups';

export interface SectionColumn {
  id: string;
  title: string;
}

/**
 * Columns for several reports: the union of their template sections, each template's order kept.
 * A section only one template has goes just after the section it follows in that template.
 */
export function sectionColumns(results: readonly CheckResult[]): SectionColumn[] {
  const columns: SectionColumn[] = [];
  for (const result of results) {
    let insertAt = 0;
    for (const section of result.sections) {
      if (section.id === FRONT_MATTER.id) continue;
      const at = columns.findIndex((column) => column.id === section.id);
      if (at >= 0) {
        insertAt = at + 1;
      } else {
        columns.splice(insertAt, 0, { id: section.id, title: section.title });
        insertAt++;
      }
    }
  }
  return columns;
}
