/**
 * Reads a story (the document body, or a comment) into paragraphs, tables, content controls,
 * pictures and comment anchors, in Word's `body.paragraphs` order.
 *
 * Text is the accepted view of the document: inserted and moved-to text is in, deleted and
 * moved-from text is out; a field shows its result, not its instruction. Paragraphs are never
 * merged or dropped (not even one whose mark is a tracked deletion), so an index here selects
 * the same paragraph in Word. Text boxes are stories of their own in Word: their paragraphs are
 * not read, and their text is not merged into the paragraph that anchors them.
 */
import type {
  CellRef,
  ContentControl,
  Paragraph,
  Picture,
  ReadWarning,
  Table,
  TableCell,
  TableRow,
} from '../core/report/snapshot';
import { UNDERSTOOD_PREFIXES } from '../ooxml/namespaces';
import { child, path, type XmlElement, type XmlNode } from '../ooxml/xml';
import type { ListCounter } from './numbering';
import { contentControlKind } from './content-controls';
import { drawingPictures, vmlPictures } from './pictures';
import { intAttribute, onOff, type StyleSheet } from './styles';

/** Where a comment is anchored in the story. */
export interface CommentAnchor {
  paragraph: number | null;
  text: string;
  /** Position among anchors in document order, for ordering threads as Word lists them. */
  order: number;
}

export interface StoryContent {
  paragraphs: Paragraph[];
  tables: Table[];
  contentControls: ContentControl[];
  pictures: Picture[];
  /** Comment anchors by comment w:id. */
  commentAnchors: Map<string, CommentAnchor>;
}

interface OpenRange {
  anchor: CommentAnchor;
  /** True once the range has met a paragraph, so the next one starts a new line of anchor text. */
  started: boolean;
}

/** The paragraph being read: its text and whether every run with visible text is bold. */
interface ParagraphState {
  paragraph: Paragraph;
  text: string;
  sawVisibleText: boolean;
  allBold: boolean;
  /** Bold from the paragraph's style chain, for runs that do not say. */
  styleBold: boolean | null;
}

function hasVisibleCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0xa0) return true;
  }
  return false;
}

/**
 * The branch of mc:AlternateContent to read: the first choice whose required namespaces we
 * understand, else the fallback. Reading one branch only keeps text from being doubled.
 */
export function chooseAlternative(element: XmlElement): XmlElement | null {
  for (const node of element.children) {
    if (typeof node !== 'object') continue;
    if (node.name === 'mc:Choice') {
      const requires = (node.attributes['Requires'] ?? '').split(/\s+/).filter(Boolean);
      if (requires.length > 0 && requires.every((prefix) => UNDERSTOOD_PREFIXES.has(prefix))) return node;
    } else if (node.name === 'mc:Fallback') {
      return node;
    }
  }
  return null;
}

/** w:sym: the character from its code; symbol-font codes (F0xx) stay as Word stores them. */
function symbolText(sym: XmlElement): string {
  const code = Number.parseInt(sym.attributes['w:char'] ?? '', 16);
  return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
}

export class StoryReader {
  readonly paragraphs: Paragraph[] = [];
  readonly tables: Table[] = [];
  readonly contentControls: ContentControl[] = [];
  readonly pictures: Picture[] = [];
  readonly commentAnchors = new Map<string, CommentAnchor>();

  private current: ParagraphState | null = null;
  /** Table cells we are inside, innermost last. */
  private readonly cells: CellRef[] = [];
  /** Open complex fields: true once past w:fldChar "separate" (showing the result). */
  private readonly fields: boolean[] = [];
  private fieldsInInstruction = 0;
  private deleted = 0;
  private readonly openRanges = new Map<string, OpenRange>();
  private readonly openInlineControls: ContentControl[] = [];
  private readonly warnedStyles = new Set<string>();

  constructor(
    private readonly styles: StyleSheet,
    private readonly lists: ListCounter | null,
    private readonly warnings: ReadWarning[],
    private readonly where: string,
  ) {}

  result(): StoryContent {
    if (this.fields.length > 0) {
      this.warnings.push({
        where: this.where,
        message: 'A field is not closed (w:fldChar "end" is missing).',
      });
    }
    const last = this.paragraphs.length - 1;
    for (const control of this.contentControls) {
      // A control around no paragraph (empty, or holding only a table row marker) points at the
      // paragraph that follows it.
      if (control.lastParagraph < control.firstParagraph) control.lastParagraph = control.firstParagraph;
      if (control.firstParagraph > last) control.firstParagraph = control.lastParagraph = Math.max(last, 0);
    }
    return {
      paragraphs: this.paragraphs,
      tables: this.tables,
      contentControls: this.contentControls,
      pictures: this.pictures,
      commentAnchors: this.commentAnchors,
    };
  }

  // Block level: paragraphs, tables and the wrappers around them.

  blocks(container: XmlElement): void {
    for (const node of container.children) {
      if (typeof node !== 'object') continue;
      switch (node.name) {
        case 'w:p':
          this.paragraph(node);
          break;
        case 'w:tbl':
          this.table(node);
          break;
        case 'w:sdt':
          this.blockControl(node, (content) => this.blocks(content));
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
        case 'w:altChunk':
          this.warnings.push({
            where: this.where,
            message:
              'The document embeds imported content (w:altChunk) that Word converts when it opens the file; ' +
              'that content was not read.',
          });
          break;
        default:
          this.rangeMarker(node);
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

  /** Comment range starts and ends may sit between blocks, rows or cells as well as in text. */
  private rangeMarker(node: XmlElement): void {
    if (node.name === 'w:commentRangeStart') this.openCommentRange(node.attributes['w:id']);
    else if (node.name === 'w:commentRangeEnd') this.closeCommentRange(node.attributes['w:id']);
  }

  private openCommentRange(id: string | undefined): void {
    if (id === undefined || this.commentAnchors.has(id)) return;
    const anchor: CommentAnchor = {
      paragraph: this.current ? this.current.paragraph.index : null,
      text: '',
      order: this.commentAnchors.size,
    };
    this.commentAnchors.set(id, anchor);
    this.openRanges.set(id, { anchor, started: this.current !== null });
  }

  private closeCommentRange(id: string | undefined): void {
    if (id !== undefined) this.openRanges.delete(id);
  }

  private commentReference(id: string | undefined): void {
    if (id === undefined || !this.current) return;
    const existing = this.commentAnchors.get(id);
    if (existing) {
      existing.paragraph ??= this.current.paragraph.index;
      return;
    }
    this.commentAnchors.set(id, {
      paragraph: this.current.paragraph.index,
      text: '',
      order: this.commentAnchors.size,
    });
  }

  private blockControl(sdt: XmlElement, readContent: (content: XmlElement) => void): void {
    const control = this.openControl(sdt, false);
    const content = child(sdt, 'w:sdtContent');
    if (content) readContent(content);
    control.lastParagraph = this.paragraphs.length - 1;
    control.text = this.paragraphs
      .slice(control.firstParagraph, control.lastParagraph + 1)
      .map((p) => p.text)
      .join('\n');
  }

  private openControl(sdt: XmlElement, inline: boolean): ContentControl {
    const sdtPr = child(sdt, 'w:sdtPr');
    const first = inline && this.current ? this.current.paragraph.index : this.paragraphs.length;
    const control: ContentControl = {
      id: path(sdtPr, 'w:id')?.attributes['w:val'] ?? null,
      tag: path(sdtPr, 'w:tag')?.attributes['w:val'] ?? null,
      title: path(sdtPr, 'w:alias')?.attributes['w:val'] ?? null,
      kind: contentControlKind(sdtPr),
      firstParagraph: first,
      lastParagraph: first,
      inline,
      text: '',
    };
    this.contentControls.push(control);
    return control;
  }

  // Tables.

  private table(tbl: XmlElement): void {
    const table: Table = {
      index: this.tables.length,
      firstParagraph: this.paragraphs.length,
      lastParagraph: this.paragraphs.length,
      depth: this.cells.length,
      rows: [],
    };
    this.tables.push(table);
    this.rows(tbl, table);
    table.lastParagraph = Math.max(this.paragraphs.length - 1, table.firstParagraph);
  }

  private rows(container: XmlElement, table: Table): void {
    for (const node of container.children) {
      if (typeof node !== 'object') continue;
      switch (node.name) {
        case 'w:tr':
          this.row(node, table);
          break;
        case 'w:sdt':
          this.blockControl(node, (content) => this.rows(content, table));
          break;
        case 'w:customXml':
        case 'w:ins':
        case 'w:moveTo':
          this.rows(node, table);
          break;
        case 'mc:AlternateContent': {
          const branch = chooseAlternative(node);
          if (branch) this.rows(branch, table);
          break;
        }
        default:
          this.rangeMarker(node);
      }
    }
  }

  private row(tr: XmlElement, table: Table): void {
    const row: TableRow = { header: onOff(path(tr, 'w:trPr', 'w:tblHeader')) ?? false, cells: [] };
    table.rows.push(row);
    this.cellsOf(tr, table, row);
  }

  private cellsOf(container: XmlElement, table: Table, row: TableRow): void {
    for (const node of container.children) {
      if (typeof node !== 'object') continue;
      switch (node.name) {
        case 'w:tc':
          this.cell(node, table, row);
          break;
        case 'w:sdt':
          this.blockControl(node, (content) => this.cellsOf(content, table, row));
          break;
        case 'w:customXml':
        case 'w:ins':
        case 'w:moveTo':
          this.cellsOf(node, table, row);
          break;
        case 'mc:AlternateContent': {
          const branch = chooseAlternative(node);
          if (branch) this.cellsOf(branch, table, row);
          break;
        }
        default:
          this.rangeMarker(node);
      }
    }
  }

  private cell(tc: XmlElement, table: Table, row: TableRow): void {
    const tcPr = child(tc, 'w:tcPr');
    const vMerge = path(tcPr, 'w:vMerge');
    const cell: TableCell = {
      text: '',
      gridSpan: Math.max(intAttribute(path(tcPr, 'w:gridSpan')) ?? 1, 1),
      // <w:vMerge/> without a value continues the merge above.
      vMerge: vMerge ? (vMerge.attributes['w:val'] === 'restart' ? 'restart' : 'continue') : null,
      paragraphs: [],
    };
    row.cells.push(cell);
    this.cells.push({ table: table.index, row: table.rows.length - 1, cell: row.cells.length - 1 });
    const first = this.paragraphs.length;
    try {
      this.blocks(tc);
    } finally {
      this.cells.pop();
    }
    for (let i = first; i < this.paragraphs.length; i++) cell.paragraphs.push(i);
    cell.text = cell.paragraphs.map((i) => this.paragraphs[i]?.text ?? '').join('\n');
  }

  // Paragraphs and their runs.

  private paragraph(p: XmlElement): void {
    const pPr = child(p, 'w:pPr');
    const named = path(pPr, 'w:pStyle')?.attributes['w:val'] ?? null;
    const styleId = named ?? this.styles.defaultParagraphStyle;
    const style = styleId === null ? undefined : this.styles.get(styleId);
    if (named !== null && !style && !this.warnedStyles.has(named)) {
      this.warnedStyles.add(named);
      this.warnings.push({
        where: this.where,
        message: `Paragraph style "${named}" is used but not defined in the styles part.`,
      });
    }
    const paragraph: Paragraph = {
      index: this.paragraphs.length,
      text: '',
      styleId,
      styleName: style?.name ?? null,
      headingLevel: null,
      boldOnly: false,
      list: null,
      cell: this.cellRef(),
    };
    this.paragraphs.push(paragraph);

    for (const range of this.openRanges.values()) {
      if (range.started) range.anchor.text += '\n';
      range.started = true;
      range.anchor.paragraph ??= paragraph.index;
    }

    const outline = intAttribute(path(pPr, 'w:outlineLvl'));
    paragraph.headingLevel =
      outline !== null
        ? outline >= 0 && outline <= 8
          ? outline + 1
          : null
        : this.styles.headingLevel(styleId);
    paragraph.list = this.listNumber(path(pPr, 'w:numPr'), styleId);

    const outer = this.current;
    const state: ParagraphState = {
      paragraph,
      text: '',
      sawVisibleText: false,
      allBold: true,
      styleBold: this.styles.bold(styleId),
    };
    this.current = state;
    try {
      this.inline(p);
    } finally {
      this.current = outer;
    }
    paragraph.text = state.text;
    paragraph.boldOnly = state.sawVisibleText && state.allBold;
  }

  private cellRef(): CellRef | null {
    const inner = this.cells.at(-1);
    return inner ? { ...inner } : null;
  }

  private listNumber(numPr: XmlElement | null, styleId: string | null): Paragraph['list'] {
    if (!this.lists) return null;
    const direct = numPr ? (path(numPr, 'w:numId')?.attributes['w:val'] ?? null) : null;
    const directLevel = intAttribute(path(numPr, 'w:ilvl'));
    const fromStyle = this.styles.numbering(styleId);
    const numId = direct ?? fromStyle?.numId ?? null;
    if (numId === null || numId === '0') return null;
    let level = directLevel ?? fromStyle?.level ?? null;
    if (level === null && direct === null && styleId !== null) {
      level = this.lists.levelFor(numId, styleId);
    }
    return this.lists.next(numId, level ?? 0);
  }

  /** Text goes to the paragraph, and to every comment range and inline control it sits in. */
  private emit(text: string, bold: boolean): void {
    const state = this.current;
    if (!state || text === '' || this.deleted > 0 || this.fieldsInInstruction > 0) return;
    state.text += text;
    if (hasVisibleCharacter(text)) {
      state.sawVisibleText = true;
      if (!bold) state.allBold = false;
    }
    if (this.openRanges.size > 0) for (const range of this.openRanges.values()) range.anchor.text += text;
    for (const control of this.openInlineControls) control.text += text;
  }

  private inline(container: XmlElement): void {
    for (const node of container.children) {
      if (typeof node !== 'object') continue;
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
        case 'w:commentRangeStart':
        case 'w:commentRangeEnd':
          this.rangeMarker(node);
          break;
        default:
        // w:pPr, bookmarks, proofing marks, permissions: no text.
      }
    }
  }

  private inlineControl(sdt: XmlElement): void {
    const control = this.openControl(sdt, true);
    const content = child(sdt, 'w:sdtContent');
    if (!content) return;
    this.openInlineControls.push(control);
    try {
      this.inline(content);
    } finally {
      this.openInlineControls.pop();
    }
  }

  /** Office Math: the text of its runs (m:t), which Word shows in the line. */
  private math(element: XmlElement): void {
    for (const node of element.children) {
      if (typeof node !== 'object') continue;
      if (node.name === 'm:t') this.emit(textOf(node), this.current?.styleBold ?? false);
      else if (node.name === 'w:rPr' || node.name === 'm:rPr') continue;
      else this.math(node);
    }
  }

  private runBold(rPr: XmlElement | null): boolean {
    const direct = onOff(path(rPr, 'w:b'));
    if (direct !== null) return direct;
    const characterStyle = path(rPr, 'w:rStyle')?.attributes['w:val'] ?? null;
    const fromCharacterStyle = characterStyle === null ? null : this.styles.bold(characterStyle);
    const fromParagraphStyle = this.current?.styleBold ?? null;
    // Bold is a toggle property: a bold character style in a bold paragraph style switches it off.
    if (fromCharacterStyle !== null && fromParagraphStyle !== null)
      return fromCharacterStyle !== fromParagraphStyle;
    return fromCharacterStyle ?? fromParagraphStyle ?? this.styles.defaultBold ?? false;
  }

  private run(r: XmlElement): void {
    const bold = this.runBold(child(r, 'w:rPr'));
    this.runContent(r, bold);
  }

  private runContent(r: XmlElement, bold: boolean): void {
    for (const node of r.children) {
      if (typeof node !== 'object') continue;
      switch (node.name) {
        case 'w:t':
          this.emit(textOf(node), bold);
          break;
        case 'w:tab':
        case 'w:ptab':
          this.emit('\t', bold);
          break;
        case 'w:br':
        case 'w:cr':
          this.emit('\n', bold);
          break;
        case 'w:noBreakHyphen':
          this.emit('\u2011', bold);
          break;
        case 'w:sym':
          this.emit(symbolText(node), bold);
          break;
        case 'w:fldChar':
          this.fieldChar(node.attributes['w:fldCharType']);
          break;
        case 'w:commentReference':
          this.commentReference(node.attributes['w:id']);
          break;
        case 'w:drawing':
        case 'w:pict':
          this.picturesIn(node);
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
        // w:rPr, w:instrText, w:delText, note references, w:softHyphen (not shown): no text.
      }
    }
  }

  private picturesIn(element: XmlElement): void {
    // A picture in deleted text is gone from the accepted document.
    if (!this.current || this.deleted > 0) return;
    const paragraph = this.current.paragraph.index;
    const found =
      element.name === 'w:drawing' ? drawingPictures(element, paragraph) : vmlPictures(element, paragraph);
    this.pictures.push(...found);
  }

  private fieldChar(type: string | undefined): void {
    if (type === 'begin') {
      this.fields.push(false);
      this.fieldsInInstruction++;
    } else if (type === 'separate') {
      if (this.fields.length > 0 && this.fields.at(-1) === false) {
        this.fields[this.fields.length - 1] = true;
        this.fieldsInInstruction--;
      }
    } else if (type === 'end') {
      const showingResult = this.fields.pop();
      if (showingResult === false) this.fieldsInInstruction--;
    }
  }
}

/** Character data directly inside an element such as w:t. */
function textOf(element: XmlElement): string {
  let out = '';
  for (const node of element.children as XmlNode[]) if (typeof node === 'string') out += node;
  return out;
}
