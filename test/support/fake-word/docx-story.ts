/**
 * Walks a .docx story (the body, or one comment) the way Word's API shows it, independently of
 * the docx host's reader, so the host contract compares two readings of the file rather than one
 * reading twice:
 *
 * - paragraph text as `Paragraph.text` gives it: manual line breaks "\v", page breaks "\f",
 *   column breaks "\u000e", a non-breaking hyphen "\u001e", an optional hyphen "\u001f", a note
 *   reference "\u0002"; field results, not field codes; text-box text left out (a text box is a
 *   story of its own);
 * - tracked deletions: shown, as Word gives them while markup is displayed (office-js#1267), unless
 *   the caller asks for them hidden;
 * - `font.bold` over every character (true, false, or null when mixed), as Word computes it;
 * - tables, cells, content controls and comment anchors as spans of paragraphs and offsets;
 * - inline pictures only: floating pictures, charts, diagrams and shapes are not in
 *   `inlinePictures`, so they are listed separately as not visible to the Word API.
 */
import { UNDERSTOOD_PREFIXES } from '../../../src/ooxml/namespaces';
import { child, children, path, type XmlElement } from '../../../src/ooxml/xml';
import type { StyleSheet } from '../../../src/docx/read/styles';
import { flatOpcPackage } from './flat-opc';
import {
  fakeGuid,
  type FakeCellPosition,
  type FakeContentControl,
  type FakeInlinePicture,
  type FakeParagraph,
  type FakeSpan,
  type FakeTable,
  type TextPosition,
} from './model';
import { builtInStyleName, displayStyleName } from './word-styles';
import { writeXml } from './xml-writer';

export interface HiddenPicture {
  paragraph: number;
  name: string | null;
  why: string;
}

export interface StoryOptions {
  /** Tracked deletions in paragraph text: "shown" (Word with markup displayed) or "hidden". */
  deletedText: 'shown' | 'hidden';
  /** Namespace declarations of the document part, for the OOXML of tables. */
  namespaces: Record<string, string>;
}

interface CurrentParagraph {
  index: number;
  paragraph: FakeParagraph;
  boldChars: number;
  plainChars: number;
  boldMask: string;
  styleBold: boolean | null;
  /** The text without tracked deletions: what `getReviewedText('Current')` gives. */
  currentText: string;
}

interface OpenTable {
  table: FakeTable;
  rowIndex: number;
  cellIndex: number;
}

const PAGE_BREAK = '\f';
const COLUMN_BREAK = '\u000e';
const LINE_BREAK = '\v';
const NON_BREAKING_HYPHEN = '\u001e';
const OPTIONAL_HYPHEN = '\u001f';
const NOTE_REFERENCE = '\u0002';

function onOff(element: XmlElement | null): boolean | null {
  if (!element) return null;
  const value = element.attributes['w:val'];
  return value === undefined || !['0', 'false', 'off'].includes(value);
}

function intValue(element: XmlElement | null): number | null {
  const raw = element?.attributes['w:val'];
  if (raw === undefined) return null;
  const n = Number.parseInt(raw, 10);
  return Number.isFinite(n) ? n : null;
}

function textOf(element: XmlElement): string {
  return element.children.filter((n): n is string => typeof n === 'string').join('');
}

/** The branch of mc:AlternateContent Word reads: the first choice it understands, else the fallback. */
function chooseAlternative(element: XmlElement): XmlElement | null {
  for (const node of children(element)) {
    if (node.name === 'mc:Choice') {
      const requires = (node.attributes['Requires'] ?? '').split(/\s+/).filter(Boolean);
      if (requires.length > 0 && requires.every((prefix) => UNDERSTOOD_PREFIXES.has(prefix))) return node;
    } else if (node.name === 'mc:Fallback') {
      return node;
    }
  }
  return null;
}

/** ContentControl.type and .subtype for an sdt, from its properties and where it sits. */
function controlTypes(
  sdtPr: XmlElement | null,
  where: 'inline' | 'block' | 'row' | 'cell',
): [string, string] {
  const has = (name: string) => (sdtPr ? child(sdtPr, name) !== null : false);
  if (has('w:text')) return ['PlainText', where === 'inline' ? 'PlainTextInline' : 'PlainTextParagraph'];
  if (has('w:picture')) return ['Picture', 'Picture'];
  if (has('w14:checkbox')) return ['CheckBox', 'CheckBox'];
  if (has('w:comboBox')) return ['ComboBox', 'ComboBox'];
  if (has('w:dropDownList')) return ['DropDownList', 'DropDownList'];
  if (has('w:date')) return ['DatePicker', 'DatePicker'];
  if (has('w:docPartObj') || has('w:docPartList')) return ['BuildingBlockGallery', 'BuildingBlockGallery'];
  if (has('w15:repeatingSection')) return ['RepeatingSection', 'RepeatingSection'];
  if (has('w:group')) return ['Group', 'Group'];
  if (has('w:citation') || has('w:bibliography') || has('w:equation')) return ['Unknown', 'Unknown'];
  const subtype =
    where === 'inline'
      ? 'RichTextInline'
      : where === 'row'
        ? 'RichTextTableRow'
        : where === 'cell'
          ? 'RichTextTableCell'
          : 'RichTextParagraphs';
  return ['RichText', subtype];
}

export class WordStoryReader {
  readonly paragraphs: FakeParagraph[] = [];
  /** Style id of each paragraph, for numbering lookups. */
  readonly styleIds: (string | null)[] = [];
  readonly tables: FakeTable[] = [];
  readonly contentControls: FakeContentControl[] = [];
  readonly pictures: FakeInlinePicture[] = [];
  readonly hiddenPictures: HiddenPicture[] = [];
  /** Comment anchors by w:id, and the order the anchors start in. */
  readonly commentSpans = new Map<string, FakeSpan>();
  /** The order comment anchors start in, which orders comments that start at the same place. */
  readonly commentOrder = new Map<string, number>();
  readonly paragraphsWithDeletedText = new Set<number>();

  private current: CurrentParagraph | null = null;
  private readonly openTables: OpenTable[] = [];
  private readonly cells: FakeCellPosition[] = [];
  private readonly fields: boolean[] = [];
  private fieldsInInstruction = 0;
  private deleted = 0;
  private readonly openComments = new Map<string, TextPosition | null>();
  private nextControlId = 1;

  constructor(
    private readonly styles: StyleSheet,
    private readonly options: StoryOptions,
  ) {}

  // Positions.

  private here(): TextPosition | null {
    return this.current
      ? { paragraph: this.current.index, offset: this.current.paragraph.text.length }
      : null;
  }

  /** After the paragraph mark of the last paragraph read (or the start of the story). */
  private afterLastParagraph(): TextPosition {
    const last = this.paragraphs.length - 1;
    if (last < 0) return { paragraph: 0, offset: 0 };
    return { paragraph: last, offset: (this.paragraphs[last]?.text.length ?? 0) + 1 };
  }

  // Blocks.

  blocks(container: XmlElement): void {
    for (const node of children(container)) {
      switch (node.name) {
        case 'w:p':
          this.paragraph(node);
          break;
        case 'w:tbl':
          this.table(node);
          break;
        case 'w:sdt':
          this.blockControl(node, 'block', (content) => this.blocks(content));
          break;
        case 'w:customXml':
        case 'w:ins':
        case 'w:moveTo':
          this.blocks(node);
          break;
        case 'w:del':
        case 'w:moveFrom':
          this.whileDeleted(() => this.blocks(node));
          break;
        case 'mc:AlternateContent': {
          const branch = chooseAlternative(node);
          if (branch) this.blocks(branch);
          break;
        }
        default:
          this.commentMarker(node);
      }
    }
  }

  private whileDeleted(read: () => void): void {
    this.deleted++;
    try {
      read();
    } finally {
      this.deleted--;
    }
  }

  private commentMarker(node: XmlElement): void {
    const id = node.attributes['w:id'];
    if (id === undefined) return;
    if (node.name === 'w:commentRangeStart') {
      if (this.openComments.has(id) || this.commentSpans.has(id)) return;
      this.openComments.set(id, this.here());
      this.commentOrder.set(id, this.commentOrder.size);
    } else if (node.name === 'w:commentRangeEnd') {
      if (!this.openComments.has(id)) return;
      const start = this.openComments.get(id) ?? null;
      this.openComments.delete(id);
      const end = this.here() ?? this.afterLastParagraph();
      if (start) this.commentSpans.set(id, { start, end });
    }
  }

  private commentReference(id: string | undefined): void {
    const at = this.here();
    if (id === undefined || !at || this.commentSpans.has(id) || this.openComments.has(id)) return;
    // A comment without a range is anchored at its reference mark.
    this.commentSpans.set(id, { start: at, end: at });
    this.commentOrder.set(id, this.commentOrder.size);
  }

  private blockControl(
    sdt: XmlElement,
    where: 'block' | 'row' | 'cell',
    read: (content: XmlElement) => void,
  ): void {
    const control = this.newControl(sdt, where, { paragraph: this.paragraphs.length, offset: 0 });
    const content = child(sdt, 'w:sdtContent');
    if (content) read(content);
    const end = this.afterLastParagraph();
    control.span.end = end.paragraph < control.span.start.paragraph ? control.span.start : end;
  }

  private newControl(
    sdt: XmlElement,
    where: 'inline' | 'block' | 'row' | 'cell',
    start: TextPosition,
  ): FakeContentControl {
    const sdtPr = child(sdt, 'w:sdtPr');
    const [type, subtype] = controlTypes(sdtPr, where);
    const id = intValue(path(sdtPr, 'w:id'));
    const control: FakeContentControl = {
      // Word gives every control an id, making one up when the file has none.
      id: id ?? 0x7f000000 + this.nextControlId++,
      tag: path(sdtPr, 'w:tag')?.attributes['w:val'] ?? '',
      title: path(sdtPr, 'w:alias')?.attributes['w:val'] ?? '',
      type,
      subtype,
      appearance:
        path(sdtPr, 'w15:appearance')?.attributes['w15:val'] === 'hidden' ? 'Hidden' : 'BoundingBox',
      cannotDelete: path(sdtPr, 'w:lock')?.attributes['w:val']?.startsWith('sdtLocked') ?? false,
      cannotEdit: path(sdtPr, 'w:lock')?.attributes['w:val']?.endsWith('contentLocked') ?? false,
      placeholderText: '',
      span: { start, end: start },
    };
    this.contentControls.push(control);
    return control;
  }

  // Tables.

  private table(tbl: XmlElement): void {
    const table: FakeTable = {
      firstParagraph: this.paragraphs.length,
      lastParagraph: this.paragraphs.length,
      nestingLevel: this.openTables.length + 1,
      values: [],
      headerRowCount: 0,
      ooxml: flatOpcPackage(writeXml(tbl), this.options.namespaces),
    };
    const index = this.tables.length;
    this.tables.push(table);
    const open: OpenTable = { table, rowIndex: -1, cellIndex: -1 };
    this.openTables.push(open);
    try {
      this.rows(tbl, index, open);
    } finally {
      this.openTables.pop();
    }
    table.lastParagraph = Math.max(this.paragraphs.length - 1, table.firstParagraph);
  }

  private rows(container: XmlElement, index: number, open: OpenTable): void {
    for (const node of children(container)) {
      switch (node.name) {
        case 'w:tr':
          this.row(node, index, open);
          break;
        case 'w:sdt':
          this.blockControl(node, 'row', (content) => this.rows(content, index, open));
          break;
        case 'w:customXml':
        case 'w:ins':
        case 'w:moveTo':
          this.rows(node, index, open);
          break;
        case 'mc:AlternateContent': {
          const branch = chooseAlternative(node);
          if (branch) this.rows(branch, index, open);
          break;
        }
        default:
          this.commentMarker(node);
      }
    }
  }

  private row(tr: XmlElement, index: number, open: OpenTable): void {
    open.rowIndex++;
    open.cellIndex = -1;
    open.table.values.push([]);
    const header = onOff(path(tr, 'w:trPr', 'w:tblHeader')) ?? false;
    if (header && open.table.headerRowCount === open.rowIndex) open.table.headerRowCount++;
    this.cellsOf(tr, index, open);
  }

  private cellsOf(container: XmlElement, index: number, open: OpenTable): void {
    for (const node of children(container)) {
      switch (node.name) {
        case 'w:tc':
          this.cell(node, index, open);
          break;
        case 'w:sdt':
          this.blockControl(node, 'cell', (content) => this.cellsOf(content, index, open));
          break;
        case 'w:customXml':
        case 'w:ins':
        case 'w:moveTo':
          this.cellsOf(node, index, open);
          break;
        case 'mc:AlternateContent': {
          const branch = chooseAlternative(node);
          if (branch) this.cellsOf(branch, index, open);
          break;
        }
        default:
          this.commentMarker(node);
      }
    }
  }

  private cell(tc: XmlElement, index: number, open: OpenTable): void {
    open.cellIndex++;
    this.cells.push({ table: index, rowIndex: open.rowIndex, cellIndex: open.cellIndex });
    const first = this.paragraphs.length;
    try {
      this.blocks(tc);
    } finally {
      this.cells.pop();
    }
    // Table.values: the cell's text, paragraphs (nested tables' too) separated as Word does.
    const text = this.paragraphs
      .slice(first)
      .map((p) => p.text)
      .join('\r');
    open.table.values[open.rowIndex]?.push(text);
  }

  // Paragraphs.

  private paragraph(p: XmlElement): void {
    const pPr = child(p, 'w:pPr');
    const named = path(pPr, 'w:pStyle')?.attributes['w:val'] ?? null;
    const defined = named !== null && this.styles.get(named) !== undefined;
    // Word shows a paragraph whose style is missing from styles.xml in the default style.
    const styleId = defined ? named : this.styles.defaultParagraphStyle;
    const style = styleId === null ? undefined : this.styles.get(styleId);
    const index = this.paragraphs.length;
    const paragraph: FakeParagraph = {
      text: '',
      style: displayStyleName(style?.name ?? null),
      styleBuiltIn: builtInStyleName(style?.name ?? 'Normal'),
      outlineLevel: this.outlineLevel(pPr, styleId),
      bold: false,
      italic: false,
      list: null,
      tableNestingLevel: this.cells.length,
      cell: this.cells.at(-1) ?? null,
      uniqueLocalId: fakeGuid(0xa1, index + 1),
    };
    this.paragraphs.push(paragraph);
    this.styleIds.push(styleId);

    // Comment ranges that started between blocks start with this paragraph.
    for (const [id, start] of this.openComments) {
      if (start === null) this.openComments.set(id, { paragraph: index, offset: 0 });
    }

    const outer = this.current;
    const state: CurrentParagraph = {
      index,
      paragraph,
      boldChars: 0,
      plainChars: 0,
      boldMask: '',
      styleBold: this.styles.bold(styleId),
      currentText: '',
    };
    this.current = state;
    try {
      this.inline(p);
    } finally {
      this.current = outer;
    }
    if (state.currentText !== paragraph.text) paragraph.reviewedText = state.currentText;
    if (state.boldChars > 0 && state.plainChars > 0) {
      paragraph.bold = null;
      paragraph.boldMask = state.boldMask;
    } else if (state.boldChars > 0) paragraph.bold = true;
    else if (state.plainChars > 0) paragraph.bold = false;
    else paragraph.bold = this.markBold(pPr, state.styleBold);
  }

  /** Outline level as Word reports it: 1..9, 10 for body text. */
  private outlineLevel(pPr: XmlElement | null, styleId: string | null): number {
    const direct = intValue(path(pPr, 'w:outlineLvl'));
    const level = direct ?? this.styles.outlineLevel(styleId);
    if (level !== null) return level >= 0 && level <= 8 ? level + 1 : 10;
    // Word gives its built-in heading styles their outline level even when the file omits it.
    for (const style of this.styles.chain(styleId)) {
      const heading = /^heading ([1-9])$/i.exec(style.name ?? '');
      if (heading) return Number(heading[1]);
    }
    return 10;
  }

  /** An empty paragraph's bold is its paragraph mark's. */
  private markBold(pPr: XmlElement | null, styleBold: boolean | null): boolean {
    return onOff(path(pPr, 'w:rPr', 'w:b')) ?? styleBold ?? this.styles.defaultBold ?? false;
  }

  private emit(text: string, bold: boolean, deleted = this.deleted > 0): void {
    const state = this.current;
    if (!state || text === '' || this.fieldsInInstruction > 0) return;
    if (deleted) {
      if (this.options.deletedText === 'hidden') return;
      this.paragraphsWithDeletedText.add(state.index);
    } else state.currentText += text;
    state.paragraph.text += text;
    state.boldMask += (bold ? '1' : '0').repeat(text.length);
    if (bold) state.boldChars += text.length;
    else state.plainChars += text.length;
  }

  private inline(container: XmlElement): void {
    for (const node of children(container)) {
      switch (node.name) {
        case 'w:r':
          this.run(node);
          break;
        case 'w:hyperlink':
        case 'w:smartTag':
        case 'w:customXml':
        case 'w:ins':
        case 'w:moveTo':
        case 'w:fldSimple':
        case 'w:dir':
        case 'w:bdo':
          this.inline(node);
          break;
        case 'w:del':
        case 'w:moveFrom':
          this.whileDeleted(() => this.inline(node));
          break;
        case 'w:sdt':
          this.inlineControl(node);
          break;
        case 'mc:AlternateContent': {
          const branch = chooseAlternative(node);
          if (branch) this.inline(branch);
          break;
        }
        case 'm:oMath':
        case 'm:oMathPara':
          this.math(node);
          break;
        default:
          this.commentMarker(node);
      }
    }
  }

  private inlineControl(sdt: XmlElement): void {
    const start = this.here();
    if (!start) return;
    const control = this.newControl(sdt, 'inline', start);
    const content = child(sdt, 'w:sdtContent');
    if (content) this.inline(content);
    control.span.end = this.here() ?? start;
  }

  private math(element: XmlElement): void {
    for (const node of children(element)) {
      if (node.name === 'm:t') this.emit(textOf(node), this.current?.styleBold ?? false);
      else if (node.name !== 'w:rPr' && node.name !== 'm:rPr') this.math(node);
    }
  }

  private runBold(rPr: XmlElement | null): boolean {
    const direct = onOff(path(rPr, 'w:b'));
    if (direct !== null) return direct;
    const characterStyle = path(rPr, 'w:rStyle')?.attributes['w:val'] ?? null;
    const fromCharacterStyle = characterStyle === null ? null : this.styles.bold(characterStyle);
    const fromParagraphStyle = this.current?.styleBold ?? null;
    // Bold toggles: a bold character style in a bold paragraph style turns it off.
    if (fromCharacterStyle !== null && fromParagraphStyle !== null)
      return fromCharacterStyle !== fromParagraphStyle;
    return fromCharacterStyle ?? fromParagraphStyle ?? this.styles.defaultBold ?? false;
  }

  private run(r: XmlElement): void {
    this.runContent(r, this.runBold(child(r, 'w:rPr')));
  }

  private runContent(r: XmlElement, bold: boolean): void {
    for (const node of children(r)) {
      switch (node.name) {
        case 'w:t':
          this.emit(textOf(node), bold);
          break;
        case 'w:delText':
          this.emit(textOf(node), bold, true);
          break;
        case 'w:tab':
        case 'w:ptab':
          this.emit('\t', bold);
          break;
        case 'w:br': {
          const type = node.attributes['w:type'];
          this.emit(type === 'page' ? PAGE_BREAK : type === 'column' ? COLUMN_BREAK : LINE_BREAK, bold);
          break;
        }
        case 'w:cr':
          this.emit(LINE_BREAK, bold);
          break;
        case 'w:noBreakHyphen':
          this.emit(NON_BREAKING_HYPHEN, bold);
          break;
        case 'w:softHyphen':
          this.emit(OPTIONAL_HYPHEN, bold);
          break;
        case 'w:sym': {
          const code = Number.parseInt(node.attributes['w:char'] ?? '', 16);
          if (Number.isFinite(code) && code > 0 && code <= 0x10ffff)
            this.emit(String.fromCodePoint(code), bold);
          break;
        }
        case 'w:footnoteReference':
        case 'w:endnoteReference':
          this.emit(NOTE_REFERENCE, bold);
          break;
        case 'w:fldChar':
          this.fieldChar(node.attributes['w:fldCharType']);
          break;
        case 'w:commentReference':
          this.commentReference(node.attributes['w:id']);
          break;
        case 'w:drawing':
          this.drawing(node);
          break;
        case 'w:pict':
          this.vmlPicture(node);
          break;
        case 'mc:AlternateContent': {
          const branch = chooseAlternative(node);
          if (branch) this.runContent(branch, bold);
          break;
        }
        case 'w:ruby': {
          const base = child(node, 'w:rubyBase');
          if (base) this.inline(base);
          break;
        }
        default:
        // w:rPr, w:instrText (field codes are hidden), w:lastRenderedPageBreak: nothing shown.
      }
    }
  }

  private fieldChar(type: string | undefined): void {
    if (type === 'begin') {
      this.fields.push(false);
      this.fieldsInInstruction++;
    } else if (type === 'separate') {
      if (this.fields.at(-1) === false) {
        this.fields[this.fields.length - 1] = true;
        this.fieldsInInstruction--;
      }
    } else if (type === 'end') {
      if (this.fields.pop() === false) this.fieldsInInstruction--;
    }
  }

  // Pictures.

  private drawing(drawing: XmlElement): void {
    const state = this.current;
    if (!state || this.deleted > 0) return;
    for (const node of children(drawing)) {
      if (node.name !== 'wp:inline' && node.name !== 'wp:anchor') continue;
      const graphicData = path(node, 'a:graphic', 'a:graphicData');
      // A text box is a story of its own: neither a picture nor hidden content.
      if (graphicData && path(graphicData, 'wps:wsp', 'wps:txbx')) continue;
      const docPr = child(node, 'wp:docPr');
      const name = docPr?.attributes['name'] ?? null;
      const isPicture = graphicData !== null && child(graphicData, 'pic:pic') !== null;
      if (node.name === 'wp:anchor') {
        this.hiddenPictures.push({
          paragraph: state.index,
          name,
          why: 'floating (wp:anchor): not in inlinePictures',
        });
      } else if (!isPicture) {
        const uri = graphicData?.attributes['uri'] ?? '';
        this.hiddenPictures.push({
          paragraph: state.index,
          name,
          why: `not a picture (${uri}): not in inlinePictures`,
        });
      } else {
        const extent = child(node, 'wp:extent');
        this.pictures.push({
          paragraph: state.index,
          altTextDescription: docPr?.attributes['descr'] ?? '',
          altTextTitle: docPr?.attributes['title'] ?? '',
          width: Number(extent?.attributes['cx'] ?? 0) / 12700,
          height: Number(extent?.attributes['cy'] ?? 0) / 12700,
        });
      }
    }
  }

  /** VML pictures of older files: inline ones are inline pictures to Word, positioned ones are not. */
  private vmlPicture(pict: XmlElement): void {
    const state = this.current;
    if (!state || this.deleted > 0) return;
    for (const shape of children(pict)) {
      const imagedata = child(shape, 'v:imagedata');
      if (!imagedata) continue;
      const name = shape.attributes['id'] ?? null;
      if (/position\s*:\s*absolute/i.test(shape.attributes['style'] ?? '')) {
        this.hiddenPictures.push({
          paragraph: state.index,
          name,
          why: 'floating VML shape: not in inlinePictures',
        });
      } else {
        this.pictures.push({
          paragraph: state.index,
          altTextDescription: shape.attributes['alt'] ?? '',
          altTextTitle: imagedata.attributes['o:title'] ?? '',
          width: 0,
          height: 0,
        });
      }
    }
  }
}
