/**
 * The help texts, made from the commands' specs: the general help lists every command's usage and
 * summary, and each command's help its usage, description, every option with its help line, and
 * its notes. An option added to a spec is in the help without anything else to change.
 */
import type { CommandSpec, OptionSpec } from './parse';

const OPTION_COLUMN = 32;
const WIDTH = 100;

/** One help line wrapped between words to fit beside the option column. */
function wrap(line: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    if (current !== '' && current.length + 1 + word.length > width) {
      lines.push(current);
      current = word;
    } else current = current === '' ? word : `${current} ${word}`;
  }
  return [...lines, current];
}
const MORE = '\nRun "council-report --help" for every command and option.\n';

/** "  --template <id|file.json>   template to…", continuation lines under the help column. */
function optionLines(option: OptionSpec): string[] {
  const label = `  ${option.name}${option.value ? ` ${option.value}` : ''}`;
  const [first = '', ...rest] = option.help.split('\n').flatMap((line) => wrap(line, WIDTH - OPTION_COLUMN));
  const indent = ' '.repeat(OPTION_COLUMN);
  const head =
    label.length < OPTION_COLUMN - 1 ? [label.padEnd(OPTION_COLUMN) + first] : [label, indent + first];
  return [...head, ...rest.map((line) => indent + line)];
}

function optionsBlock(title: string, options: readonly OptionSpec[]): string {
  return [title, ...options.flatMap(optionLines)].join('\n');
}

function usageLines(prefix: string, synopsis: string): string {
  const [first = '', ...rest] = synopsis.split('\n');
  const indent = ' '.repeat(prefix.length + 1);
  return [`${prefix} ${first}`.trimEnd(), ...rest.map((line) => indent + line)].join('\n');
}

export function commandHelp(spec: CommandSpec): string {
  const parts = [
    usageLines(`Usage: council-report ${spec.name}`, spec.synopsis),
    spec.description,
    optionsBlock('Options:', spec.options),
    ...(spec.notes ? [spec.notes] : []),
  ];
  return parts.join('\n\n') + '\n' + MORE;
}

/** "council-report build [options] --out <file.docx>": the operands, what must be given, the rest. */
function shortUsage(spec: CommandSpec): string {
  const required = spec.options.filter((option) => option.required);
  const words = [
    `council-report ${spec.name}`,
    spec.operands.usage,
    spec.options.length > required.length ? '[options]' : '',
    ...required.map((option) => `${option.name} ${option.value ?? ''}`.trim()),
  ];
  return words.filter((word) => word !== '').join(' ');
}

const EXIT_STATUS = `Exit status:
  0  done: for check, every report passed (no error-severity findings)
  1  done, with something to look at: a report has an error-severity finding (check), or a live
     region could not be refreshed or was changed by hand (refresh)
  2  the command could not do what was asked: a wrong option, no files, a file that could not be
     read or is not a .docx, or a bad template file (the message says which and why)`;

const EXAMPLES = `Examples:
  council-report check "Strategic Assessment 2018-19.docx"
  council-report check agenda/*.docx --format html --out agenda.html
  council-report check report.docx --final --json
  council-report check report.docx --as-of 2018-03-01
  council-report build --out report.docx
  council-report refresh report.docx --source 2018-01-kent-street.csv --out refreshed.docx`;

/** The general help: every command (in the order given), the check's options, exit codes. */
export function generalHelp(specs: readonly CommandSpec[]): string {
  const check = specs.find((spec) => spec.name === 'check');
  const commands = specs.flatMap((spec) => [`  ${shortUsage(spec)}`, `      ${spec.summary}`]);
  return [
    'council-report: check council committee reports (.docx) against the committee-report template,',
    'keep their crime-data tables and figures live, and list partners\u2019 consultation comments.',
    '',
    'Usage:',
    ...commands,
    '  council-report --help | -h',
    '      show this help; "council-report <command> --help" shows a command\u2019s options',
    '  council-report --version',
    '      show the version',
    '',
    ...(check ? [optionsBlock('Options for check:', check.options), ''] : []),
    EXIT_STATUS,
    '',
    EXAMPLES,
    '',
  ].join('\n');
}
