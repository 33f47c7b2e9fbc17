/** Where a new region goes in the report, and the table and figure numbers it takes there. */
import { ReportError } from '../../core/errors';
import type { RegionContent } from '../../core/content/blocks';
import type { FigureChange } from '../../core/live';
import {
  captionsAfterUpdate,
  newCaptionAt,
  typedCaptionAdvice,
  type CaptionLabel,
} from '../../core/report/captions';
import type { RegionPlace } from '../../core/report/host';
import type { ContentControl, ReportSnapshot } from '../../core/report/snapshot';
import { readFrontMatter } from '../../core/template/front-matter';
import { layoutSections } from '../../core/template/sections';
import type { TemplateSpec } from '../../core/template/spec';
import type { InsertWhere } from './options';

/** The table and figure numbers a region's captions take, and whether their fields reset. */
export interface CaptionNumbers {
  tableNumber: number;
  figureNumber: number;
  tableRestart?: boolean;
  figureRestart?: boolean;
}

/**
 * The numbers for a region's captions before `paragraph`, and what to tell the author about
 * typed captions around it, for tables and for figures (null when all is well).
 */
export function captionNumbersAt(
  snapshot: ReportSnapshot,
  paragraph: number | null,
): CaptionNumbers & { advice: Record<CaptionLabel, string | null> } {
  const table = newCaptionAt(snapshot, 'Table', paragraph);
  const figure = newCaptionAt(snapshot, 'Figure', paragraph);
  return {
    tableNumber: table.number,
    figureNumber: figure.number,
    tableRestart: table.restart,
    figureRestart: figure.restart,
    advice: { Table: typedCaptionAdvice('Table', table), Figure: typedCaptionAdvice('Figure', figure) },
  };
}

/**
 * The region's caption when its field is not numbered as it should be now (a \\r reset it no
 * longer needs, or one it now needs, after captions were added or typed above), as a change for
 * the refresh to write; null when it is right or the snapshot cannot tell. Region text ignores
 * caption numbers, so without this a refresh would leave the number wrong.
 */
export function captionNumberChange(
  snapshot: ReportSnapshot,
  control: ContentControl,
  content: RegionContent,
): FigureChange | null {
  if (!snapshot.fieldsRead) return null;
  const block = content.blocks.find((b) => b.kind === 'caption');
  if (block?.kind !== 'caption') return null;
  const paragraph = snapshot.paragraphs
    .slice(control.firstParagraph, control.lastParagraph + 1)
    .find((p) => p.text.startsWith(`${block.label} `));
  if (!paragraph?.seq) return null;
  const wanted = block.restart ? block.number : null;
  if (paragraph.seq.reset === wanted) return null;
  const shown = captionsAfterUpdate(snapshot)?.find((c) => c.paragraph === paragraph.index)?.number;
  return {
    where: `${block.label} caption`,
    from: shown === undefined ? 'numbered before' : `${block.label} ${shown}`,
    to: `${block.label} ${block.number}`,
  };
}

/** The advice for the kinds of caption a region's content has. */
export function captionAdviceFor(
  content: RegionContent,
  advice: Record<CaptionLabel, string | null>,
): string[] {
  const labels = new Set(content.blocks.flatMap((block) => (block.kind === 'caption' ? [block.label] : [])));
  return [...labels].flatMap((label) => advice[label] ?? []);
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
