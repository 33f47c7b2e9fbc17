/**
 * List numbering (word/numbering.xml) and the label Word displays for a numbered paragraph.
 *
 * A paragraph points at a numbering instance (w:num, by numId) and a level (w:ilvl). The instance
 * points at an abstract definition (w:abstractNum) holding nine levels — start value, number
 * format, label pattern such as "%1.%2" — and may override a level's start or whole definition.
 * Counting follows Word: instances of one abstract definition continue one sequence, unless an
 * instance restarts it with w:startOverride; using a level restarts the levels below it (or only
 * those whose w:lvlRestart allows).
 */
import type { ListNumber, ReadWarning } from '../../core/report/snapshot';
import { child, children, path, type XmlElement } from '../../ooxml/xml';
import { intAttribute, onOff, type StyleSheet } from './styles';

export interface ListLevel {
  start: number;
  /** w:numFmt, e.g. "decimal", "lowerLetter", "bullet", "none". */
  format: string;
  /** w:lvlText, e.g. "%1.%2", or a bullet character; null when absent. */
  text: string | null;
  /** w:lvlRestart as written: restart after a level above this 1-based one is used; 0 never. */
  restartAfter: number | null;
  /** w:isLgl: show every level's number in decimal ("legal" numbering). */
  legal: boolean;
  /** w:pStyle: the paragraph style tied to this level. */
  paragraphStyle: string | null;
  /** Font of the label (w:rPr/w:rFonts w:ascii), which decides what a bullet character shows. */
  font: string | null;
}

interface AbstractNumbering {
  id: string;
  levels: (ListLevel | undefined)[];
  /** w:numStyleLink: the levels live in the abstract numbering of this numbering style. */
  numStyleLink: string | null;
}

interface LevelOverride {
  start: number | null;
  level: ListLevel | null;
}

interface NumberingInstance {
  numId: string;
  abstractId: string;
  overrides: Map<number, LevelOverride>;
}

const WHERE = 'word/numbering.xml';

/**
 * What the numbering part holds that `NumberingDefinitions.read` never looks at: each level's
 * indents and tab stops, label alignment, ids and templates. numbering.xml is parsed without them
 * (see `ParseOptions.skip`); most of a large one is these.
 */
export const UNREAD_IN_NUMBERING: ReadonlySet<string> = new Set([
  'w:pPr',
  'w:lvlJc',
  'w:suff',
  'w:legacy',
  'w:lvlPicBulletId',
  'w:nsid',
  'w:multiLevelType',
  'w:tmpl',
  'w:numPicBullet',
  'w:sz',
  'w:szCs',
  'w:b',
  'w:bCs',
  'w:i',
  'w:iCs',
  'w:u',
  'w:color',
]);

function readLevel(element: XmlElement): ListLevel {
  return {
    start: intAttribute(child(element, 'w:start')) ?? 0,
    format: child(element, 'w:numFmt')?.attributes['w:val'] ?? 'decimal',
    text: child(element, 'w:lvlText')?.attributes['w:val'] ?? null,
    restartAfter: intAttribute(child(element, 'w:lvlRestart')),
    legal: onOff(child(element, 'w:isLgl')) ?? false,
    paragraphStyle: child(element, 'w:pStyle')?.attributes['w:val'] ?? null,
    font: path(element, 'w:rPr', 'w:rFonts')?.attributes['w:ascii'] ?? null,
  };
}

export class NumberingDefinitions {
  private readonly abstracts = new Map<string, AbstractNumbering>();
  private readonly instances = new Map<string, NumberingInstance>();

  static read(root: XmlElement | null): NumberingDefinitions {
    const defs = new NumberingDefinitions();
    if (!root) return defs;
    for (const element of children(root, 'w:abstractNum')) {
      const id = element.attributes['w:abstractNumId'];
      if (id === undefined) continue;
      const levels: (ListLevel | undefined)[] = [];
      for (const lvl of children(element, 'w:lvl')) {
        const ilvl = intAttribute(lvl, 'w:ilvl') ?? 0;
        if (ilvl >= 0 && ilvl <= 8) levels[ilvl] = readLevel(lvl);
      }
      const numStyleLink = child(element, 'w:numStyleLink')?.attributes['w:val'] ?? null;
      defs.abstracts.set(id, { id, levels, numStyleLink });
    }
    for (const element of children(root, 'w:num')) {
      const numId = element.attributes['w:numId'];
      const abstractId = child(element, 'w:abstractNumId')?.attributes['w:val'];
      if (numId === undefined || abstractId === undefined) continue;
      const overrides = new Map<number, LevelOverride>();
      for (const override of children(element, 'w:lvlOverride')) {
        const ilvl = intAttribute(override, 'w:ilvl') ?? 0;
        const lvl = child(override, 'w:lvl');
        overrides.set(ilvl, {
          start: intAttribute(child(override, 'w:startOverride')),
          level: lvl ? readLevel(lvl) : null,
        });
      }
      defs.instances.set(numId, { numId, abstractId, overrides });
    }
    return defs;
  }

  instance(numId: string): NumberingInstance | undefined {
    return this.instances.get(numId);
  }

  /**
   * The abstract numbering whose levels an instance uses, following w:numStyleLink through the
   * numbering style to the abstract numbering that defines the levels.
   */
  abstractFor(numId: string, styles: StyleSheet): AbstractNumbering | undefined {
    let abstract = this.abstracts.get(this.instances.get(numId)?.abstractId ?? '');
    for (let hops = 0; abstract?.numStyleLink && hops < 4; hops++) {
      const linkedNumId = styles.get(abstract.numStyleLink)?.linkedNumId;
      const linked = linkedNumId
        ? this.abstracts.get(this.instances.get(linkedNumId)?.abstractId ?? '')
        : undefined;
      if (!linked || linked === abstract) break;
      abstract = linked;
    }
    return abstract;
  }

  /** The level of an instance, with the instance's own overrides applied. */
  level(numId: string, ilvl: number, styles: StyleSheet): ListLevel | undefined {
    const instance = this.instances.get(numId);
    const override = instance?.overrides.get(ilvl);
    const base = override?.level ?? this.abstractFor(numId, styles)?.levels[ilvl];
    if (!base) return undefined;
    return override?.start != null ? { ...base, start: override.start } : base;
  }

  /** The level whose w:pStyle is this paragraph style, for style-linked numbering without w:ilvl. */
  levelForStyle(numId: string, styleId: string, styles: StyleSheet): number | null {
    const levels = this.abstractFor(numId, styles)?.levels ?? [];
    const index = levels.findIndex((level) => level?.paragraphStyle === styleId);
    return index === -1 ? null : index;
  }
}

/**
 * Bullets in the Symbol and Wingdings fonts are stored as the font's own code, either as is
 * ("·" is Symbol's bullet) or in the private-use range (U+F0B7). The label gives the character
 * the reader sees.
 */
const SYMBOL_FONT_BULLETS: Record<string, Record<number, string>> = {
  symbol: { 0xb7: '•', 0xa8: '♦', 0xde: '⇒', 0x2d: '-' },
  wingdings: {
    0xa7: '▪',
    0xd8: '➢',
    0xfc: '✓',
    0x76: '❖',
    0x6e: '■',
    0x71: '❑',
    0xa8: '◻',
    0x9f: '•',
    0xe0: '→',
  },
};

function bulletText(text: string, font: string | null): string {
  const table = SYMBOL_FONT_BULLETS[(font ?? '').toLowerCase()];
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const isPrivateUse = code >= 0xf000 && code <= 0xf0ff;
    if (table && (code < 0x100 || isPrivateUse)) out += table[code & 0xff] ?? (isPrivateUse ? '•' : ch);
    else out += isPrivateUse ? '•' : ch;
  }
  return out;
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  let rest = n;
  for (const [value, letters] of table) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

/** Word's letters: a..z, then aa..zz, aaa..: the letter repeated, not base 26. */
function letters(n: number): string {
  if (n <= 0) return '';
  const letter = String.fromCharCode(65 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** A number in a w:numFmt; formats we do not know show as decimal, as Word's fallback does. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'none':
      return '';
    case 'decimalZero':
      return n >= 0 && n < 10 ? `0${n}` : String(n);
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return letters(n);
    case 'lowerLetter':
      return letters(n).toLowerCase();
    case 'ordinal':
      return ordinal(n);
    case 'decimalEnclosedParen':
      return `(${n})`;
    case 'decimalEnclosedFullstop':
      return `${n}.`;
    case 'decimalEnclosedCircle':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case 'hex':
      return n.toString(16).toUpperCase();
    default:
      return String(n);
  }
}

/**
 * Counts numbered paragraphs in document order and gives each the label Word shows.
 * One counter per paragraph, in order: call `next` for every numbered paragraph.
 */
export class ListCounter {
  /** Current value per level, per sequence; undefined where a level has not been used yet. */
  private readonly sequences = new Map<string, (number | undefined)[]>();
  private readonly warned = new Set<string>();

  constructor(
    private readonly definitions: NumberingDefinitions,
    private readonly styles: StyleSheet,
    private readonly warnings: ReadWarning[],
  ) {}

  private warnOnce(key: string, message: string): void {
    if (this.warned.has(key)) return;
    this.warned.add(key);
    this.warnings.push({ where: WHERE, message });
  }

  /** The level a paragraph style is tied to in this numbering (style-linked lists), if any. */
  levelFor(numId: string, styleId: string): number | null {
    return this.definitions.levelForStyle(numId, styleId, this.styles);
  }

  /** Label for the next paragraph numbered with (numId, ilvl); null when nothing is displayed. */
  next(numId: string, ilvl: number): ListNumber | null {
    if (numId === '0') return null;
    const instance = this.definitions.instance(numId);
    const abstract = instance ? this.definitions.abstractFor(numId, this.styles) : undefined;
    if (!instance || !abstract) {
      this.warnOnce(
        `num:${numId}`,
        `A paragraph uses list numbering ${numId}, which is not defined; it is read as unnumbered.`,
      );
      return null;
    }
    const level = Math.min(Math.max(ilvl, 0), 8);
    const definition = this.definitions.level(numId, level, this.styles);
    if (!definition) {
      this.warnOnce(
        `lvl:${numId}:${level}`,
        `List numbering ${numId} has no level ${level}; those paragraphs are read as unnumbered.`,
      );
      return null;
    }

    // An instance that overrides a start value restarts the list: it keeps its own counters.
    const restarts = [...instance.overrides.values()].some((o) => o.start !== null || o.level !== null);
    const key = restarts ? `num:${numId}` : `abstract:${abstract.id}`;
    let counters = this.sequences.get(key);
    if (!counters) {
      counters = [];
      this.sequences.set(key, counters);
    }

    const current = counters[level];
    counters[level] = current === undefined ? definition.start : current + 1;
    for (let deeper = level + 1; deeper <= 8; deeper++) {
      const restartAfter = this.definitions.level(numId, deeper, this.styles)?.restartAfter ?? null;
      // w:lvlRestart="0" never restarts; "n" restarts only when a level at or above n (1-based) is used.
      if (restartAfter === null || (restartAfter !== 0 && level < restartAfter)) counters[deeper] = undefined;
    }

    const bullet = definition.format === 'bullet';
    const text = definition.text ?? '';
    if (bullet) return { numId, level, label: bulletText(text, definition.font), bullet };
    const label = text.replace(/%([1-9])/g, (_, digit: string) => {
      const referenced = Number(digit) - 1;
      const referencedDef = this.definitions.level(numId, referenced, this.styles);
      // A level above that has not been used yet shows one less than its start, as Word does ("0.1").
      const value = counters[referenced] ?? (referencedDef ? referencedDef.start - 1 : 0);
      const format =
        definition.legal && referencedDef?.format !== 'none'
          ? 'decimal'
          : (referencedDef?.format ?? 'decimal');
      return formatNumber(value, format);
    });
    return { numId, level, label, bullet };
  }
}
