/**
 * The workspace's document: a .docx held in this page as bytes, behind the same DocxReportHost
 * the command line uses. The page listens for changes (to redraw its preview) and for selections
 * (to scroll the preview to a finding); the task pane only sees a ReportHost.
 */
import { DocxReportHost } from '../docx/docx-host';
import type { ReportSnapshot } from '../core/report/snapshot';
import type { DocxEditor } from '../docx/docx-editor';

export class WorkspaceHost extends DocxReportHost {
  private readonly listeners = new Set<() => void>();

  constructor(bytes: Uint8Array, name: string, onSelect: (paragraph: number) => void) {
    super(bytes, name, { onSelect });
  }

  /** Called after every change the task pane makes; returns a function that stops listening. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  protected override async edit<T>(change: (editor: DocxEditor, snapshot: ReportSnapshot) => T): Promise<T> {
    const result = await super.edit(change);
    for (const listener of this.listeners) listener();
    return result;
  }
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
