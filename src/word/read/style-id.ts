/**
 * Word's API gives a paragraph's style by its localized name ("Überschrift 1", "Heading 1"), and
 * for built-in styles also a language-neutral `styleBuiltIn` ("Heading1"). The snapshot wants the
 * style id a .docx file would hold (w:pStyle), so:
 *
 * - a built-in style's id is its `styleBuiltIn` value, which is the id Word writes in English
 *   files ("Heading1", "ListParagraph", "TableGrid"), except the table-of-contents styles, which
 *   Word writes in capitals ("TOC1", "TOCHeading");
 * - any other style's id is its name without spaces or punctuation, which is how Word makes an id
 *   when a user creates a style ("Council Body Text" → "CouncilBodyText").
 *
 * The second rule can miss for a custom style renamed after it was created, or one made in
 * another language's Word; the rules in core/ match headings by level and text, not by style id.
 */

const WRITTEN_IDS: Readonly<Record<string, string>> = {
  Toc1: 'TOC1',
  Toc2: 'TOC2',
  Toc3: 'TOC3',
  Toc4: 'TOC4',
  Toc5: 'TOC5',
  Toc6: 'TOC6',
  Toc7: 'TOC7',
  Toc8: 'TOC8',
  Toc9: 'TOC9',
  TocHeading: 'TOCHeading',
};

export function styleIdFor(styleName: string | null, styleBuiltIn: string | null): string | null {
  if (styleBuiltIn && styleBuiltIn !== 'Other') return WRITTEN_IDS[styleBuiltIn] ?? styleBuiltIn;
  if (!styleName) return null;
  const id = styleName.replace(/[^\p{L}\p{N}]/gu, '');
  return id === '' ? null : id;
}

/** Heading level 1..9 from a built-in heading style, else from the paragraph's outline level. */
export function headingLevelFor(styleBuiltIn: string | null, outlineLevel: number | null): number | null {
  const heading = /^Heading([1-9])$/.exec(styleBuiltIn ?? '');
  if (heading) return Number(heading[1]);
  // Word numbers outline levels 1..9 and gives 10 for body text.
  if (outlineLevel !== null && Number.isInteger(outlineLevel) && outlineLevel >= 1 && outlineLevel <= 9) {
    return outlineLevel;
  }
  return null;
}
