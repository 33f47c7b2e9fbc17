/**
 * How Word shows a paragraph's style through its API: `style` is the name as the user sees it
 * ("Heading 1", "TOC 1", "Comment Text", while styles.xml stores "heading 1", "toc 1",
 * "annotation text"), and `styleBuiltIn` is a `Word.BuiltInStyleName` value for the built-in
 * styles that enum knows, "Other" for every other style.
 */

/** The values of `Word.BuiltInStyleName` (WordApi 1.3), other than "Other". */
const BUILT_IN_STYLE_NAMES = [
  'Normal',
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `Heading${n}`),
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `Toc${n}`),
  'FootnoteText',
  'Header',
  'Footer',
  'Caption',
  'FootnoteReference',
  'EndnoteReference',
  'EndnoteText',
  'Title',
  'Subtitle',
  'Hyperlink',
  'Strong',
  'Emphasis',
  'NoSpacing',
  'ListParagraph',
  'Quote',
  'IntenseQuote',
  'SubtleEmphasis',
  'IntenseEmphasis',
  'SubtleReference',
  'IntenseReference',
  'BookTitle',
  'Bibliography',
  'TocHeading',
  'TableGrid',
  ...[1, 2, 3, 4, 5].map((n) => `PlainTable${n}`),
  'TableGridLight',
  'GridTable1Light',
  'GridTable2',
  'GridTable3',
  'GridTable4',
  'GridTable5Dark',
  'GridTable6Colorful',
  'GridTable7Colorful',
  'ListTable1Light',
  'ListTable2',
  'ListTable3',
  'ListTable4',
  'ListTable5Dark',
  'ListTable6Colorful',
  'ListTable7Colorful',
];

const BY_COMPACT_NAME = new Map(BUILT_IN_STYLE_NAMES.map((n) => [n.toLowerCase(), n]));

/** `styleBuiltIn` for a style stored under this name in styles.xml. */
export function builtInStyleName(storedName: string | null): string {
  if (!storedName) return 'Other';
  return BY_COMPACT_NAME.get(storedName.replace(/\s+/g, '').toLowerCase()) ?? 'Other';
}

const SPECIAL_WORDS: Record<string, string> = { toc: 'TOC', annotation: 'Comment' };

/**
 * The name Word shows: built-in styles are stored in lower case and shown capitalised, word by
 * word; user styles are shown as stored.
 */
export function displayStyleName(storedName: string | null): string {
  if (!storedName) return 'Normal';
  if (!/^[a-z]/.test(storedName)) return storedName;
  return storedName
    .split(' ')
    .map((word) => SPECIAL_WORDS[word] ?? word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}
