/**
 * The command line's one argument parser, driven by each command's option spec: the spec says
 * which options a command takes, which take a value, which may repeat, which must be given, and
 * the help line for each. Usage errors are worded here, one wording for each kind of mistake, so
 * every command says "Unknown option", "needs a value" or "needs --out" the same way. Kept
 * in-house so the CLI adds no dependency.
 */

/** Wrong words on the command line: the message says what to type instead. Exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface OptionSpec {
  /** "--template". */
  name: string;
  /** The value's placeholder in help ("<id|file.json>"); absent for an on/off flag. */
  value?: string;
  /**
   * A value option that takes every word after it up to the next option (`--source a.csv b.csv`),
   * and may be given more than once; the values are kept in order.
   */
  repeatable?: boolean;
  /** The command cannot run without it. */
  required?: boolean;
  /** Shown after "for example" when the value is missing ("--as-of 2018-03-01"). */
  example?: string;
  /** The problem with a value, in words for the user; null when it is fine. */
  check?: (value: string) => string | null;
  /** The help line(s); a "\n" starts a continuation line, indented under the first. */
  help: string;
}

export interface OperandSpec {
  /** As in the usage line: "<file.docx>...". */
  usage: string;
  /** What one is, in words: "report (.docx)". */
  what: string;
  min: number;
  /** Null for any number. */
  max: number | null;
}

/** What one command takes, and how it is described in the help. */
export interface CommandSpec<Command = unknown> {
  name: string;
  /** The usage line after "council-report <name> " (continuation lines with "\n"). */
  synopsis: string;
  /** One line (or a few) for the general help. */
  summary: string;
  /** The paragraph after the usage line in the command's own help. */
  description: string;
  operands: OperandSpec;
  options: readonly OptionSpec[];
  /** Text after the options in the command's own help (more options, exit status…). */
  notes?: string;
  /** The parsed words as the command's own options; throws UsageError for a combination it refuses. */
  read(args: ParsedArgs): Command;
}

export interface ParsedArgs {
  operands: string[];
  /** A value option's last value; undefined when not given. */
  value(name: string): string | undefined;
  /** Every value a repeatable option was given, in order. */
  values(name: string): string[];
  flag(name: string): boolean;
}

const seeHelp = (command: string | null): string =>
  `Run "council-report${command ? ` ${command}` : ''} --help" to see how to use it.`;

/** A usage error with the pointer to the command's help. */
export function usageError(message: string, command: string | null): UsageError {
  return new UsageError(`${message} ${seeHelp(command)}`);
}

/** The first word that is not an option: the command the user asked for (or undefined). */
export function commandWord(argv: readonly string[]): string | undefined {
  for (const word of argv) {
    if (word === '--') return undefined;
    if (!word.startsWith('-') || word === '-') return word;
  }
  return undefined;
}

/** "--help" or "-h" anywhere before "--": help wins over any other mistake on the line. */
export function asksForHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end < 0 ? argv : argv.slice(0, end)).some((word) => word === '--help' || word === '-h');
}

/**
 * The words after the command, read against its spec. `elsewhere` names the command that takes an
 * option this one does not, so "--final" on templates says it belongs to check.
 */
export function parseCommand<Command>(
  spec: CommandSpec<Command>,
  argv: readonly string[],
  elsewhere: (option: string) => string | null = () => null,
): Command {
  const options = new Map(spec.options.map((option) => [option.name, option]));
  const operands: string[] = [];
  const values = new Map<string, string[]>();
  const flags = new Set<string>();
  const fail = (message: string): never => {
    throw usageError(message, spec.name);
  };

  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    if (word === '--') {
      operands.push(...argv.slice(i + 1));
      break;
    }
    if (!word.startsWith('-') || word === '-') {
      operands.push(word);
      continue;
    }
    const equals = word.startsWith('--') ? word.indexOf('=') : -1;
    const name = equals > 0 ? word.slice(0, equals) : word;
    const option = options.get(name);
    if (!option) {
      const owner = elsewhere(name);
      fail(
        owner
          ? `The option ${name} does not apply to "council-report ${spec.name}" (it is for "council-report ${owner}").`
          : `Unknown option "${name}".`,
      );
    }
    if (option!.value === undefined) {
      if (equals > 0) fail(`The option ${name} takes no value.`);
      flags.add(name);
      continue;
    }
    const given: string[] = [];
    if (equals > 0) given.push(word.slice(equals + 1));
    else if (i + 1 < argv.length && !argv[i + 1]!.startsWith('--')) given.push(argv[++i]!);
    if (option!.repeatable) {
      while (i + 1 < argv.length && !argv[i + 1]!.startsWith('--')) given.push(argv[++i]!);
    }
    if (given.length === 0 || given.some((value) => value === '')) {
      fail(`The option ${name} needs a value, for example ${option!.example ?? `${name} ${option!.value}`}.`);
    }
    for (const value of given) {
      const problem = option!.check?.(value);
      if (problem) fail(problem);
    }
    values.set(name, option!.repeatable ? [...(values.get(name) ?? []), ...given] : given.slice(-1));
  }

  const { min, max, what, usage } = spec.operands;
  if (operands.length < min) {
    // A usage ending in "..." (more files) takes no full stop of its own: not "<file.docx>....".
    fail(`Give the ${what}: council-report ${spec.name} ${usage}${usage.endsWith('.') ? '' : '.'}`);
  }
  if (max !== null && operands.length > max) {
    fail(
      max === 0
        ? `"council-report ${spec.name}" takes no files (got "${operands[0]}").`
        : `"council-report ${spec.name}" takes one ${what} at a time (got "${operands[max]}").`,
    );
  }

  for (const option of spec.options) {
    if (option.required && !values.has(option.name) && !flags.has(option.name)) {
      fail(`"council-report ${spec.name}" needs ${option.name} ${option.value ?? ''}`.trimEnd() + '.');
    }
  }
  return spec.read({
    operands,
    value: (name) => values.get(name)?.at(-1),
    values: (name) => values.get(name) ?? [],
    flag: (name) => flags.has(name),
  });
}
