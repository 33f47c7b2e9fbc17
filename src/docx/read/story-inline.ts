/**
 * The inline half of reading a story (see body.ts): runs and what sits between them — fields,
 * tracked changes, inline content controls, comment ranges, math, symbols and pictures — turned
 * into the paragraph's text as Word shows it (the accepted view, a field's result).
 *
 * StoryReader (body.ts) adds the block level (paragraphs, tables, block controls) on top; the
 * state both halves share (the paragraph being read, open ranges and fields) lives here.
 */
import type {
  CellRef,
  ContentControl,
  Paragraph,
  Picture,
  ReadWarning,
  Table,
} from '../../core/report/snapshot';
import { UNDERSTOOD_PREFIXES } from '../../ooxml/namespaces';
import { child, path, type XmlElement, type XmlNode } from '../../ooxml/xml';
import type { ListCounter } from './numbering';
import { contentControlKind } from './content-controls';
import { drawingPictures, vmlPictures } from './pictures';
import { onOff, type StyleSheet } from './styles';

/** Where a comment is anchored in the story. */
export interface CommentAnchor {
  paragraph: number | null;
  text: string;
  /** Position among anchors in document order, for ordering threads as Word lists them. */
  order: number;
}

export interface OpenRange {
  anchor: CommentAnchor;
  /** True once the range has met a paragraph, so the next one starts a new line of anchor text. */
  started: boolean;
}

/** The paragraph being read: its text and whether every run with visible text is bold. */
export interface ParagraphState {
  paragraph: Paragraph;
  text: string;
  sawVisibleText: boolean;
  allBold: boolean;
  /** Bold from the paragraph's style chain, for runs that do not say. */
  styleBold: boolean | null;
  /** Field instructions met in the paragraph (w:instrText, w:fldSimple's w:instr), for `seq`. */
  fieldCodes?: string;
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

export abstract class InlineReader {
  readonly paragraphs: Paragraph[] = [];
  readonly tables: Table[] = [];
  readonly contentControls: ContentControl[] = [];
  readonly pictures: Picture[] = [];
  readonly commentAnchors = new Map<string, CommentAnchor>();

  protected current: ParagraphState | null = null;
  /** Table cells we are inside, innermost last. */
  protected readonly cells: CellRef[] = [];
  /** Open complex fields: true once past w:fldChar "separate" (showing the result). */
  protected readonly fields: boolean[] = [];
  protected fieldsInInstruction = 0;
  protected deleted = 0;
  protected readonly openRanges = new Map<string, OpenRange>();
  protected readonly openInlineControls: ContentControl[] = [];
  protected readonly warnedStyles = new Set<string>();

  constructor(
    protected readonly styles: StyleSheet,
    protected readonly lists: ListCounter | null,
    protected readonly warnings: ReadWarning[],
    protected readonly where: string,
  ) {}

  protected whileDeleted(read: () => void): void {
    this.deleted++;
    try {
      read();
    } finally {
      this.deleted--;
    }
  }

  /** Comment range starts and ends may sit between blocks, rows or cells as well as in text. */
  protected rangeMarker(node: XmlElement): void {
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

  protected openControl(sdt: XmlElement, inline: boolean): ContentControl {
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

  protected inline(container: XmlElement): void {
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
        case 'w:dir':
        case 'w:bdo':
          this.inline(node);
          break;
        case 'w:fldSimple':
          this.fieldCode(`\n${node.attributes['w:instr'] ?? ''}\n`);
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
        case 'w:instrText':
          this.fieldCode(textOf(node));
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

  /**
   * A field's code. Word may split one code over several w:instrText runs, so they join as they
   * are, and each field starts on a new line (so one field's switches are not read as another's);
   * codes in deleted text are gone.
   */
  private fieldCode(code: string): void {
    const state = this.current;
    if (!state || this.deleted > 0 || state.fieldCodes === undefined) return;
    state.fieldCodes += code;
  }

  private fieldChar(type: string | undefined): void {
    if (type === 'begin') {
      this.fieldCode('\n');
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
