/**
 * The workspace's document: a .docx held in this page as bytes, behind the same DocxReportHost
 * the command line uses. The page listens for changes (to redraw its preview) and for selections
 * (to scroll the preview to a finding); the task pane only sees a ReportHost.
 *
 * A .docx has no cursor, so the paragraph chosen in the preview (clicked, or selected through a
 * finding, as selecting a finding moves Word's cursor) stands in for one: an insert "at the
 * cursor" goes after it, and after the end of the report when none is chosen.
 */
import { DocxReportHost } from '../docx/docx-host';
import type { ParagraphAnchor, RegionWrite, RegionWriteOutcome } from '../core/report/host';
import type { ReportSnapshot } from '../core/report/snapshot';
import type { ReportState } from '../core/state/report-state';
import type { DocxEditor } from '../docx/write/docx-editor';

/** The paragraph standing in for the cursor, with its text so a write can check it is still there. */
export interface WorkspaceCursor {
  paragraph: number;
  text: string;
}

export class WorkspaceHost extends DocxReportHost {
  private readonly listeners = new Set<() => void>();
  private readonly cursorListeners = new Set<(cursor: WorkspaceCursor | null) => void>();
  private chosen: WorkspaceCursor | null = null;

  constructor(bytes: Uint8Array, name: string, onSelect: (paragraph: number) => void) {
    super(bytes, name, { onSelect });
  }

  /** Called after every change the task pane makes; returns a function that stops listening. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Called whenever the cursor moves or is cleared; returns a function that stops listening. */
  onCursor(listener: (cursor: WorkspaceCursor | null) => void): () => void {
    this.cursorListeners.add(listener);
    return () => this.cursorListeners.delete(listener);
  }

  get cursor(): WorkspaceCursor | null {
    return this.chosen;
  }

  /** Puts the cursor in paragraph `paragraph` of the document as it is now (null: no cursor). */
  async placeCursor(paragraph: number | null): Promise<void> {
    const found = paragraph === null ? undefined : (await this.readSnapshot()).paragraphs[paragraph];
    this.setCursor(found ? { paragraph: found.index, text: found.text } : null);
  }

  /** Selecting a finding's paragraph puts the cursor there too, as in Word. */
  override async selectParagraph(anchor: ParagraphAnchor): Promise<void> {
    await super.selectParagraph(anchor);
    this.setCursor({ paragraph: anchor.paragraph, text: anchor.text });
  }

  /** An insert "at the cursor" goes after the chosen paragraph (the .docx host alone puts it at the end). */
  override writeRegions(writes: RegionWrite[], state: ReportState | null): Promise<RegionWriteOutcome> {
    const cursor = this.chosen;
    const placed: RegionWrite[] =
      cursor === null
        ? writes
        : writes.map((write) =>
            write.kind === 'insert' && 'atSelection' in write.place
              ? { ...write, place: { anchor: { ...cursor }, location: 'After' as const } }
              : write,
          );
    return super.writeRegions(placed, state);
  }

  protected override async edit<T>(change: (editor: DocxEditor, snapshot: ReportSnapshot) => T): Promise<T> {
    const result = await super.edit(change);
    await this.followCursor();
    for (const listener of this.listeners) listener();
    return result;
  }

  /** After a change, the cursor stays in its paragraph: the nearest one with the same text. */
  private async followCursor(): Promise<void> {
    const cursor = this.chosen;
    if (cursor === null) return;
    const { paragraphs } = await this.readSnapshot();
    let best: number | null = null;
    for (const p of paragraphs) {
      if (p.text !== cursor.text) continue;
      if (best === null || Math.abs(p.index - cursor.paragraph) < Math.abs(best - cursor.paragraph))
        best = p.index;
    }
    this.setCursor(best === null ? null : { paragraph: best, text: cursor.text });
  }

  private setCursor(cursor: WorkspaceCursor | null): void {
    this.chosen = cursor;
    for (const listener of this.cursorListeners) listener(cursor);
  }
}

/**
 * Where an insert "at the cursor" goes, in the officer's words, for the Data view: after the
 * chosen paragraph, or after the table or region holding it (the host keeps those whole), or at
 * the end of the report when no paragraph is chosen.
 */
export function describeInsertionPoint(
  snapshot: ReportSnapshot,
  cursor: WorkspaceCursor | null,
): { button: string; hint: string; where: string } {
  const paragraph = cursor === null ? undefined : snapshot.paragraphs[cursor.paragraph];
  if (!cursor || !paragraph) {
    return {
      button: 'Insert at the end',
      hint: 'No paragraph is chosen, so it goes at the end of the report. Click a paragraph in the preview to insert after it.',
      where: 'at the end of the report (no paragraph was chosen in the preview)',
    };
  }
  const text = paragraph.text.trim();
  const quoted =
    text === '' ? 'an empty paragraph' : `“${text.length > 48 ? `${text.slice(0, 47)}…` : text}”`;
  const region = snapshot.contentControls.find(
    (c) => !c.inline && c.firstParagraph <= paragraph.index && paragraph.index <= c.lastParagraph,
  );
  const table = paragraph.cell !== null;
  const holder = region
    ? `after the region holding ${quoted}`
    : table
      ? `after the table holding ${quoted}`
      : `after ${quoted}`;
  return {
    button: 'Insert at cursor',
    hint: `It goes ${holder}, the paragraph chosen in the preview. Click another paragraph to change it.`,
    where: holder,
  };
}

/** The name to download a changed report under: "Report.docx" → "Report (edited).docx". */
export function downloadName(name: string): string {
  const stem = name.replace(/\.docx$/i, '');
  return `${stem.endsWith('(edited)') ? stem : `${stem} (edited)`}.docx`;
}

/** Why a dropped or chosen file cannot be opened, or null when it looks like a .docx. */
export function refuseFile(file: { name: string; size: number }): string | null {
  if (!/\.docx$/i.test(file.name)) return `“${file.name}” is not a Word document (.docx).`;
  if (file.size === 0) return `“${file.name}” is empty.`;
  return null;
}
