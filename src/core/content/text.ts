/**
 * The visible text of content blocks, computed from the blocks themselves: what a reader of the
 * written document sees (captions with their numbers, table cells, source lines), one paragraph a
 * line. Live regions hash it to tell a region edited by hand from one as we wrote it.
 */
import type { ContentBlock, TableBlock, TextRun } from './blocks';
import { captionNumber } from './blocks';

/**
 * Characters never written into a document: those XML 1.0 forbids (C0 controls other than tab and
 * newline, U+FFFE/U+FFFF, lone surrogate halves) and the bidi embedding, override and isolate
 * controls (U+202A–U+202E, U+2066–U+2069). The bidi controls are legal XML but let a value reorder
 * how the figures around it read ("Trojan Source"); right-to-left names display correctly without them.
 */
/* eslint-disable no-control-regex -- finding control characters is the point */
const UNWANTED =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/* eslint-enable no-control-regex */

/** The value with the characters we never write removed (see `UNWANTED`). */
export function cleanText(value: string): string {
  return value.replace(UNWANTED, '');
}

function runsText(runs: string | readonly TextRun[]): string {
  return typeof runs === 'string' ? cleanText(runs) : runs.map((run) => cleanText(run.text)).join('');
}

/** Header cells, then each row's cells; a cell covered by a merge shows nothing of its own. */
function tableText(table: TableBlock): string[] {
  const lines = table.columns.map((column) => cleanText(column.header));
  for (const row of table.rows) {
    table.columns.forEach((_column, i) => {
      const span = row.spans?.[i];
      if (span && span.columns <= 0) return;
      lines.push(cleanText(row.cells[i] ?? ''));
    });
  }
  return lines;
}

function blockLines(block: ContentBlock): string[] {
  switch (block.kind) {
    case 'paragraph':
      return [runsText(block.runs)];
    case 'caption':
      return [`${block.label} ${captionNumber(block.number)}${cleanText(`: ${block.text}`)}`];
    case 'table':
      return tableText(block);
    case 'picture':
      return [''];
    case 'source':
      return [cleanText(`Source: ${block.text}`)];
  }
}

/** The blocks' visible text, a line per paragraph or table cell. */
export function contentText(blocks: readonly ContentBlock[]): string {
  return blocks.flatMap(blockLines).join('\n');
}
