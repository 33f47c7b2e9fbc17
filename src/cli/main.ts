/**
 * The command line's entry point: which command was asked for, its words read against its option
 * spec (src/cli/shared/parse.ts), then the command run from its folder under src/cli/commands/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ReportError } from '../core/errors';
import { EXIT, sayProblem, type CliIo } from './shared/io';
import {
  asksForHelp,
  commandWord,
  parseCommand,
  usageError,
  UsageError,
  type CommandSpec,
} from './shared/parse';

export type { CliIo } from './shared/io';

type Runner<Command> = (command: Command, io: CliIo) => number | Promise<number>;

interface CommandEntry<Command> {
  spec: () => CommandSpec<Command>;
  run: () => Runner<Command>;
}

const entry = <Command>(
  spec: () => CommandSpec<Command>,
  run: () => Runner<Command>,
): CommandEntry<Command> => ({ spec, run });

/*
 * Each command loads its own code when it runs, not before: a one-file check is mostly start-up,
 * and it must not pay for the document editor, the charts, the live data or the consultation code.
 * Only the asked-for command's spec is loaded to read its options (every spec only for the general
 * help or an option that belongs to another command).
 * `require` rather than `import()`: the CLI is CommonJS, where a relative `import()` would go
 * through Node's ESM loader and need file extensions that the other builds do not resolve.
 */
const COMMANDS = {
  check: entry(
    () => (require('./commands/check/spec') as typeof import('./commands/check/spec')).checkSpec,
    () => (require('./commands/check/run') as typeof import('./commands/check/run')).run,
  ),
  templates: entry(
    () => (require('./commands/templates/spec') as typeof import('./commands/templates/spec')).templatesSpec,
    () => (require('./commands/templates/run') as typeof import('./commands/templates/run')).run,
  ),
  comments: entry(
    () => (require('./commands/comments/spec') as typeof import('./commands/comments/spec')).commentsSpec,
    () => (require('./commands/comments/run') as typeof import('./commands/comments/run')).run,
  ),
  elements: entry(
    () => (require('./commands/elements/spec') as typeof import('./commands/elements/spec')).elementsSpec,
    () => (require('./commands/elements/run') as typeof import('./commands/elements/run')).run,
  ),
  build: entry(
    () => (require('./commands/build/spec') as typeof import('./commands/build/spec')).buildSpec,
    () => (require('./commands/build/run') as typeof import('./commands/build/run')).run,
  ),
  insert: entry(
    () => (require('./commands/insert/spec') as typeof import('./commands/insert/spec')).insertSpec,
    () => (require('./commands/insert/run') as typeof import('./commands/insert/run')).run,
  ),
  refresh: entry(
    () => (require('./commands/refresh/spec') as typeof import('./commands/refresh/spec')).refreshSpec,
    () => (require('./commands/refresh/run') as typeof import('./commands/refresh/run')).run,
  ),
  sheets: entry(
    () => (require('./commands/sheets/spec') as typeof import('./commands/sheets/spec')).sheetsSpec,
    () => (require('./commands/sheets/run') as typeof import('./commands/sheets/run')).run,
  ),
};

export type CommandName = keyof typeof COMMANDS;

/** Every command, in the order the help lists them; "Unknown command" names them all. */
export const EVERY_COMMAND = Object.keys(COMMANDS) as CommandName[];

function isCommand(word: string | undefined): word is CommandName {
  return word !== undefined && Object.prototype.hasOwnProperty.call(COMMANDS, word);
}

/** A command's option spec (loads only that spec). */
export function specOf(name: CommandName): CommandSpec {
  return COMMANDS[name].spec() as CommandSpec;
}

const help = () => require('./shared/help') as typeof import('./shared/help');
const everySpec = (): CommandSpec[] => EVERY_COMMAND.map(specOf);

/** The other command an option belongs to, for "does not apply to" (null when none has it). */
function commandWithOption(option: string): string | null {
  return everySpec().find((spec) => spec.options.some((o) => o.name === option))?.name ?? null;
}

/** Runs one command line; resolves to the exit code (0 done, 1 findings, 2 could not do it). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const word = findCommandWord(argv);
  if (asksForHelp(argv)) {
    io.stdout.write(isCommand(word) ? help().commandHelp(specOf(word)) : help().generalHelp(everySpec()));
    return EXIT.ok;
  }
  try {
    if (asksForVersion(argv)) {
      io.stdout.write(`${packageVersion()}\n`);
      return EXIT.ok;
    }
    if (word === undefined) {
      const unknown = unknownOption(argv);
      throw usageError(
        unknown
          ? `Unknown option "${unknown}".`
          : 'Say what to do, for example: council-report check report.docx.',
        null,
      );
    }
    if (!isCommand(word)) {
      throw usageError(`Unknown command "${word}". The commands are: ${EVERY_COMMAND.join(', ')}.`, null);
    }
    const at = argv.indexOf(word);
    const rest = [...argv.slice(0, at), ...argv.slice(at + 1)];
    return await runCommand(COMMANDS[word] as CommandEntry<unknown>, rest, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ReportError) return sayProblem(io, error.message);
    throw error;
  }
}

async function runCommand<Command>(
  command: CommandEntry<Command>,
  argv: readonly string[],
  io: CliIo,
): Promise<number> {
  const parsed = parseCommand(command.spec(), argv, commandWithOption);
  return command.run()(parsed, io);
}

/**
 * The command word: the first word that is not an option, or, when that word is the value of an
 * option given before the command ("--template maidstone-2018 check a.docx"), the first command
 * name after it.
 */
function findCommandWord(argv: readonly string[]): string | undefined {
  const first = commandWord(argv);
  if (first === undefined || isCommand(first)) return first;
  const end = argv.indexOf('--');
  const words = end < 0 ? argv : argv.slice(0, end);
  const at = words.indexOf(first);
  const before = words[at - 1];
  const isValue = before !== undefined && before.startsWith('--') && !before.includes('=');
  if (!isValue) return first;
  const after = words.slice(at + 1).find(isCommand);
  if (after !== undefined) return after;
  // "--out x" with no command after it: "x" is the option's value, not an unknown command
  // (but "--final chek a.docx" still names the unknown command "chek": --final takes no value).
  const takesValue = everySpec().some((spec) =>
    spec.options.some((o) => o.name === before && o.value !== undefined),
  );
  return takesValue ? undefined : first;
}

/** The first option on a line without a command that no command takes ("--colour", "-x"). */
function unknownOption(argv: readonly string[]): string | undefined {
  const end = argv.indexOf('--');
  const known = new Set(everySpec().flatMap((spec) => spec.options.map((option) => option.name)));
  return (end < 0 ? argv : argv.slice(0, end))
    .filter((word) => word.startsWith('-') && word !== '-')
    .map((word) => (word.startsWith('--') && word.indexOf('=') > 0 ? word.slice(0, word.indexOf('=')) : word))
    .find((name) => !known.has(name) && name !== '--version');
}

/** "--version" anywhere before "--", as "--help". */
function asksForVersion(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end < 0 ? argv : argv.slice(0, end)).includes('--version');
}

/** The version in our package.json, found from wherever the build sits. */
function packageVersion(): string {
  let folder = __dirname;
  for (;;) {
    const candidate = join(folder, 'package.json');
    if (existsSync(candidate)) {
      const json = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string; version?: string };
      if (json.name === 'council-report' && json.version) return json.version;
    }
    const parent = dirname(folder);
    if (parent === folder) return 'unknown';
    folder = parent;
  }
}

/** Entry point for bin/council-report.js. */
export function runFromProcess(): void {
  // A closed pipe (council-report ... | head) is not a failure worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  const io: CliIo = {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    now: () => new Date(),
  };
  runCli(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      process.stderr.write(
        `council-report: something went wrong inside Council Report; please report it.\n${detail}\n`,
      );
      process.exitCode = 2;
    },
  );
}
