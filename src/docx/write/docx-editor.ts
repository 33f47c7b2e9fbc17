/**
 * DocxEditor: changes a .docx file's bytes and returns new bytes, in Node and in the browser.
 *
 *   const editor = DocxEditor.open(bytes, 'report.docx');
 *   editor.ensureStyles(stylesUsed(content));
 *   editor.insertBlocks(blockContentControl(control, renderRegionContent(content).xml), { after: 12 });
 *   editor.writeReportState(state);
 *   const output = editor.save();
 *
 * - `insertBlocks(xml, { after | before: paragraphIndex } | { atEnd: true })`: block XML goes at
 *   body level, next to the top-level block (paragraph, table, control) holding that snapshot
 *   paragraph; a paragraph in a table cell means "after/before the table".
 * - `replaceControlContent(tag, xml)`, `removeControl(tag, { keepContent })`: block-level controls.
 *   `replaceControlContents(Map<tag, xml>)` does many in one pass: each change parses the
 *   document once (about 0.2 s for a 3 MB document.xml), so refresh all regions with it.
 * - `writeReportState(state)`: the urn:council-report:v1 custom XML part, written once from the
 *   state (as the Word host writes it) and stored as Word stores custom XML parts (item, itemProps
 *   with a datastore id, relationship from the main document, content types). Reading it is
 *   `readDocx`'s: the snapshot carries the parsed state.
 * - `ensureStyles(roles)`: adds Caption / Table Grid definitions when the document lacks them and
 *   returns the style ids to use (a localised document may already have them under other ids).
 * - `save()`: one zip, [Content_Types].xml first, untouched parts' contents unchanged (recompressed).
 *
 * Paragraph indices are those of `readDocx` on the document as edited so far. Every method
 * computes its whole change before storing it, so one that throws leaves the editor as it was;
 * the input bytes are never modified.
 *
 * The work is done in modules of their own, on the editor's working copies of parts
 * (src/docx/write/editor-parts.ts): content controls (editor-controls.ts), the state part
 * (editor-report-state.ts), pictures (editor-media.ts), styles (editor-styles.ts).
 */
import { zipSync, type ZipOptions } from 'fflate';
import type { PictureData } from '../../ooxml/render-blocks';
import type { ReportState } from '../../core/state/report-state';
import type { StyleRole } from '../../ooxml/style-definitions';
import { insertBlocks, removeControl, replaceControlContents, type InsertPlace } from './editor-controls';
import { addPictures, unusedChartPictures } from './editor-media';
import { CONTENT_TYPES_PART, EditorParts } from './editor-parts';
import { writeReportState } from './editor-report-state';
import { ensureStyles, type TableStyleIds } from './editor-styles';
import { DocxPackage } from '../read/package';
import { addOverride } from './package-writes';

export type { InsertPlace } from './editor-controls';
export type { TableStyleIds } from './editor-styles';

/** Formats that are compressed already: storing them saves time and loses nothing. */
const STORED = /\.(png|jpe?g|gif|zip|docx|xlsx|pptx|mp4|wdp)$/i;
/** A fixed time for new zip entries, so saving the same changes gives the same bytes. */
const ZIP_TIME = new Date(2000, 0, 1);

export class DocxEditor {
  private readonly parts: EditorParts;

  private constructor(
    pkg: DocxPackage,
    readonly fileName: string,
    main: string,
  ) {
    this.parts = new EditorParts(pkg, fileName, main);
  }

  static open(bytes: Uint8Array, fileName: string): DocxEditor {
    const pkg = DocxPackage.open(bytes, fileName);
    const editor = new DocxEditor(pkg, fileName, pkg.mainDocumentPart());
    editor.parts.layout(); // refuse a document we cannot edit now, not at the first change
    return editor;
  }

  // Block content (src/docx/write/editor-controls.ts).

  insertBlocks(blocks: string, place: InsertPlace): void {
    insertBlocks(this.parts, blocks, place);
  }

  replaceControlContent(tag: string, blocks: string): void {
    this.replaceControlContents(new Map([[tag, blocks]]));
  }

  /** Replaces several controls' content in one pass (a refresh of every live region). */
  replaceControlContents(contents: ReadonlyMap<string, string>): void {
    replaceControlContents(this.parts, contents);
  }

  /** Removes the control and its content, or with `keepContent` only the control around it. */
  removeControl(tag: string, options: { keepContent?: boolean } = {}): void {
    removeControl(this.parts, tag, options);
  }

  /** Tags of every content control in the document. */
  controlTags(): ReadonlySet<string> {
    return this.parts.controlTags();
  }

  // The product's custom XML part (src/docx/write/editor-report-state.ts).

  writeReportState(state: ReportState): void {
    writeReportState(this.parts, state);
  }

  // Other parts, for writers in modules of their own (comments: src/docx/write/comment-writes.ts).

  /** The main document's part name ("word/document.xml"). */
  get mainPart(): string {
    return this.parts.main;
  }

  /** A part's text as edited so far; null when the package has no such part. */
  readPart(part: string): string | null {
    return this.parts.partText(part);
  }

  /** The part the main document relates to with this relationship type (full URI), or null. */
  mainRelatedPart(type: string): string | null {
    return this.parts.relatedFromMain(type);
  }

  /**
   * Stores the new text of parts, all at once. A part the package lacks is created, related from
   * the main document with `relationshipType` and given `contentType` in [Content_Types].xml.
   * The caller hands well-formed XML; the main document's layout is read again when next needed.
   */
  writeParts(
    changes: ReadonlyMap<string, string>,
    created: readonly { part: string; relationshipType: string; contentType: string }[] = [],
  ): void {
    const parts = this.parts;
    const all = new Map<string, string>();
    for (const [part, text] of changes) all.set(parts.storedName(part), text);
    for (const { part, relationshipType, contentType } of created) {
      if (parts.partText(part) !== null) throw new RangeError(`${part} exists already in ${this.fileName}.`);
      const folder = parts.main.slice(0, parts.main.lastIndexOf('/') + 1);
      const target = part.startsWith(folder) ? part.slice(folder.length) : `/${part}`;
      parts.relateFromMain(all, relationshipType, target);
      const types = parts.contentTypes(all);
      all.set(parts.storedName(CONTENT_TYPES_PART), addOverride(types, part, contentType));
    }
    const main = parts.storedName(parts.main);
    const mainText = all.get(main);
    all.delete(main);
    parts.commit(all);
    if (mainText !== undefined) parts.setDocument(mainText);
  }

  // Pictures (src/docx/write/editor-media.ts).

  /**
   * Stores PNG pictures as media parts related from the main document and returns `blocks` with
   * each picture's placeholder r:embed id replaced by its new relationship's id: call it on block
   * content before inserting or replacing it. Every r:embed must name one of `pictures`.
   */
  addPictures(blocks: string, pictures: readonly PictureData[]): string {
    return addPictures(this.parts, blocks, pictures);
  }

  // Styles (src/docx/write/editor-styles.ts).

  /**
   * Makes sure the document defines the styles for these roles; returns the style id to use for
   * each (an existing style with the built-in's name is used whatever its id).
   */
  ensureStyles(roles: readonly StyleRole[]): TableStyleIds {
    return ensureStyles(this.parts, roles);
  }

  // Saving.

  /** The edited package as .docx bytes. */
  save(): Uint8Array {
    const { pkg, edited, newParts, media } = this.parts;
    const files: Record<string, [Uint8Array, ZipOptions]> = {};
    const add = (name: string, data: Uint8Array) => {
      files[name] = [data, { level: STORED.test(name) ? 0 : 6, mtime: ZIP_TIME }];
    };
    const encoder = new TextEncoder();
    const typesName = this.parts.storedName(CONTENT_TYPES_PART);
    const names = [typesName, ...pkg.entries.map((e) => e.name).filter((n) => n !== typesName)];
    const pruned = unusedChartPictures(this.parts);
    for (const name of names) {
      if (pruned?.parts.has(name)) continue;
      const text = name === pruned?.rels ? pruned.text : edited.get(name);
      if (text !== undefined) add(name, encoder.encode(utf8Declaration(text)));
      else if (name.endsWith('/')) add(name, new Uint8Array(0));
      else add(name, pkg.read(name) ?? new Uint8Array(0));
    }
    for (const name of newParts) {
      add(name, encoder.encode((name === pruned?.rels ? pruned.text : edited.get(name)) ?? ''));
    }
    for (const [name, bytes] of media) if (!pruned?.parts.has(name)) add(name, bytes);
    return zipSync(files);
  }
}

/** Parts are written as UTF-8, so a declaration naming another encoding is corrected. */
function utf8Declaration(text: string): string {
  return text.replace(/^(<\?xml[^?]*encoding=)(["'])[^"']*\2/, '$1$2UTF-8$2');
}
