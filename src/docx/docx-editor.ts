/**
 * DocxEditor: changes a .docx file's bytes and returns new bytes, in Node and in the browser.
 *
 *   const editor = DocxEditor.open(bytes, 'report.docx');
 *   const styles = editor.ensureStyles(['caption', 'tableGrid']);
 *   editor.insertBlocks(blockContentControl(control, dataTableBlock(table, styles)), { after: 12 });
 *   editor.writeReportState(state);
 *   const output = editor.save();
 *
 * - `insertBlocks(xml, { after | before: paragraphIndex } | { atEnd: true })`: block XML goes at
 *   body level, next to the top-level block (paragraph, table, control) holding that snapshot
 *   paragraph; a paragraph in a table cell means "after/before the table".
 * - `replaceControlContent(tag, xml)`, `removeControl(tag, { keepContent })`: block-level controls.
 *   `replaceControlContents(Map<tag, xml>)` does many in one pass: each change parses the
 *   document once (about 0.2 s for a 3 MB document.xml), so refresh all regions with it.
 * - `readReportState()`, `writeReportState(state)`: the urn:council-report:v1 custom XML part,
 *   stored as Word stores custom XML parts (item, itemProps with a datastore id, relationship from
 *   the main document, content types).
 * - `ensureStyles(roles)`: adds Caption / Table Grid definitions when the document lacks them and
 *   returns the style ids to use (a localised document may already have them under other ids).
 * - `save()`: one zip, [Content_Types].xml first, untouched parts' contents unchanged (recompressed).
 *
 * Paragraph indices are those of `readDocx` on the document as edited so far. Every method
 * computes its whole change before storing it, so one that throws leaves the editor as it was;
 * the input bytes are never modified.
 */
import { zipSync, type ZipOptions } from 'fflate';
import { ReportError } from '../core/errors';
import type { PictureData } from '../core/report/host';
import { assertBlockContent } from '../ooxml/content-control';
import {
  buildReportStatePart,
  dataStoreItemProps,
  parseReportStatePart,
  REPORT_NAMESPACE,
  type ParsedReportState,
  type ReportState,
} from '../ooxml/custom-xml-part';
import { NS } from '../ooxml/namespaces';
import { BUILT_IN_STYLES, captionStyle, tableGridStyle, type StyleRole } from '../ooxml/style-definitions';
import {
  children,
  declaredNamespace,
  decodeXmlBytes,
  isElement,
  parseXml,
  XmlError,
  type XmlElement,
} from '../ooxml/xml';
import {
  blockHolding,
  bodyBlocks,
  controlsTagged,
  endOfBody,
  layoutDocument,
  tagsIn,
  type DocumentLayout,
  type LocatedControl,
} from './document-blocks';
import { DocxPackage, relationshipsPartFor, resolveTarget } from './package';
import {
  addDefault,
  addOverride,
  addRelationship,
  appendToRoot,
  CONTENT_TYPES,
  hasDefault,
  newRelationshipsPart,
  parsePart,
  REL_TYPES,
} from './package-writes';

/** Style ids for `dataTableBlock` options; roles not asked for get Word's built-in ids. */
export interface TableStyleIds {
  captionStyleId: string;
  tableStyleId: string;
}

export type InsertPlace = { after: number } | { before: number } | { atEnd: true };

const CONTENT_TYPES_PART = '[Content_Types].xml';
/** Formats that are compressed already: storing them saves time and loses nothing. */
const STORED = /\.(png|jpe?g|gif|zip|docx|xlsx|pptx|mp4|wdp)$/i;
/** A fixed time for new zip entries, so saving the same changes gives the same bytes. */
const ZIP_TIME = new Date(2000, 0, 1);

export class DocxEditor {
  /** Edited or new parts' XML text, by part name (as stored in the zip for existing parts). */
  private readonly edited = new Map<string, string>();
  private readonly newParts: string[] = [];
  /** New binary parts (pictures' media), by part name. */
  private readonly media = new Map<string, Uint8Array>();
  private layoutCache: DocumentLayout | null = null;
  private tagsCache: Set<string> | null = null;

  private constructor(
    private readonly pkg: DocxPackage,
    readonly fileName: string,
    private readonly main: string,
  ) {}

  static open(bytes: Uint8Array, fileName: string): DocxEditor {
    const pkg = DocxPackage.open(bytes, fileName);
    const editor = new DocxEditor(pkg, fileName, pkg.mainDocumentPart());
    editor.layout(); // refuse a document we cannot edit now, not at the first change
    return editor;
  }

  // Block content.

  insertBlocks(blocks: string, place: InsertPlace): void {
    this.checkBlocks(blocks);
    const layout = this.layout();
    let offset: number;
    if ('atEnd' in place) offset = endOfBody(layout);
    else {
      const index = 'after' in place ? place.after : place.before;
      const block = blockHolding(layout, index);
      if (!block) {
        throw new RangeError(
          `There is no paragraph ${index} in ${this.fileName} (it has ${bodyBlocks(layout).paragraphCount} paragraphs).`,
        );
      }
      offset = 'after' in place ? block.position.end : block.position.start;
    }
    const text = this.documentText();
    this.setDocument(text.slice(0, offset) + blocks + text.slice(offset));
  }

  replaceControlContent(tag: string, blocks: string): void {
    this.replaceControlContents(new Map([[tag, blocks]]));
  }

  /** Replaces several controls' content in one pass (a refresh of every live region). */
  replaceControlContents(contents: ReadonlyMap<string, string>): void {
    const splices: { from: number; to: number; xml: string; tag: string }[] = [];
    for (const [tag, blocks] of contents) {
      this.checkBlocks(blocks, new Set(contents.keys()));
      const control = this.onlyControl(tag, 'block');
      const xml = `<w:sdtContent>${blocks}</w:sdtContent>`;
      const content = control.content?.position;
      if (content) splices.push({ from: content.start, to: content.end, xml, tag });
      else splices.push({ from: control.position.innerEnd, to: control.position.innerEnd, xml, tag });
    }
    splices.sort((a, b) => b.from - a.from);
    for (let i = 1; i < splices.length; i++) {
      const [later, earlier] = [splices[i - 1]!, splices[i]!];
      if (earlier.to > later.from) {
        throw new RangeError(
          `The controls "${earlier.tag}" and "${later.tag}" are nested; replace one at a time.`,
        );
      }
    }
    let text = this.documentText();
    for (const splice of splices) text = text.slice(0, splice.from) + splice.xml + text.slice(splice.to);
    this.setDocument(text);
  }

  /** Removes the control and its content, or with `keepContent` only the control around it. */
  removeControl(tag: string, options: { keepContent?: boolean } = {}): void {
    // Unwrapping suits any control; removing a row or cell control with its content would break the table.
    const control = this.onlyControl(tag, options.keepContent ? 'any' : 'block');
    const text = this.documentText();
    const inner = control.content?.position;
    let replacement = options.keepContent && inner ? text.slice(inner.innerStart, inner.innerEnd) : '';
    // A table cell must keep a paragraph, or Word reports the file as damaged.
    const cellKeepsParagraph = control.parent.children.some((n) => isElement(n) && n.name === 'w:p');
    if (control.parent.name === 'w:tc' && !cellKeepsParagraph && !/<w:p[ />]/.test(replacement))
      replacement += '<w:p/>';
    this.setDocument(text.slice(0, control.position.start) + replacement + text.slice(control.position.end));
  }

  /** Tags of every content control in the document. */
  controlTags(): ReadonlySet<string> {
    this.tagsCache ??= tagsIn(this.layout().body);
    return this.tagsCache;
  }

  private onlyControl(tag: string, level: 'block' | 'any'): LocatedControl {
    const found = controlsTagged(this.layout(), tag);
    if (found.length === 0) {
      throw new ReportError(
        'control-not-found',
        `The content control "${tag}" is not in ${this.fileName}; it may have been deleted.`,
      );
    }
    if (found.length > 1) {
      throw new ReportError(
        'control-duplicated',
        `${this.fileName} has ${found.length} content controls tagged "${tag}" (copied and pasted?). ` +
          'Delete the copies you do not want, then try again.',
      );
    }
    const control = found[0]!;
    if (level === 'block' && control.level !== 'block') {
      const where = control.level === 'inline' ? 'inside a paragraph' : `around a table ${control.level}`;
      throw new ReportError(
        'control-not-block',
        `The content control "${tag}" sits ${where}, so Council Report cannot change it. ` +
          'Delete it and insert the element again.',
      );
    }
    return control;
  }

  /** Well-formed block content, in the "w" namespace only, not reusing a tag the document has. */
  private checkBlocks(blocks: string, replacingTags: ReadonlySet<string> = new Set()): void {
    const parsed = assertBlockContent(blocks);
    const foreign = foreignPrefix(parsed);
    if (foreign !== null)
      throw new RangeError(
        `Block content may use only the "w" namespace prefix (and, declared in the block, a picture's), not "${foreign}".`,
      );
    const existing = this.controlTags();
    for (const tag of tagsIn(parsed)) {
      if (existing.has(tag) && !replacingTags.has(tag)) {
        throw new ReportError(
          'control-duplicated',
          `${this.fileName} already has a content control tagged "${tag}"; each live region needs its own id.`,
        );
      }
    }
  }

  // The product's custom XML part.

  /** The state part's content, or null when the document has none. */
  readReportState(): ParsedReportState | null {
    const part = this.reportStatePart();
    if (part === null) return null;
    return parseReportStatePart(this.partText(part) ?? '', part);
  }

  writeReportState(state: ReportState): void {
    // Exactly the part the Word host writes: no XML declaration (optional in a UTF-8 part file).
    const xml = buildReportStatePart(state);
    const existing = this.reportStatePart();
    if (existing !== null) {
      this.commit(new Map([[existing, xml]]));
      return;
    }
    const n = this.nextCustomXmlNumber();
    const item = `customXml/item${n}.xml`;
    const props = `customXml/itemProps${n}.xml`;
    const changes = new Map<string, string>([
      [item, xml],
      [props, dataStoreItemProps(newItemId())],
      [
        relationshipsPartFor(item),
        newRelationshipsPart('rId1', REL_TYPES.customXmlProps, `itemProps${n}.xml`),
      ],
    ]);
    this.relateFromMain(changes, REL_TYPES.customXml, `../${item}`);
    const types = this.contentTypes(changes);
    let typesText = addOverride(types, props, CONTENT_TYPES.customXmlProps);
    if (!hasDefault(types, 'xml')) {
      typesText = addOverride(
        { text: typesText, root: parsePart(typesText, CONTENT_TYPES_PART, this.fileName) },
        item,
        CONTENT_TYPES.xml,
      );
    }
    changes.set(this.storedName(CONTENT_TYPES_PART), typesText);
    this.commit(changes);
  }

  private reportStatePart(): string | null {
    const candidates = [...this.pkg.partNames(/^customxml\/item\d*\.xml$/), ...this.newParts];
    for (const part of candidates) {
      if (!/^customxml\/item\d*\.xml$/i.test(part)) continue;
      const text = this.partText(part);
      if (text === null) continue;
      try {
        if (declaredNamespace(parseXml(text, part)) === REPORT_NAMESPACE) return part;
      } catch (error) {
        // Another product's damaged part is not ours to judge.
        if (!(error instanceof XmlError)) throw error;
      }
    }
    return null;
  }

  private nextCustomXmlNumber(): number {
    let highest = 0;
    for (const name of [...this.pkg.partNames(/^customxml\//), ...this.newParts]) {
      const number = /item(?:props)?(\d+)\.xml$/i.exec(name)?.[1];
      if (number !== undefined) highest = Math.max(highest, Number(number));
    }
    return highest + 1;
  }

  // Other parts, for writers in modules of their own (comments: src/docx/comment-writes.ts).

  /** The main document's part name ("word/document.xml"). */
  get mainPart(): string {
    return this.main;
  }

  /** A part's text as edited so far; null when the package has no such part. */
  readPart(part: string): string | null {
    return this.partText(part);
  }

  /** The part the main document relates to with this relationship type (full URI), or null. */
  mainRelatedPart(type: string): string | null {
    return this.relatedFromMain(type);
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
    const all = new Map<string, string>();
    for (const [part, text] of changes) all.set(this.storedName(part), text);
    for (const { part, relationshipType, contentType } of created) {
      if (this.partText(part) !== null) throw new RangeError(`${part} exists already in ${this.fileName}.`);
      const folder = this.main.slice(0, this.main.lastIndexOf('/') + 1);
      const target = part.startsWith(folder) ? part.slice(folder.length) : `/${part}`;
      this.relateFromMain(all, relationshipType, target);
      const types = this.contentTypes(all);
      all.set(this.storedName(CONTENT_TYPES_PART), addOverride(types, part, contentType));
    }
    const main = this.storedName(this.main);
    const mainText = all.get(main);
    all.delete(main);
    this.commit(all);
    if (mainText !== undefined) this.setDocument(mainText);
  }

  // Pictures.

  /**
   * Stores PNG pictures as media parts related from the main document and returns `blocks` with
   * each picture's placeholder r:embed id replaced by its new relationship's id: call it on block
   * content before inserting or replacing it. Every r:embed must name one of `pictures`.
   */
  addPictures(blocks: string, pictures: readonly PictureData[]): string {
    const used = [...blocks.matchAll(/\br:embed="([^"]*)"/g)].map((m) => m[1]!);
    const given = new Set(pictures.map((p) => p.relId));
    const unknown = used.find((id) => !given.has(id));
    if (unknown !== undefined)
      throw new RangeError(`The block shows a picture "${unknown}" it was not given.`);
    if (pictures.length === 0) return blocks;
    const changes = new Map<string, string>();
    const rels = this.storedName(relationshipsPartFor(this.main));
    let relsText = this.partText(rels);
    const folder = this.main.slice(0, this.main.lastIndexOf('/') + 1);
    const ids = new Map<string, string>();
    const media = new Map<string, Uint8Array>();
    let n = this.nextMediaNumber();
    for (const picture of pictures) {
      if (ids.has(picture.relId)) throw new RangeError(`Two pictures share the id "${picture.relId}".`);
      if (picture.contentType !== 'image/png' || !isPng(picture.bytes)) {
        throw new RangeError(`The picture "${picture.relId}" is not a PNG image.`);
      }
      const target = `media/cr-chart${n++}.png`;
      let id = 'rId1';
      if (relsText === null) relsText = newRelationshipsPart(id, REL_TYPES.image, target);
      else ({ text: relsText, id } = addRelationship(relsText, rels, this.fileName, REL_TYPES.image, target));
      ids.set(picture.relId, id);
      media.set(folder + target, picture.bytes);
    }
    changes.set(rels, relsText!);
    const types = this.contentTypes(changes);
    if (!hasDefault(types, 'png'))
      changes.set(this.storedName(CONTENT_TYPES_PART), addDefault(types, 'png', 'image/png'));
    this.commit(changes);
    for (const [name, bytes] of media) this.media.set(name, bytes);
    return blocks.replace(/\br:embed="([^"]*)"/g, (_m, id: string) => `r:embed="${ids.get(id)!}"`);
  }

  /**
   * Our chart pictures (media/cr-chartN.png) that the main document no longer shows, after a
   * refresh replaced them: their relationships and parts are left out on save, so a document
   * refreshed every month does not grow. Another product's pictures are never touched, nor ours
   * while any other part still relates to them.
   */
  private unusedChartPictures(): { rels: string; text: string; parts: Set<string> } | null {
    if (!this.edited.has(this.storedName(this.main))) return null;
    const rels = this.storedName(relationshipsPartFor(this.main));
    const text = this.partText(rels);
    if (text === null || !text.includes('cr-chart')) return null;
    const document = this.documentText();
    const root = parsePart(text, rels, this.fileName);
    const cuts: { start: number; end: number }[] = [];
    const parts = new Set<string>();
    for (const node of root.children) {
      if (!isElement(node) || node.attributes['Type'] !== REL_TYPES.image) continue;
      const target = node.attributes['Target'] ?? '';
      if (!/(^|\/)media\/cr-chart\d+\.png$/.test(target) || node.attributes['TargetMode'] === 'External')
        continue;
      const id = node.attributes['Id'] ?? '';
      if (new RegExp(`="${id.replace(/[^\w]/g, '\\$&')}"`).test(document) || !node.position) continue;
      cuts.push({ start: node.position.start, end: node.position.end });
      const part = this.storedName(resolveTarget(this.main, target));
      const elsewhere = [
        ...this.pkg.partNames(/\.rels$/),
        ...this.newParts.filter((n) => n.endsWith('.rels')),
      ]
        .filter((name) => name.toLowerCase() !== rels.toLowerCase())
        .some((name) => (this.partText(name) ?? '').includes(target.slice(target.lastIndexOf('/') + 1)));
      if (!elsewhere) parts.add(part);
    }
    if (cuts.length === 0) return null;
    let pruned = text;
    for (const cut of cuts.sort((a, b) => b.start - a.start))
      pruned = pruned.slice(0, cut.start) + pruned.slice(cut.end);
    return { rels, text: pruned, parts };
  }

  private nextMediaNumber(): number {
    let highest = 0;
    for (const name of [...this.pkg.partNames(/media\/cr-chart\d+\.png$/), ...this.media.keys()]) {
      const number = /cr-chart(\d+)\.png$/i.exec(name)?.[1];
      if (number !== undefined) highest = Math.max(highest, Number(number));
    }
    return highest + 1;
  }

  // Styles.

  /**
   * Makes sure the document defines the styles for these roles; returns the style id to use for
   * each (an existing style with the built-in's name is used whatever its id).
   */
  ensureStyles(roles: readonly StyleRole[]): TableStyleIds {
    const ids: TableStyleIds = {
      captionStyleId: BUILT_IN_STYLES.caption.id,
      tableStyleId: BUILT_IN_STYLES.tableGrid.id,
    };
    const changes = new Map<string, string>();
    let stylesPart = this.relatedFromMain(REL_TYPES.styles);
    let text: string;
    if (stylesPart === null) {
      stylesPart = `${this.main.slice(0, this.main.lastIndexOf('/') + 1)}styles.xml`;
      if (this.partText(stylesPart) !== null) {
        throw new ReportError(
          'docx-cannot-edit',
          `${this.fileName} has a styles part that its document does not link to. ` +
            'Open it in Word and save it again, then try again.',
          stylesPart,
        );
      }
      text = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="${NS.w}"></w:styles>`;
      this.relateFromMain(changes, REL_TYPES.styles, stylesPart.slice(stylesPart.lastIndexOf('/') + 1));
      const types = this.contentTypes(changes);
      changes.set(this.storedName(CONTENT_TYPES_PART), addOverride(types, stylesPart, CONTENT_TYPES.styles));
    } else {
      stylesPart = this.storedName(stylesPart);
      text = this.partText(stylesPart) ?? '';
    }
    const root = parsePart(text, stylesPart, this.fileName);
    if (root.attributes['xmlns:w'] !== NS.w || root.name !== 'w:styles') {
      throw new ReportError(
        'docx-cannot-edit',
        `${this.fileName} cannot be changed by Council Report: its styles are not stored the way Word normally ` +
          'saves them. Open it in Word and save it as "Word Document (*.docx)", then try again.',
        stylesPart,
      );
    }
    const styles = children(root, 'w:style');
    const defaultOf = (type: string) =>
      styles.find(
        (s) => s.attributes['w:type'] === type && /^(1|true|on)$/.test(s.attributes['w:default'] ?? ''),
      )?.attributes['w:styleId'] ?? null;
    let additions = '';
    for (const role of roles) {
      const wanted = BUILT_IN_STYLES[role];
      const name = (s: (typeof styles)[number]) =>
        children(s, 'w:name')[0]?.attributes['w:val']?.toLowerCase() ?? '';
      const found =
        styles.find(
          (s) => s.attributes['w:type'] === wanted.type && s.attributes['w:styleId'] === wanted.id,
        ) ??
        styles.find((s) => s.attributes['w:type'] === wanted.type && name(s) === wanted.name.toLowerCase());
      const id = found?.attributes['w:styleId'];
      if (id !== undefined) {
        if (role === 'caption') ids.captionStyleId = id;
        else ids.tableStyleId = id;
        continue;
      }
      if (styles.some((s) => s.attributes['w:styleId'] === wanted.id)) {
        throw new ReportError(
          'docx-cannot-edit',
          `${this.fileName} uses the style id "${wanted.id}" for a style that is not Word's ${wanted.name} style; rename that style and try again.`,
          stylesPart,
        );
      }
      additions +=
        role === 'caption' ? captionStyle(defaultOf('paragraph')) : tableGridStyle(defaultOf('table'));
    }
    if (additions !== '') changes.set(stylesPart, appendToRoot(text, root, additions));
    this.commit(changes);
    return ids;
  }

  // Saving.

  /** The edited package as .docx bytes. */
  save(): Uint8Array {
    const files: Record<string, [Uint8Array, ZipOptions]> = {};
    const add = (name: string, data: Uint8Array) => {
      files[name] = [data, { level: STORED.test(name) ? 0 : 6, mtime: ZIP_TIME }];
    };
    const encoder = new TextEncoder();
    const typesName = this.storedName(CONTENT_TYPES_PART);
    const names = [typesName, ...this.pkg.entries.map((e) => e.name).filter((n) => n !== typesName)];
    const pruned = this.unusedChartPictures();
    for (const name of names) {
      if (pruned?.parts.has(name)) continue;
      const edited = name === pruned?.rels ? pruned.text : this.edited.get(name);
      if (edited !== undefined) add(name, encoder.encode(utf8Declaration(edited)));
      else if (name.endsWith('/')) add(name, new Uint8Array(0));
      else add(name, this.pkg.read(name) ?? new Uint8Array(0));
    }
    for (const name of this.newParts) {
      add(name, encoder.encode((name === pruned?.rels ? pruned.text : this.edited.get(name)) ?? ''));
    }
    for (const [name, bytes] of this.media) if (!pruned?.parts.has(name)) add(name, bytes);
    return zipSync(files);
  }

  // Working copies of parts.

  private documentText(): string {
    return this.partText(this.main) ?? '';
  }

  private layout(): DocumentLayout {
    this.layoutCache ??= layoutDocument(this.documentText(), this.main, this.fileName);
    return this.layoutCache;
  }

  /**
   * Stores a spliced document. Splices replace whole elements with checked, well-formed content,
   * so the text stays well-formed; it is parsed again only when the next change needs it.
   */
  private setDocument(text: string): void {
    this.edited.set(this.storedName(this.main), text);
    this.layoutCache = null;
    this.tagsCache = null;
  }

  /** The name a part is stored under (OPC names are case-insensitive), or the name as given. */
  private storedName(part: string): string {
    return (
      this.pkg.entry(part)?.name ?? this.newParts.find((p) => p.toLowerCase() === part.toLowerCase()) ?? part
    );
  }

  private partText(part: string): string | null {
    const name = this.storedName(part);
    const edited = this.edited.get(name);
    if (edited !== undefined) return edited;
    const bytes = this.pkg.read(name);
    return bytes ? decodeXmlBytes(bytes) : null;
  }

  private contentTypes(changes: Map<string, string>): { text: string; root: ReturnType<typeof parsePart> } {
    const name = this.storedName(CONTENT_TYPES_PART);
    const text = changes.get(name) ?? this.partText(name);
    if (text === null)
      throw new ReportError('docx-corrupt', `${this.fileName} has no [Content_Types].xml part.`);
    return { text, root: parsePart(text, name, this.fileName) };
  }

  /** The existing part the main document relates to with this type, as currently edited. */
  private relatedFromMain(type: string): string | null {
    const rels = this.storedName(relationshipsPartFor(this.main));
    const text = this.partText(rels);
    if (text === null) return null;
    for (const node of parsePart(text, rels, this.fileName).children) {
      if (
        !isElement(node) ||
        node.attributes['Type'] !== type ||
        node.attributes['TargetMode'] === 'External'
      )
        continue;
      const target = resolveTarget(this.main, node.attributes['Target'] ?? '');
      if (this.partText(target) !== null) return this.storedName(target);
    }
    return null;
  }

  private relateFromMain(changes: Map<string, string>, type: string, target: string): void {
    const rels = this.storedName(relationshipsPartFor(this.main));
    const current = changes.get(rels) ?? this.partText(rels);
    changes.set(
      rels,
      current === null
        ? newRelationshipsPart('rId1', type, target)
        : addRelationship(current, rels, this.fileName, type, target).text,
    );
  }

  /** Stores a computed set of part texts at once. */
  private commit(changes: Map<string, string>): void {
    for (const [name, text] of changes) {
      const stored = this.storedName(name);
      if (!this.pkg.has(stored) && !this.newParts.includes(stored)) this.newParts.push(stored);
      this.edited.set(stored, text);
    }
  }
}

/** DrawingML prefixes of inline pictures (`addPictures`): a block must bind them itself. */
const PICTURE_PREFIXES = new Set<string>(['wp', 'a', 'pic', 'r']);

/**
 * A namespace prefix used in the element or below it that the block cannot rely on, if any: "w"
 * (and "xml") are bound by every document; the picture prefixes only where the block binds them to
 * their DrawingML namespaces, since the document may not.
 */
function foreignPrefix(element: XmlElement, bound: ReadonlySet<string> = new Set()): string | null {
  let inScope = bound;
  for (const [name, value] of Object.entries(element.attributes)) {
    const prefix = name.startsWith('xmlns:') ? name.slice('xmlns:'.length) : null;
    if (prefix !== null && PICTURE_PREFIXES.has(prefix) && value === NS[prefix as keyof typeof NS]) {
      inScope = new Set([...inScope, prefix]);
    }
  }
  for (const name of [element.name, ...Object.keys(element.attributes)]) {
    const colon = name.indexOf(':');
    const prefix = colon === -1 ? null : name.slice(0, colon);
    if (prefix === null || prefix === 'w' || prefix === 'xml' || prefix === 'xmlns') continue;
    if (!inScope.has(prefix)) return prefix;
  }
  for (const node of element.children) {
    const found = isElement(node) ? foreignPrefix(node, inScope) : null;
    if (found !== null) return found;
  }
  return null;
}

/** PNG bytes start with this signature. */
function isPng(bytes: Uint8Array): boolean {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  return bytes.length > 24 && signature.every((b, i) => bytes[i] === b);
}

/** Parts are written as UTF-8, so a declaration naming another encoding is corrected. */
function utf8Declaration(text: string): string {
  return text.replace(/^(<\?xml[^?]*encoding=)(["'])[^"']*\2/, '$1$2UTF-8$2');
}

/** A datastore item id as Word writes it: a GUID in braces, upper case. */
function newItemId(): string {
  return `{${globalThis.crypto.randomUUID().toUpperCase()}}`;
}
