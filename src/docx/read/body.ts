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
  Table,
  TableCell,
  TableRow,
  SeqField,
} from '../../core/report/snapshot';
import { child, path, type XmlElement } from '../../ooxml/xml';
import { chooseAlternative, InlineReader, type CommentAnchor, type ParagraphState } from './story-inline';
import { intAttribute, onOff } from './styles';

export { chooseAlternative, type CommentAnchor } from './story-inline';

/**
 * Formatting a story's readers never look at (they read only paragraph and character styles,
 * w:b, list numbering, outline level, table header rows and merged cells). The main document is
 * parsed without these (see `ParseOptions.skip`): they are most of its elements. A reader that
 * starts reading one of them must take it off this list.
 */
export const UNREAD_IN_STORY: ReadonlySet<string> = new Set([
  // Character formatting other than bold and the character style.
  'w:sz',
  'w:szCs',
  'w:lang',
  'w:color',
  'w:i',
  'w:iCs',
  'w:bCs',
  'w:u',
  'w:w',
  'w:kern',
  'w:noProof',
  'w:highlight',
  'w:vertAlign',
  'w:caps',
  'w:smallCaps',
  'w:strike',
  'w:dstrike',
  'w:position',
  'w:webHidden',
  // Paragraph layout (w:spacing and w:shd are shared with runs).
  'w:spacing',
  'w:shd',
  'w:jc',
  'w:ind',
  'w:tabs',
  'w:keepNext',
  'w:keepLines',
  'w:widowControl',
  'w:autoSpaceDE',
  'w:autoSpaceDN',
  'w:adjustRightInd',
  'w:snapToGrid',
  'w:contextualSpacing',
  'w:suppressAutoHyphens',
  'w:textAlignment',
  'w:pBdr',
  // Table layout (header rows are w:trPr/w:tblHeader, merges w:tcPr/w:vMerge and w:gridSpan).
  'w:tblPr',
  'w:tblPrEx',
  'w:tblGrid',
  'w:tcW',
  'w:tcBorders',
  'w:vAlign',
  'w:trHeight',
  'w:cantSplit',
  // Page layout.
  'w:sectPr',
]);

export interface StoryContent {
  paragraphs: Paragraph[];
  tables: Table[];
  contentControls: ContentControl[];
  pictures: Picture[];
  /** Comment anchors by comment w:id. */
  commentAnchors: Map<string, CommentAnchor>;
}

export class StoryReader extends InlineReader {
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
      fieldCodes: '',
    };
    this.current = state;
    try {
      this.inline(p);
    } finally {
      this.current = outer;
    }
    paragraph.text = state.text;
    paragraph.boldOnly = state.sawVisibleText && state.allBold;
    const seq = seqField(state.fieldCodes ?? '');
    if (seq) paragraph.seq = seq;
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
}

/** The first SEQ field in a paragraph's field codes: " SEQ Figure \\r 2 \\* ARABIC ". */
function seqField(codes: string): SeqField | null {
  const match = /\bSEQ\s+("[^"]+"|[^\s\\]+)([^\n]*)/i.exec(codes);
  if (!match?.[1]) return null;
  const reset = /\\r\s*(\d+)/i.exec(match[2] ?? '');
  return { sequence: match[1].replace(/"/g, ''), reset: reset?.[1] ? Number(reset[1]) : null };
}
