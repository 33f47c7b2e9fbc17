import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ReportError } from '../core/errors';
import { parseArgs, UsageError, type CliCommand } from './args';
import { agendaHtml } from './agenda-html';
import { checkFiles } from './check-files';
import { runComments } from './comments';
import { LIVE_COMMANDS, runLive, type LiveCommand } from './live';
import { reasonFor } from './file-problem';
import { formatJson } from './format-json';
import { formatText } from './format-text';
import { helpText } from './help';
import { builtInTemplates, loadTemplate } from './load-template';
import { exitCodeFor, isUnreadable } from './outcome';

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
  if (argv[0] === 'comments') return runComments(argv.slice(1), io);
  // So do the live-data commands (src/cli/live.ts).
  if (LIVE_COMMANDS.includes(argv[0] as LiveCommand))
    return runLive(argv[0] as LiveCommand, argv.slice(1), io);
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
        io.stdout.write(helpText(command.topic));
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
  const template = loadTemplate(command.template);
  const outcomes = await checkFiles(command.files, template, {
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
      ? formatJson(outcomes)
      : command.format === 'html'
        ? agendaHtml(outcomes, { checkedAt: io.now() })
        : formatText(outcomes, { colour: toTerminal && !io.env['NO_COLOR'] });

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
  const templates = builtInTemplates();
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
