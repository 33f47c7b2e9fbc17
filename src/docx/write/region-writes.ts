/**
 * The .docx host's live-region writes (`DocxReportHost.writeRegions`), matching the Word host's
 * (`src/word/write/region-writes.ts`): inserts wrapped in a block rich-text control
 * `blockContentControl({ tag, title }, xml)` around the content's blocks rendered by
 * `renderRegionContent` (the same renderer as the Word host's), replaces of a control's content, removes,
 * and the report's state part, all on one DocxEditor inside `DocxReportHost.edit`, so any refusal
 * or failure leaves the bytes exactly as they were.
 *
 * Every anchor is checked against the snapshot before anything is written. Inserts go in from
 * the bottom of the document up, so the snapshot's paragraph indices stay right for the ones still
 * to do; several inserts at one anchor end up in the batch's order. The .docx has no cursor: an
 * insert "at the selection" goes at the end of the body.
 */
import type { RegionContent } from '../../core/content/blocks';
import type { RegionWrite } from '../../core/report/host';
import type { ReportSnapshot } from '../../core/report/snapshot';
import type { ReportState } from '../../core/state/report-state';
import { blockContentControl } from '../../ooxml/content-control';
import { renderRegionContent, stylesUsed } from '../../ooxml/render-blocks';
import { BUILT_IN_STYLES, type StyleRole } from '../../ooxml/style-definitions';
import type { DocxEditor, InsertPlace } from './docx-editor';
import { verifyAnchor } from './paragraph-writes';

type Insert = Extract<RegionWrite, { kind: 'insert' }>;

/**
 * The content's block XML: pictures (charts) stored as media parts, and the XML pointing at their
 * real relationship ids (`DocxEditor.addPictures`).
 */
function placePictures(editor: DocxEditor, content: RegionContent): string {
  const rendered = renderRegionContent(content);
  return rendered.pictures.length === 0 ? rendered.xml : editor.addPictures(rendered.xml, rendered.pictures);
}

/**
 * Makes sure the document has the built-in styles the batch uses (one look at styles.xml for the
 * whole batch) and returns a function giving block XML with the document's own ids for Caption
 * and Table Grid (a localised Word stores them under other ids).
 */
function documentStyles(editor: DocxEditor, writes: readonly RegionWrite[]): (xml: string) => string {
  const roles = new Set<StyleRole>();
  for (const write of writes)
    if (write.kind !== 'remove') for (const role of stylesUsed(write.content.blocks)) roles.add(role);
  if (roles.size === 0) return (xml) => xml;
  const ids = editor.ensureStyles([...roles]);
  const swaps: [string, string][] = [];
  if (ids.captionStyleId !== BUILT_IN_STYLES.caption.id)
    swaps.push([
      `<w:pStyle w:val="${BUILT_IN_STYLES.caption.id}"/>`,
      `<w:pStyle w:val="${ids.captionStyleId}"/>`,
    ]);
  if (ids.tableStyleId !== BUILT_IN_STYLES.tableGrid.id)
    swaps.push([
      `<w:tblStyle w:val="${BUILT_IN_STYLES.tableGrid.id}"/>`,
      `<w:tblStyle w:val="${ids.tableStyleId}"/>`,
    ]);
  return (xml) => swaps.reduce((out, [from, to]) => out.split(from).join(to), xml);
}

function insertOrder(inserts: { write: Insert; order: number }[]): { write: Insert; order: number }[] {
  const key = (w: Insert) => ('atSelection' in w.place ? Number.POSITIVE_INFINITY : w.place.anchor.paragraph);
  return [...inserts].sort((a, b) => {
    const ka = key(a.write);
    const kb = key(b.write);
    if (ka !== kb) return kb - ka;
    if (ka === Number.POSITIVE_INFINITY) return a.order - b.order; // appended at the end in order
    const la = 'anchor' in a.write.place ? a.write.place.location : 'After';
    const lb = 'anchor' in b.write.place ? b.write.place.location : 'After';
    if (la !== lb) return la === 'After' ? -1 : 1;
    return b.order - a.order;
  });
}

export function writeRegionsInDocx(
  editor: DocxEditor,
  snapshot: ReportSnapshot,
  writes: readonly RegionWrite[],
  state: ReportState | null,
): void {
  const inserts: { write: Insert; order: number }[] = [];
  const replaces = new Map<string, string>();
  const removes: Extract<RegionWrite, { kind: 'remove' }>[] = [];
  writes.forEach((write, order) => {
    if (write.kind === 'insert') {
      if ('anchor' in write.place) verifyAnchor(snapshot, write.place.anchor);
      inserts.push({ write, order });
    } else if (write.kind === 'replace') {
      if (replaces.has(write.tag))
        throw new RangeError(`The region ${write.tag} is replaced twice in one batch.`);
      replaces.set(write.tag, '');
    } else removes.push(write);
  });
  const withDocumentStyles = documentStyles(editor, writes);

  for (const { write } of insertOrder(inserts)) {
    const blocks = blockContentControl(
      { tag: write.tag, title: write.title },
      withDocumentStyles(placePictures(editor, write.content)),
    );
    const place: InsertPlace =
      'atSelection' in write.place
        ? { atEnd: true }
        : write.place.location === 'After'
          ? { after: write.place.anchor.paragraph }
          : { before: write.place.anchor.paragraph };
    editor.insertBlocks(blocks, place);
  }
  // Replaces go by tag, after the inserts, whose paragraph indices they would otherwise shift.
  for (const write of writes) {
    if (write.kind === 'replace')
      replaces.set(write.tag, withDocumentStyles(placePictures(editor, write.content)));
  }
  if (replaces.size > 0) editor.replaceControlContents(replaces);
  for (const write of removes) editor.removeControl(write.tag, { keepContent: write.keepContent });
  if (state) editor.writeReportState(state);
}
