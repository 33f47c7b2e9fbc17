/**
 * `council-report comments`: the consultation on one report — every comment with its partner
 * organisation, template section, disposition and late flag, and the summary.
 */
import {
  consultationFromSnapshot,
  type ConsultationReading,
} from '../../../app/consultation/consultation-use-cases';
import { consultationStateOf } from '../../../app/consultation/report-state';
import { partnerColumns } from '../../../core/consultation/summary';
import { DocxReportHost } from '../../../docx/docx-host';
import { readInputFile, writeOutput, type CliIo } from '../../shared/io';
import { loadTemplate } from '../../shared/templates';
import { consultationCsv } from './comments-csv';
import { consultationJson } from './comments-json';
import { loadPartnerDirectory } from './comments-partners';
import type { CommentsCommand } from './spec';

const DISPOSITION_WORDS = {
  open: 'open',
  accepted: 'accepted',
  'partly-accepted': 'partly accepted',
  'not-accepted': 'not accepted',
  noted: 'noted',
} as const;

/** One line of untrusted text for a terminal: control characters (escape sequences) removed. */
function terminalText(text: string, max = 100): string {
  const flat = text
    // eslint-disable-next-line no-control-regex -- escape sequences from comment text must not reach the terminal
    .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/** Who wrote a comment or reply, or says that Word has no name for them. */
function authorText(author: string): string {
  const name = terminalText(author, 60);
  return name === '' ? 'No author name' : name;
}

export function consultationText(file: string, reading: ConsultationReading): string {
  const { consultation, summary } = reading;
  const lines = [`${terminalText(file, 200)}: ${summary.sentence}`, ''];
  if (summary.byPartner.length > 0) {
    const columns = partnerColumns(summary);
    const header = ['Partner', ...columns.map((c) => c.short)];
    const rows = summary.byPartner.map((p) => [
      terminalText(p.name, 50),
      ...columns.map((c) => String(c.count(p))),
    ]);
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const line = (cells: string[]) =>
      cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
    lines.push(line(header), ...rows.map(line), '');
  }
  // Numbered 1, 2, 3 … in the order a reader meets them in the report (by the paragraph each is
  // anchored in, the ones whose text was deleted last): Word's ids are neither in order nor from
  // 1, and stay in the JSON and CSV, where a program cross-references them.
  const inReadingOrder = consultation.comments
    .map((comment, index) => ({ comment, index }))
    .sort(
      (a, b) =>
        (a.comment.thread.anchorParagraph ?? Infinity) - (b.comment.thread.anchorParagraph ?? Infinity) ||
        a.index - b.index,
    );
  inReadingOrder.forEach(({ comment: c }, i) => {
    const flags = [
      c.disposition === 'open' && !c.unresolved
        ? 'closed without decision'
        : DISPOSITION_WORDS[c.disposition],
      c.thread.resolved ? 'resolved in Word' : null,
      c.late ? 'late' : null,
    ]
      .filter(Boolean)
      .join(', ');
    const where = c.placement.row
      ? `${c.placement.sectionTitle} — ${c.placement.row}`
      : c.placement.sectionTitle;
    lines.push(
      `${i + 1}. ${authorText(c.thread.author)} (${terminalText(c.organisation, 60)}) · ${where} · ${flags}`,
    );
    lines.push(`    ${terminalText(c.thread.text)}`);
    for (const r of c.thread.replies)
      lines.push(`    ↳ ${authorText(r.author)}: ${terminalText(r.text, 90)}`);
  });
  for (const warning of reading.warnings) lines.push(`Note: ${terminalText(warning, 300)}`);
  return `${lines.join('\n')}\n`;
}

export async function run(command: CommentsCommand, io: CliIo): Promise<number> {
  const template = loadTemplate(command.template);
  const bytes = readInputFile(command.file);
  const snapshot = await new DocxReportHost(bytes, command.file).readSnapshot();
  const directory =
    command.partners === null
      ? undefined
      : loadPartnerDirectory(command.partners, consultationStateOf(snapshot).record.directory);
  const reading = consultationFromSnapshot(snapshot, template, directory);
  const output =
    command.format === 'json'
      ? `${JSON.stringify(consultationJson(command.file, reading), null, 2)}\n`
      : command.format === 'csv'
        ? consultationCsv(reading)
        : consultationText(command.file, reading);
  writeOutput(io, command.out, output, `${reading.summary.total} comments`);
  return 0;
}
