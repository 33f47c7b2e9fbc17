/**
 * The editor on every real .docx in the fixtures (Word, LibreOffice, our reports): a live table
 * inserted after the middle paragraph and the state part read back, nothing else changed.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DocxEditor } from '../../../../src/docx/write/docx-editor';
import { readDocx } from '../../../../src/docx/read/read-docx';
import { blockContentControl, liveTag } from '../../../../src/ooxml/content-control';
import { emptyReportState } from '../../../../src/ooxml/custom-xml-part';
import { dataTableBlock } from '../../../support/reference-blocks';
import { fixture, FIXTURES } from '../fixtures';

function docxFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = join(folder, name);
    if (statSync(full).isDirectory()) return docxFiles(full);
    return name.endsWith('.docx') ? [relative(FIXTURES, full)] : [];
  });
}

describe.each(docxFiles(FIXTURES))('%s', (path) => {
  it('takes a live table and the state part, keeping everything else', () => {
    const input = fixture(path);
    const before = readDocx(input, path);
    const editor = DocxEditor.open(input, path);
    const styles = editor.ensureStyles(['caption', 'tableGrid']);
    const block = blockContentControl(
      { tag: liveTag('fixture'), title: 'Inserted' },
      dataTableBlock(
        { caption: 'Inserted', columns: [{ header: 'Area', align: 'left' }], rows: [], source: 's' },
        styles,
      ),
    );
    const at = Math.floor(before.paragraphs.length / 2);
    editor.insertBlocks(block, before.paragraphs.length > 0 ? { after: at } : { atEnd: true });
    editor.writeReportState({ ...emptyReportState(), templateId: 'maidstone-2019' });
    const after = readDocx(editor.save(), path);

    expect(after.warnings).toEqual(before.warnings);
    // The region's hidden lead paragraph, the caption, the source line (and the table's cells).
    expect(after.paragraphs.length).toBe(before.paragraphs.length + 4);
    expect(after.tables.length).toBe(before.tables.length + 1);
    const control = after.contentControls.find((c) => c.tag === 'cr:live:fixture')!;
    expect(control.inline).toBe(false);
    expect(after.paragraphs[control.firstParagraph]?.text).toBe('');
    expect(after.paragraphs[control.firstParagraph + 1]).toMatchObject({
      text: 'Table 1: Inserted',
      styleName: 'Caption',
    });
    expect(after.customXmlParts.filter((p) => p.namespaceUri === 'urn:council-report:v1')).toHaveLength(1);
    // Every paragraph the document had is still there, in order.
    const kept = after.paragraphs.filter(
      (p) => p.index < control.firstParagraph || p.index > control.lastParagraph,
    );
    expect(kept.map((p) => p.text)).toEqual(before.paragraphs.map((p) => p.text));
  });
});
