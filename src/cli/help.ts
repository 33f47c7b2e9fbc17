import { DEFAULT_TEMPLATE_ID } from '../core/template/templates';
import type { HelpTopic } from './args';

const CHECK_OPTIONS = `Options for check:
  --template <id|file.json>   template to check against: a built-in id (see "council-report templates")
                              or your own template file; default: ${DEFAULT_TEMPLATE_ID}
  --final                     final check before committee: open consultation comments are errors
  --format text|json|html     output: a checklist (text, the default), JSON for scripts, or an HTML
                              page with one row per report for an agenda
  --json                      the same as --format json
  --out <file>                write the output to a file instead of the screen
  --as-of <YYYY-MM-DD>        judge live tables and figures as at that day (UTC) instead of now, so
                              the check gives the same answer whenever it runs; a live region last
                              refreshed more than 45 days before is stale (live-region-stale)`;

const GENERAL = `council-report: check council committee reports (.docx) against the committee-report template.

Usage:
  council-report check <file.docx>... [options]   check one report or an agenda's worth of reports
  council-report templates [--json]               list the built-in templates
  council-report comments <file.docx> [--json | --csv] [--partners directory.json]
                                                  partners' comments by organisation and section,
                                                  with dispositions (see "comments --help")
  council-report elements [--json]                list the live tables and figures
  council-report build [--template id] [--source sample|<file.csv>...] [--area NAME]
                       [--end YYYY-MM] --out report.docx
                                                  write a new report skeleton with live tables
  council-report insert <in.docx> --element NAME [--source ...] [--area NAME] [--section ID]
                        --out out.docx            insert a live table or figure
  council-report sheets <file.xlsx|file.ods> [--json]
                                                  list a workbook's sheets, tables and names
  council-report refresh <in.docx> [--source ...] --out out.docx [--json] [--force]
                                                  refresh every live table and figure, listing
                                                  what changed (see "<command> --help")
  council-report --help | -h                      show this help
  council-report --version                        show the version

${CHECK_OPTIONS}

Exit status:
  0  every report passed: no error-severity findings
  1  at least one report has an error-severity finding
  2  the command could not do what was asked: a wrong option, no files, a file that could not be
     read or is not a .docx, or a bad template file (the message says which and why)

Examples:
  council-report check "Strategic Assessment 2018-19.docx"
  council-report check agenda/*.docx --format html --out agenda.html
  council-report check report.docx --final --json
  council-report check report.docx --as-of 2018-03-01
`;

const CHECK = `Usage: council-report check <file.docx>... [--template <id|file.json>] [--final]
                             [--format text|json|html | --json] [--out <file>]
                             [--as-of <YYYY-MM-DD>]

Checks each report against the template: required sections in order, header fields, numbered
paragraphs, options, the cross-cutting implications table, placeholder text, open comments, and
live tables and figures that are out of date, changed by hand or cut off from their records.
A file that cannot be read is reported (exit 2) and the other files are still checked.

${CHECK_OPTIONS}
`;

const TEMPLATES = `Usage: council-report templates [--json]

Lists the built-in templates with their ids; pass an id to "council-report check --template".
`;

const MORE = '\nRun "council-report --help" for every command and option.\n';

export function helpText(topic: HelpTopic): string {
  switch (topic) {
    case 'check':
      return CHECK + MORE;
    case 'templates':
      return TEMPLATES + MORE;
    default:
      return GENERAL;
  }
}
