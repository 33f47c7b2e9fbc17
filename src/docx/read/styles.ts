/**
 * Styles (word/styles.xml): what a paragraph inherits from its style chain (w:basedOn) — the
 * name, outline level, numbering and bold.
 */
import type { ReadWarning } from '../../core/report/snapshot';
import { child, children, path, type XmlElement } from '../../ooxml/xml';

export interface Style {
  id: string;
  /** Name as shown in Word ("Heading 1"), not the lower-case name Word stores for built-ins. */
  name: string | null;
  type: string;
  basedOn: string | null;
  /** w:pPr/w:outlineLvl as written: 0..8 a heading level, 9 body text. */
  outlineLevel: number | null;
  /** w:pPr/w:numPr: numbering the style applies (numId "0" removes inherited numbering). */
  numId: string | null;
  numLevel: number | null;
  /** w:rPr/w:b: bold switched on or off by this style; null when the style does not say. */
  bold: boolean | null;
  /** For a numbering style: the style is the one an abstract numbering links to. */
  linkedNumId: string | null;
}

/** Maximum basedOn chain followed: guards against loops in hand-edited files. */
const MAX_CHAIN = 32;

/** Reads an on/off property such as w:b: present means on unless w:val says otherwise. */
export function onOff(element: XmlElement | null): boolean | null {
  if (!element) return null;
  const value = element.attributes['w:val'];
  if (value === undefined) return true;
  return !(value === '0' || value === 'false' || value === 'off');
}

export function intAttribute(element: XmlElement | null, name = 'w:val'): number | null {
  const raw = element?.attributes[name];
  if (raw === undefined) return null;
  const value = Number.parseInt(raw, 10);
  return Number.isFinite(value) ? value : null;
}

/** Built-in styles Word stores under a lower-case or internal name but shows under another. */
const SHOWN_NAMES: Record<string, string> = {
  title: 'Title',
  header: 'Header',
  footer: 'Footer',
  caption: 'Caption',
  'footnote text': 'Footnote Text',
  'endnote text': 'Endnote Text',
  'annotation text': 'Comment Text',
  'table of figures': 'Table of Figures',
};

/**
 * Word stores built-in style names in lower case ("heading 1") but shows and returns them
 * capitalised ("Heading 1"), which is also what the Word host reports.
 */
function displayName(name: string | null): string | null {
  if (name === null) return null;
  const numbered = /^(heading|toc|index) ([1-9])$/.exec(name);
  if (numbered) {
    const base =
      numbered[1] === 'toc' ? 'TOC' : `${numbered[1]?.charAt(0).toUpperCase()}${numbered[1]?.slice(1)}`;
    return `${base} ${numbered[2]}`;
  }
  return SHOWN_NAMES[name] ?? name;
}

export class StyleSheet {
  readonly styles = new Map<string, Style>();
  /** The paragraph style used where a paragraph names none (w:default="1", usually Normal). */
  defaultParagraphStyle: string | null = null;
  defaultCharacterStyle: string | null = null;
  /** Bold from w:docDefaults/w:rPrDefault, applied when no style or run says. */
  defaultBold: boolean | null = null;
  /*
   * What each style gives its paragraphs, worked out once per style rather than once per
   * paragraph: a long report has thousands of paragraphs in a dozen styles, and the sheet does not
   * change once read.
   */
  private readonly headingLevels = new Map<string | null, number | null>();
  private readonly bolds = new Map<string | null, boolean | null>();
  private readonly numberings = new Map<
    string | null,
    Readonly<{ numId: string; level: number | null }> | null
  >();

  static empty(): StyleSheet {
    return new StyleSheet();
  }

  static read(root: XmlElement | null, warnings: ReadWarning[], where = 'word/styles.xml'): StyleSheet {
    const sheet = new StyleSheet();
    if (!root) return sheet;
    sheet.defaultBold = onOff(path(root, 'w:docDefaults', 'w:rPrDefault', 'w:rPr', 'w:b'));
    for (const element of children(root, 'w:style')) {
      const id = element.attributes['w:styleId'];
      if (id === undefined) {
        warnings.push({ where, message: 'A style has no w:styleId and was ignored.' });
        continue;
      }
      const type = element.attributes['w:type'] ?? 'paragraph';
      const pPr = child(element, 'w:pPr');
      const numPr = path(pPr, 'w:numPr');
      const style: Style = {
        id,
        name: displayName(child(element, 'w:name')?.attributes['w:val'] ?? null),
        type,
        basedOn: child(element, 'w:basedOn')?.attributes['w:val'] ?? null,
        outlineLevel: intAttribute(path(pPr, 'w:outlineLvl')),
        numId: path(numPr, 'w:numId')?.attributes['w:val'] ?? null,
        numLevel: intAttribute(path(numPr, 'w:ilvl')),
        bold: onOff(path(element, 'w:rPr', 'w:b')),
        linkedNumId: null,
      };
      if (type === 'numbering') style.linkedNumId = style.numId;
      if (!sheet.styles.has(id)) sheet.styles.set(id, style);
      const isDefault = ['1', 'true', 'on'].includes(element.attributes['w:default'] ?? '');
      if (isDefault && type === 'paragraph') sheet.defaultParagraphStyle ??= id;
      if (isDefault && type === 'character') sheet.defaultCharacterStyle ??= id;
    }
    return sheet;
  }

  get(id: string): Style | undefined {
    return this.styles.get(id);
  }

  /** The style and its ancestors, nearest first. */
  chain(id: string | null): Style[] {
    const out: Style[] = [];
    const seen = new Set<string>();
    for (let current = id; current !== null && out.length < MAX_CHAIN && !seen.has(current);) {
      seen.add(current);
      const style = this.styles.get(current);
      if (!style) break;
      out.push(style);
      current = style.basedOn;
    }
    return out;
  }

  /** The nearest value the chain defines for a property, or null. */
  private inherited<T>(id: string | null, pick: (style: Style) => T | null): T | null {
    for (const style of this.chain(id)) {
      const value = pick(style);
      if (value !== null) return value;
    }
    return null;
  }

  outlineLevel(id: string | null): number | null {
    return this.inherited(id, (s) => s.outlineLevel);
  }

  bold(id: string | null): boolean | null {
    let bold = this.bolds.get(id);
    if (bold === undefined) {
      bold = this.inherited(id, (s) => s.bold);
      this.bolds.set(id, bold);
    }
    return bold;
  }

  /** Numbering the style chain applies: the nearest numId, and the nearest level. */
  numbering(id: string | null): Readonly<{ numId: string; level: number | null }> | null {
    let numbering = this.numberings.get(id);
    if (numbering === undefined) {
      const numId = this.inherited(id, (s) => s.numId);
      numbering = numId === null ? null : { numId, level: this.inherited(id, (s) => s.numLevel) };
      this.numberings.set(id, numbering);
    }
    return numbering;
  }

  /**
   * Heading level 1..9 for a paragraph style: its outline level, or failing that a built-in
   * "Heading N" name (or "HeadingN" id) for files whose heading styles lack an outline level.
   */
  headingLevel(id: string | null): number | null {
    let level = this.headingLevels.get(id);
    if (level === undefined) {
      level = this.headingLevelOf(id);
      this.headingLevels.set(id, level);
    }
    return level;
  }

  private headingLevelOf(id: string | null): number | null {
    const outline = this.outlineLevel(id);
    if (outline !== null) return outline >= 0 && outline <= 8 ? outline + 1 : null;
    for (const style of this.chain(id)) {
      const match = /^heading ?([1-9])$/i.exec(style.name ?? '') ?? /^Heading([1-9])$/.exec(style.id);
      if (match) return Number(match[1]);
    }
    return null;
  }
}
