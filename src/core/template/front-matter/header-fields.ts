/**
 * The header fields: usually a two-column layout table (label | value), sometimes "Label: value"
 * paragraphs, sometimes a bold label paragraph with the value in the next paragraph; all three
 * are read the same way.
 */
import type { ReportSnapshot, TableCell } from '../../report/snapshot';
import type { HeaderFieldSpec, TemplateSpec } from '../spec';
import { headingCandidate, nameMatch, type SectionLayout } from '../sections';
import { normaliseText } from '../text';
import { isFrontMatterParagraph, names, splitLabelled } from './paragraphs';

/** A header field found in the front matter. */
export interface HeaderField {
  field: HeaderFieldSpec;
  /** Paragraph holding the label. */
  paragraph: number;
  value: string;
}

/** A header field's label and aliases, normalised once per check. */
interface FieldNames {
  field: HeaderFieldSpec;
  names: string[];
}

/** The header field a label names: exact wording first, then the label beginning with a name. */
function fieldForLabel(label: string, fields: FieldNames[], exactOnly = false): HeaderFieldSpec | null {
  const normalised = normaliseText(label);
  if (normalised === '') return null;
  let best: { field: HeaderFieldSpec; quality: number; length: number } | null = null;
  for (const { field, names } of fields) {
    for (const name of names) {
      // A label has a few words more at most ("Lead Head of Service/Lead Director").
      const quality = nameMatch(normalised, name, 25);
      if (quality === 0 || (exactOnly && quality < 2)) continue;
      if (!best || quality > best.quality || (quality === best.quality && name.length > best.length)) {
        best = { field, quality, length: name.length };
      }
    }
  }
  return best?.field ?? null;
}

function cellText(cell: TableCell | undefined): string {
  return cell ? cell.text.replace(/\s+/g, ' ').trim() : '';
}

export function readHeaderFields(
  snapshot: ReportSnapshot,
  template: TemplateSpec,
  layout: SectionLayout,
): { fields: Map<string, HeaderField>; fieldTables: Set<number> } {
  const fields = new Map<string, HeaderField>();
  const fieldTables = new Set<number>();
  const specs = template.headerFields.map((field) => ({ field, names: names(field.label, field.aliases) }));
  const record = (field: HeaderFieldSpec, paragraph: number, value: string): void => {
    if (!fields.has(field.id)) fields.set(field.id, { field, paragraph, value });
  };

  for (const table of snapshot.tables) {
    if (table.firstParagraph >= layout.frontMatterEnd) continue;
    for (const row of table.rows) {
      // A row may hold several label | value pairs ("Classification | Public | Wards affected |
      // All"): each label cell takes the cells after it, up to the next label, as its value.
      let current: { field: HeaderFieldSpec; paragraph: number; value: string[] } | null = null;
      // An empty cell after a label: its value was left out, so the next label starts a new field.
      let gap = false;
      const close = (): void => {
        if (current) record(current.field, current.paragraph, current.value.join(' '));
        current = null;
      };
      for (const cell of row.cells) {
        const text = cellText(cell);
        if (text === '') {
          gap = current !== null;
          continue;
        }
        const paragraph = cell.paragraphs[0] ?? table.firstParagraph;
        const labelledField = fieldForLabel(text, specs);
        const inline = splitLabelled(cell.text);
        const inlineField = inline ? fieldForLabel(inline.label, specs) : null;
        // A value can begin like a label ("Head of Service for Housing"): only a cell after a
        // value (or an empty value cell) starts the next field.
        const startsField = current === null || current.value.length > 0 || gap;
        if (labelledField && startsField) {
          close();
          current = { field: labelledField, paragraph, value: [] };
          fieldTables.add(table.index);
        } else if (inline && inlineField && startsField) {
          close();
          record(inlineField, paragraph, inline.value);
          fieldTables.add(table.index);
        } else if (current) {
          current.value.push(text);
        }
        gap = false;
      }
      close();
    }
  }

  const paragraphs = snapshot.paragraphs.filter((p) => !p.cell && isFrontMatterParagraph(p, layout));
  paragraphs.forEach((paragraph, i) => {
    const inline = splitLabelled(paragraph.text);
    const inlineField = inline ? fieldForLabel(inline.label, specs) : null;
    if (inline && inlineField) {
      record(inlineField, paragraph.index, inline.value);
      return;
    }
    // A label on its own line ("Classification") with the value in the next paragraph.
    const alone = fieldForLabel(paragraph.text, specs, true);
    if (!alone) return;
    const next = paragraphs.slice(i + 1).find((p) => p.text.trim() !== '');
    // The next label or a title ("Executive Summary") means this label has no value.
    const nextIsLabel =
      next !== undefined &&
      (fieldForLabel(splitLabelled(next.text)?.label ?? next.text, specs) !== null ||
        headingCandidate(next) !== null);
    record(alone, paragraph.index, next && !nextIsLabel ? next.text.trim() : '');
  });

  return { fields, fieldTables };
}
