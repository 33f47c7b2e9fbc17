import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ReportError } from '../core/errors';
import { parseArgs, UsageError, type CliCommand } from './args';
import { EVERY_COMMAND } from './command-names';
import { reasonFor } from './file-problem';

/*
 * Each command loads its own code when it runs, not before: a one-file check is mostly start-up,
 * and it must not pay for the document editor, the charts, the live data or the consultation code.
 * `require` rather than `import()`: the CLI is CommonJS, where a relative `import()` would go
 * through Node's ESM loader and need file extensions that the other builds do not resolve.
 */
const load = {
  comments: () => require('./comments') as typeof import('./comments'),
  live: () => require('./live') as typeof import('./live'),
  checkFiles: () => require('./check-files') as typeof import('./check-files'),
  agendaHtml: () => require('./agenda-html') as typeof import('./agenda-html'),
  formatJson: () => require('./format-json') as typeof import('./format-json'),
  formatText: () => require('./format-text') as typeof import('./format-text'),
  help: () => require('./help') as typeof import('./help'),
  templates: () => require('./load-template') as typeof import('./load-template'),
  outcome: () => require('./outcome') as typeof import('./outcome'),
};

/** What the CLI needs from the outside world, so tests and the process wrapper share one path. */
export interface CliIo {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
  env: Readonly<Record<string, string | undefined>>;
  now: () => Date;
}

/** Runs one command line; resolves to the exit code (0 passed, 1 error findings, 2 bad input). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  // The consultation command parses its own options (src/cli/comments.ts).
  if (argv[0] === 'comments') return load.comments().runComments(argv.slice(1), io);
  // So do the live-data commands (src/cli/live.ts), loaded only when the word is one of ours.
  if (isCommand(argv[0]) && argv[0] !== 'check' && argv[0] !== 'templates') {
    const live = load.live();
    const command = live.LIVE_COMMANDS.find((name) => name === argv[0]);
    if (command) return live.runLive(command, argv.slice(1), io);
  }
  let command: CliCommand;
  try {
    command = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`council-report: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  try {
    switch (command.kind) {
      case 'help':
        io.stdout.write(load.help().helpText(command.topic));
        return 0;
      case 'version':
        io.stdout.write(`${packageVersion()}\n`);
        return 0;
      case 'templates':
        io.stdout.write(templatesList(command.format));
        return 0;
      case 'check':
        return await check(command, io);
    }
  } catch (error) {
    if (error instanceof ReportError) {
      io.stderr.write(`council-report: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

async function check(command: Extract<CliCommand, { kind: 'check' }>, io: CliIo): Promise<number> {
  const { isUnreadable, exitCodeFor } = load.outcome();
  const template = load.templates().loadTemplate(command.template);
  const outcomes = await load.checkFiles().checkFiles(command.files, template, {
    final: command.final,
    // A live region refreshed too long ago is stale; --as-of fixes "now" for a reproducible check.
    live: { now: command.asOf ?? io.now() },
    // Said as soon as it happens, so a long batch shows the bad file without waiting for the end.
    onOutcome: (outcome) => {
      if (isUnreadable(outcome)) io.stderr.write(`council-report: ${outcome.error.message}\n`);
    },
  });

  const toTerminal = command.out === null && io.stdout.isTTY === true;
  const output =
    command.format === 'json'
      ? load.formatJson().formatJson(outcomes)
      : command.format === 'html'
        ? load.agendaHtml().agendaHtml(outcomes, { checkedAt: io.now() })
        : load.formatText().formatText(outcomes, { colour: toTerminal && !io.env['NO_COLOR'] });

  if (command.out === null) {
    io.stdout.write(output);
  } else {
    try {
      writeFileSync(command.out, output, 'utf8');
    } catch (error) {
      io.stderr.write(`council-report: cannot write "${command.out}": ${reasonFor(error)}.\n`);
      return 2;
    }
    io.stderr.write(
      `Wrote ${command.out} (${outcomes.length} ${outcomes.length === 1 ? 'report' : 'reports'}).\n`,
    );
  }
  return exitCodeFor(outcomes);
}

function templatesList(format: 'text' | 'json'): string {
  const templates = load.templates().builtInTemplates();
  if (format === 'json') {
    const list = templates.map((template) => ({
      id: template.id,
      name: template.name,
      council: template.council,
      sections: template.sections.map((section) => section.title),
    }));
    return JSON.stringify(list, null, 2) + '\n';
  }
  const width = Math.max(...templates.map((template) => template.id.length), 2);
  const lines = templates.map(
    (template) => `  ${template.id.padEnd(width)}  ${template.name} (${template.sections.length} sections)`,
  );
  return ['Built-in templates (use the id with --template):', ...lines, ''].join('\n');
}

function isCommand(word: string | undefined): word is (typeof EVERY_COMMAND)[number] {
  return (EVERY_COMMAND as readonly (string | undefined)[]).includes(word);
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
