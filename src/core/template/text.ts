/**
 * Text helpers shared by section detection and the rules: normalising headings and labels the way
 * real reports write them, reading typed paragraph numbers, and making short excerpts.
 */

/**
 * Lower case, "&" as "and", punctuation and non-breaking spaces as plain spaces, whitespace
 * collapsed. "Cross-Cutting Issues & Implications:" and "cross cutting issues and implications"
 * normalise to the same text, so aliases need not list every spelling.
 */
export function normaliseText(text: string): string {
  const known = normalised.get(text);
  if (known !== undefined) return known;
  const result = ASCII_AND_PUNCTUATION.test(text) ? normaliseAscii(text) : normaliseAny(text);
  if (normalisedChars > MAX_NORMALISED_CHARS) {
    normalised.clear();
    normalisedChars = 0;
  }
  normalised.set(text, result);
  normalisedChars += text.length + result.length;
  return result;
}

/*
 * The section finder, the front matter, the placeholder rule and others each normalise the same
 * paragraphs; one check of a long report asks for the same text about twice over. A remembered
 * answer is the same answer, so the cache is only bounded (the task pane checks again and again).
 */
const normalised = new Map<string, string>();
let normalisedChars = 0;
const MAX_NORMALISED_CHARS = 4_000_000;

const ASCII = /^[\0-\x7f]*$/;
/**
 * ASCII and the punctuation Word types for you (smart quotes, dashes, ellipsis, bullet,
 * non-breaking space): none of these is a letter or a digit, or changed by lower-casing, and NFKC
 * turns them into other punctuation at most.
 */
const ASCII_AND_PUNCTUATION = /^[\0-\x7f\u00a0\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026]*$/;

/**
 * The same steps for text in ASCII and common punctuation, most of a report: in lower-case ASCII
 * the letters and digits are a-z and 0-9, and everything else is what the general path would turn
 * into a space (or drop, for the apostrophes). The Unicode property class is its slowest step.
 */
function normaliseAscii(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function normaliseAny(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Words in normalised text (single spaces, none at either end): its spaces plus one. Counted, not
 * split: the checker asks this of thousands of paragraphs and names in one check, and an array
 * of words for each would only be thrown away.
 */
export function wordCount(normalised: string): number {
  if (normalised === '') return 0;
  let words = 1;
  for (let at = normalised.indexOf(' '); at !== -1; at = normalised.indexOf(' ', at + 1)) words++;
  return words;
}

/** Whitespace collapsed and cut to `max` characters with an ellipsis, for a finding's excerpt. */
export function excerptOf(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/**
 * Up to `max` characters of text around a match (at `start`, `length` long), with an ellipsis
 * where text is cut, so a placeholder at the end of a long paragraph still shows in the excerpt.
 */
export function excerptAround(text: string, start: number, length: number, max = 80): string {
  const flat = text.replace(/\s/g, ' ');
  if (flat.replace(/\s+/g, ' ').trim().length <= max) return excerptOf(text, max);
  // Room for the match and two ellipses; the rest is shared either side of the match.
  const room = Math.max(0, max - 2 - length);
  let from = Math.max(0, start - Math.floor(room / 2));
  const to = Math.min(flat.length, from + max - 2);
  from = Math.max(0, Math.min(from, to - (max - 2)));
  const middle = flat.slice(from, to).replace(/ +/g, ' ').trim();
  return `${from > 0 ? '…' : ''}${middle}${to < flat.length ? '…' : ''}`;
}

const LOWER_CASE_ASCII = /[a-z]/;

/** True for text written in capitals ("2 AVAILABLE OPTIONS"), which reports use for headings. */
export function isAllCaps(text: string): boolean {
  // A lower-case letter settles it, as it does for most paragraphs, before any copy is made.
  if (LOWER_CASE_ASCII.test(text)) return false;
  // In ASCII the letters are A-Z and a-z; the Unicode property class is much slower.
  const letters = ASCII.test(text) ? text.replace(/[^A-Za-z]/g, '') : text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/**
 * A section number typed before a heading: "1.", "1", "1)", "1:", "Section 1", and "1.0" as many
 * councils number headings above paragraphs 1.1, 1.2. A number with a second level ("1.4") is a
 * paragraph number, not a heading number, so it is left alone.
 */
const HEADING_NUMBER = /^\s*(?:section\s+)?(\d{1,2})(?:\.0(?!\d))?(?![\d.]\d)\s*[.):]?\s*/i;

export function splitHeadingNumber(text: string): { number: number | null; rest: string } {
  const match = HEADING_NUMBER.exec(text);
  if (!match || !match[1]) return { number: null, rest: text };
  return { number: Number(match[1]), rest: text.slice(match[0].length) };
}

/** A Word list label that is a plain number, "1." or "1" or "1)" or "1.0", as a section number. */
export function labelSectionNumber(label: string): number | null {
  const match = /^\s*(\d{1,2})(?:\.0)?\s*[.)]?\s*$/.exec(label);
  return match && match[1] ? Number(match[1]) : null;
}

/** A multi-level paragraph number, "1.4" (also typed "1.4." or "1.4)"), split into its parts. */
export interface ParagraphNumber {
  text: string;
  parts: number[];
}

// "2.5 million calls", "1.5 per cent" open a sentence with a figure, not a paragraph number (a
// tab after the number still makes it one).
const QUANTITY_AFTER =
  /^[ \u00a0]*(?:%|(?:million|billion|thousand|per\s*cent|percent|times|hours|days|weeks|months|years|miles|km|kg)\b)/i;
const TYPED_PARAGRAPH_NUMBER = /^\s*(\d{1,2}(?:\.\d{1,3})+)\.?\)?(?=\s|$)/;
const LABEL_PARAGRAPH_NUMBER = /^\s*(\d{1,2}(?:\.\d{1,3})+)\.?\)?\s*$/;

function toParagraphNumber(text: string): ParagraphNumber {
  return { text, parts: text.split('.').map(Number) };
}

export function typedParagraphNumber(text: string): ParagraphNumber | null {
  const match = TYPED_PARAGRAPH_NUMBER.exec(text);
  if (!match || !match[1] || QUANTITY_AFTER.test(text.slice(match[0].length))) return null;
  return toParagraphNumber(match[1]);
}

export function labelParagraphNumber(label: string): ParagraphNumber | null {
  const match = LABEL_PARAGRAPH_NUMBER.exec(label);
  return match && match[1] ? toParagraphNumber(match[1]) : null;
}

/**
 * Items of a sub-list typed by hand: "(a)", "a)", "(iv)", "ii.", "1." or "1)" inside a numbered
 * section, or a bullet character. They belong to the paragraph above, so they carry no N.M number.
 */
const TYPED_SUB_ITEM =
  /^\s*(?:\(?[a-z]{1,2}\)|\([ivxlc]{1,5}\)|[ivxlc]{1,5}[.)]\s|\(?\d{1,2}\)|\d{1,2}\.(?!\d)|[•·▪◦‣●○■□➢➤✓✔*–—-](?=\s|$))/i;

export function isTypedSubItem(text: string): boolean {
  return TYPED_SUB_ITEM.test(text);
}

/** Splits guidance text into sentences so one sentence left in a report is still recognised. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}
