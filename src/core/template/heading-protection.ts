/**
 * Protecting section headings: each heading the check found is wrapped in a content control
 * tagged `cr:heading:<section id>` that cannot be deleted, so a heading is not lost to a careless
 * select-and-delete. Tags, not positions, identify the controls, so they survive edits.
 */
import type { ParagraphToProtect } from '../report/host';
import type { ReportSnapshot } from '../report/snapshot';
import { layoutSections } from './sections';
import type { TemplateSpec } from './spec';

export const HEADING_TAG_PREFIX = 'cr:heading:';

export function headingTag(sectionId: string): string {
  return `${HEADING_TAG_PREFIX}${sectionId}`;
}

/** The section headings found in the report, as paragraphs to protect. */
export function headingsToProtect(snapshot: ReportSnapshot, template: TemplateSpec): ParagraphToProtect[] {
  return layoutSections(snapshot, template).headings.map((heading) => ({
    paragraph: heading.paragraph,
    text: snapshot.paragraphs[heading.paragraph]?.text ?? heading.text,
    tag: headingTag(heading.section.id),
    title: heading.section.title,
  }));
}

/** How many of the report's content controls are heading protections. */
export function protectedHeadingCount(snapshot: ReportSnapshot): number {
  return snapshot.contentControls.filter((control) => control.tag?.startsWith(HEADING_TAG_PREFIX)).length;
}
