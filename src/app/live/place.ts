/** Where a new region goes in the report, and the table and figure numbers it takes there. */
import { ReportError } from '../../core/errors';
import type { RegionPlace } from '../../core/report/host';
import type { ReportSnapshot } from '../../core/report/snapshot';
import { readFrontMatter } from '../../core/template/front-matter';
import { layoutSections } from '../../core/template/sections';
import type { TemplateSpec } from '../../core/template/spec';
import type { InsertWhere } from './options';

/** Paragraphs above `paragraph` that are table captions: this region's table is the next one. */
export function tableNumberAt(snapshot: ReportSnapshot, paragraph: number | null): number {
  const end = paragraph ?? snapshot.paragraphs.length;
  let n = 0;
  for (const p of snapshot.paragraphs.slice(0, end)) if (/^Table \d+:/.test(p.text)) n++;
  return n + 1;
}

export function figureNumberAt(snapshot: ReportSnapshot, paragraph: number | null): number {
  const end = paragraph ?? snapshot.paragraphs.length;
  let n = 0;
  for (const p of snapshot.paragraphs.slice(0, end)) if (/^Figure \d+:/.test(p.text)) n++;
  return n + 1;
}

export function resolvePlace(
  snapshot: ReportSnapshot,
  where: InsertWhere,
): { place: RegionPlace; before: number | null } {
  if (!('section' in where)) {
    if ('atSelection' in where) return { place: where, before: null };
    const before = where.location === 'Before' ? where.anchor.paragraph : where.anchor.paragraph + 1;
    return { place: where, before };
  }
  const layout = layoutSections(snapshot, where.template);
  const body =
    layout.bodies.get(where.section) ?? frontMatterPart(snapshot, where.template, layout, where.section);
  if (!body) {
    const title =
      where.template.sections.find((s) => s.id === where.section)?.title ??
      (FRONT_MATTER_PART_IDS.includes(where.section) ? partTitle(where.template, where.section) : null);
    const ids = [...FRONT_MATTER_PART_IDS, ...where.template.sections.map((s) => s.id)];
    throw new ReportError(
      'live-section-missing',
      title !== null
        ? `The report has no "${title}" section to put the element in; insert the section first.`
        : `The template ${where.template.id} has no section "${where.section}". Sections: ${ids.join(', ')}.`,
    );
  }
  const last = body.end - 1;
  const paragraph = snapshot.paragraphs[last];
  return {
    place: { anchor: { paragraph: last, text: paragraph?.text ?? '' }, location: 'After' },
    before: body.end,
  };
}

const FRONT_MATTER_PART_IDS: readonly string[] = ['executive-summary', 'recommendations', 'timetable'];

/** The executive summary, recommendations or timetable, as a section to insert at the end of. */
function frontMatterPart(
  snapshot: ReportSnapshot,
  template: TemplateSpec,
  layout: ReturnType<typeof layoutSections>,
  id: string,
): { end: number } | undefined {
  if (!FRONT_MATTER_PART_IDS.includes(id)) return undefined;
  return readFrontMatter(snapshot, template, layout).parts.find((part) => part.id === id);
}

function partTitle(template: TemplateSpec, id: string): string {
  if (id === 'executive-summary') return template.frontMatter.executiveSummary?.title ?? 'Executive Summary';
  if (id === 'timetable') return template.frontMatter.timetable?.title ?? 'Timetable';
  return 'Recommendations';
}
