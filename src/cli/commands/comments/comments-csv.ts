/**
 * The consultation log as CSV a clerk can open in a spreadsheet (RFC 4180: CRLF line ends, every
 * cell quoted when it holds a comma, quote or line break; UTF-8 with a byte-order mark so Excel
 * reads names such as "Zoë" correctly).
 *
 * Comment text comes from other people, so a cell is never allowed to become a formula: a cell
 * starting with "=", "+", "-", "@", a tab or a carriage return gets a leading apostrophe (OWASP's
 * advice for CSV injection), and control characters other than line breaks are dropped.
 */
import type { ConsultationReading } from '../../../app/consultation/consultation-use-cases';

/** Excel's limit for one cell is 32,767 characters; longer text is cut, and says so. */
export const MAX_CELL = 32_000;

/* eslint-disable no-control-regex -- removing control characters is the point */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g;
/* eslint-enable no-control-regex */

export function csvCell(value: string | number | boolean | null): string {
  let text = value === null ? '' : String(value);
  text = text.replace(CONTROL, '');
  if (text.length > MAX_CELL)
    text = `${text.slice(0, MAX_CELL)}… (cut: ${text.length.toLocaleString('en-GB')} characters in all)`;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly (string | number | boolean | null)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

const DISPOSITION_WORDS = {
  open: 'Open',
  accepted: 'Accepted',
  'partly-accepted': 'Partly accepted',
  'not-accepted': 'Not accepted',
  noted: 'Noted',
} as const;

export function consultationCsv(reading: ConsultationReading): string {
  const header = [
    'Comment',
    'Date',
    'Author',
    'Email',
    'Organisation',
    'Section',
    'Implications row',
    'Commented text',
    'Comment text',
    'Replies',
    'Resolved in Word',
    'Disposition',
    'Response',
    'Late',
  ];
  const rows = reading.consultation.comments.map((c) => [
    c.thread.id,
    c.thread.date,
    c.thread.author,
    c.thread.email ?? '',
    c.organisation,
    c.placement.sectionTitle,
    c.placement.row ?? '',
    c.thread.anchorText,
    c.thread.text,
    c.thread.replies
      .map((r) => `${r.author}${r.date ? ` (${r.date.slice(0, 10)})` : ''}: ${r.text}`)
      .join('\n'),
    c.thread.resolved ? 'Yes' : 'No',
    // Open as every count means it: unresolved with no decision.
    c.disposition === 'open' && !c.unresolved ? 'Closed without decision' : DISPOSITION_WORDS[c.disposition],
    c.record?.response ?? '',
    c.late ? 'Yes' : 'No',
  ]);
  return `\ufeff${[header, ...rows].map(csvLine).join('')}`;
}
