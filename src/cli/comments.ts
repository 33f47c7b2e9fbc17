/**
 * `council-report comments <file.docx> [--json | --csv] [--partners directory.json]
 *  [--template <id|file.json>] [--out <file>]`: the consultation on one report — every comment
 * with its partner organisation, template section, disposition and late flag, and the summary.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import {
  consultationFromSnapshot,
  type ConsultationReading,
} from '../app/consultation/consultation-use-cases';
import { consultationStateOf } from '../app/consultation/report-state';
import { ReportError } from '../core/errors';
import { partnerColumns } from '../core/consultation/summary';
import { DocxReportHost } from '../docx/docx-host';
import { consultationCsv } from './comments-csv';
import { consultationJson } from './comments-json';
import { loadPartnerDirectory } from './comments-partners';
import { reasonFor } from './file-problem';
import { loadTemplate } from './load-template';
import type { CliIo } from './main';

export const COMMENTS_HELP = `Usage: council-report comments <file.docx> [--json | --csv] [--partners directory.json]
                                [--template <id|file.json>] [--out <file>]

Lists the partners' comments on a report: who made each (their organisation, from the partner
directory), which template section it is in (and which row of the implications table), its
disposition (open, accepted, partly-accepted, not-accepted, noted) and whether it came in after the
consultation's closing date; then the counts by partner and section and the summary sentence.

Options:
  --json                  JSON for scripts: { file, comments: [...], summary: {...} }
  --csv                   the consultation log as CSV for a spreadsheet (formulas neutralised)
  --partners <file.json>  a partner directory to use instead of the one saved in the report:
                          { "organisations": [ { "id", "name", "domains": [], "aliases": [],
                          "people": [ { "name", "initials", "email" } ] } ], "replaceDefaults": false }
                          organisations replace those with the same id, or are added
  --template <id|file>    template whose sections the comments are placed in (default as for check)
  --out <file>            write the output to a file instead of the screen

Exit status: 0 listed; 2 the file or an option could not be used (the message says why).
`;

interface CommentsCommand {
  file: string;
  format: 'text' | 'json' | 'csv';
  partners: string | null;
  template: string | null;
  out: string | null;
  help: boolean;
}

class CommentsUsageError extends Error {}

export function parseCommentsArgs(argv: readonly string[]): CommentsCommand {
  const command: CommentsCommand = {
    file: '',
    format: 'text',
    partners: null,
    template: null,
    out: null,
    help: false,
  };
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    const [name, inline] =
      word.startsWith('--') && word.includes('=')
        ? [word.slice(0, word.indexOf('=')), word.slice(word.indexOf('=') + 1)]
        : [word, null];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new CommentsUsageError(`${name} needs a value.`);
      return v;
    };
    switch (name) {
      case '--help':
      case '-h':
        command.help = true;
        break;
      case '--json':
      case '--csv': {
        const format = name === '--json' ? 'json' : 'csv';
        if (command.format !== 'text' && command.format !== format)
          throw new CommentsUsageError('use either --json or --csv, not both.');
        command.format = format;
        break;
      }
      case '--partners':
        command.partners = value();
        break;
      case '--template':
        command.template = value();
        break;
      case '--out':
        command.out = value();
        break;
      default:
        if (name.startsWith('-') && name !== '-')
          throw new CommentsUsageError(`"${name}" is not an option of comments.`);
        files.push(word);
    }
  }
  if (command.help) return command;
  if (files.length !== 1)
    throw new CommentsUsageError(
      files.length === 0
        ? 'name the report: council-report comments <file.docx>.'
        : 'comments takes one report at a time.',
    );
  command.file = files[0]!;
  return command;
}

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
  for (const c of consultation.comments) {
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
      `[${terminalText(c.thread.id, 20)}] ${terminalText(c.thread.author, 60)} (${terminalText(c.organisation, 60)}) · ${where} · ${flags}`,
    );
    lines.push(`    ${terminalText(c.thread.text)}`);
    for (const r of c.thread.replies)
      lines.push(`    ↳ ${terminalText(r.author, 60)}: ${terminalText(r.text, 90)}`);
  }
  for (const warning of reading.warnings) lines.push(`Note: ${terminalText(warning, 300)}`);
  return `${lines.join('\n')}\n`;
}

export async function runComments(argv: readonly string[], io: CliIo): Promise<number> {
  let command: CommentsCommand;
  try {
    command = parseCommentsArgs(argv);
  } catch (error) {
    if (error instanceof CommentsUsageError) {
      io.stderr.write(
        `council-report comments: ${error.message} Run "council-report comments --help" to see how to use it.\n`,
      );
      return 2;
    }
    throw error;
  }
  if (command.help) {
    io.stdout.write(COMMENTS_HELP);
    return 0;
  }
  try {
    const template = loadTemplate(command.template);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(readFileSync(command.file));
    } catch (error) {
      throw new ReportError(
        'file-unreadable',
        `${command.file} cannot be read: ${reasonFor(error)}.`,
        command.file,
      );
    }
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
    if (command.out === null) io.stdout.write(output);
    else {
      try {
        writeFileSync(command.out, output, 'utf8');
      } catch (error) {
        io.stderr.write(`council-report: cannot write "${command.out}": ${reasonFor(error)}.\n`);
        return 2;
      }
      io.stderr.write(`Wrote ${command.out} (${reading.summary.total} comments).\n`);
    }
    return 0;
  } catch (error) {
    if (error instanceof ReportError) {
      io.stderr.write(`council-report: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
