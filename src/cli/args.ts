/**
 * The command line's own small argument parser: commands, flags and `--name value` / `--name=value`
 * options. Kept in-house so the CLI adds no dependency; it only turns words into a command and says
 * plainly what was wrong with them.
 */

import { EVERY_COMMAND } from './command-names';

export type OutputFormat = 'text' | 'json' | 'html';

export type HelpTopic = 'general' | 'check' | 'templates';

export type CliCommand =
  | { kind: 'help'; topic: HelpTopic }
  | { kind: 'version' }
  | { kind: 'templates'; format: 'text' | 'json' }
  | {
      kind: 'check';
      files: string[];
      /** A built-in template id or a path to a template .json file; null for the default template. */
      template: string | null;
      final: boolean;
      format: OutputFormat;
      /** File to write the output to; null for standard output. */
      out: string | null;
      /**
       * `--as-of YYYY-MM-DD`: judge live regions' age as at the start of that day (UTC) instead of
       * now, so a check gives the same answer whenever it is run; null for now.
       */
      asOf: Date | null;
    };

/** Wrong words on the command line: the message says what to type instead. Exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

interface OptionSpec {
  takesValue: boolean;
  commands: ReadonlyArray<'check' | 'templates'>;
}

const OPTIONS: Readonly<Record<string, OptionSpec>> = {
  '--template': { takesValue: true, commands: ['check'] },
  '--final': { takesValue: false, commands: ['check'] },
  '--json': { takesValue: false, commands: ['check', 'templates'] },
  '--format': { takesValue: true, commands: ['check'] },
  '--out': { takesValue: true, commands: ['check'] },
  '--as-of': { takesValue: true, commands: ['check'] },
};

/** The commands this parser reads; comments and the live-data commands parse their own options. */
const COMMANDS = ['check', 'templates'] as const;
type CommandName = (typeof COMMANDS)[number];

const FORMATS: readonly OutputFormat[] = ['text', 'json', 'html'];

const SEE_HELP = 'Run "council-report --help" to see how to use it.';

export function parseArgs(argv: readonly string[]): CliCommand {
  const positionals: string[] = [];
  const values = new Map<string, string>();
  const flags = new Set<string>();
  let help = false;
  let version = false;
  // The first problem is kept, not thrown at once: "--help" anywhere still gets help.
  let problem: string | null = null;

  for (let i = 0; i < argv.length; i++) {
    const word = argv[i] as string;
    if (word === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (word === '--help' || word === '-h') {
      help = true;
      continue;
    }
    if (word === '--version') {
      version = true;
      continue;
    }
    if (!word.startsWith('-') || word === '-') {
      positionals.push(word);
      continue;
    }
    const equals = word.indexOf('=');
    const name = equals > 0 ? word.slice(0, equals) : word;
    const spec = OPTIONS[name];
    if (!spec) {
      problem ??= `Unknown option "${name}". ${SEE_HELP}`;
      continue;
    }
    if (!spec.takesValue) {
      if (equals > 0) problem ??= `The option ${name} takes no value. ${SEE_HELP}`;
      flags.add(name);
      continue;
    }
    let value: string | undefined;
    if (equals > 0) {
      value = word.slice(equals + 1);
    } else {
      value = argv[i + 1];
      i++;
    }
    if (value === undefined || value === '' || (equals < 0 && value.startsWith('--'))) {
      problem ??= `The option ${name} needs a value, for example ${exampleFor(name)}. ${SEE_HELP}`;
      if (value?.startsWith('--')) i--;
      continue;
    }
    values.set(name, value);
  }

  const [commandWord, ...operands] = positionals;
  const command = commandWord === undefined ? null : asCommand(commandWord);

  if (help) return { kind: 'help', topic: command ?? 'general' };
  if (version) return { kind: 'version' };
  if (problem !== null) throw new UsageError(problem);
  if (commandWord === undefined) {
    throw new UsageError(`Say what to do, for example: council-report check report.docx. ${SEE_HELP}`);
  }
  if (command === null) {
    throw new UsageError(
      `Unknown command "${commandWord}". The commands are: ${EVERY_COMMAND.join(', ')}. ${SEE_HELP}`,
    );
  }

  for (const name of [...flags, ...values.keys()]) {
    if (!OPTIONS[name]?.commands.includes(command)) {
      throw new UsageError(`The option ${name} does not apply to "council-report ${command}". ${SEE_HELP}`);
    }
  }

  if (command === 'templates') {
    if (operands.length > 0) {
      throw new UsageError(`"council-report templates" takes no files (got "${operands[0]}"). ${SEE_HELP}`);
    }
    return { kind: 'templates', format: flags.has('--json') ? 'json' : 'text' };
  }

  if (operands.length === 0) {
    throw new UsageError(
      `No files to check. Give one or more .docx files, for example: council-report check report.docx. ${SEE_HELP}`,
    );
  }
  return {
    kind: 'check',
    files: operands,
    template: values.get('--template') ?? null,
    final: flags.has('--final'),
    format: formatFrom(values.get('--format'), flags.has('--json')),
    out: values.get('--out') ?? null,
    asOf: dayFrom(values.get('--as-of')),
  };
}

/** The start (UTC) of a `YYYY-MM-DD` day; a day that does not exist, like 2018-02-30, is refused. */
function dayFrom(text: string | undefined): Date | null {
  if (text === undefined) return null;
  const day = /^\d{4}-\d{2}-\d{2}$/.test(text) ? new Date(`${text}T00:00:00Z`) : null;
  // A day that does not exist is either invalid or rolled over into the next month: reading the
  // day back catches both.
  if (day === null || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== text) {
    throw new UsageError(
      `--as-of needs a date written YYYY-MM-DD, for example --as-of 2018-03-01, not "${text}".`,
    );
  }
  return day;
}

function asCommand(word: string): CommandName | null {
  return (COMMANDS as readonly string[]).includes(word) ? (word as CommandName) : null;
}

function formatFrom(format: string | undefined, json: boolean): OutputFormat {
  if (format === undefined) return json ? 'json' : 'text';
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`Unknown format "${format}". Use --format text, json or html.`);
  }
  if (json && format !== 'json') {
    throw new UsageError(`--json and --format ${format} ask for different outputs: give only one.`);
  }
  return format as OutputFormat;
}

function exampleFor(option: string): string {
  switch (option) {
    case '--template':
      return '--template maidstone-2018 or --template my-template.json';
    case '--format':
      return '--format html';
    case '--out':
      return '--out agenda.html';
    case '--as-of':
      return '--as-of 2018-03-01';
    default:
      return `${option} VALUE`;
  }
}
