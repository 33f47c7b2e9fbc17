/**
 * The one argument parser (src/cli/shared/parse.ts) with each command's option spec: what the words
 * become, and one wording for each kind of mistake whichever command it is made on. Usage errors
 * are run through runCli, so the exit code and what reaches stderr are what a user sees.
 */
import { checkSpec } from '../../../src/cli/commands/check/spec';
import { insertSpec } from '../../../src/cli/commands/insert/spec';
import { EVERY_COMMAND, runCli, specOf, type CliIo } from '../../../src/cli/main';
import { commandHelp } from '../../../src/cli/shared/help';
import { parseCommand, UsageError, type CommandSpec } from '../../../src/cli/shared/parse';

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env: {},
    now: () => new Date('2019-01-07T09:30:00Z'),
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

describe('check’s options', () => {
  it('reads a check with files and options in any order', () => {
    expect(parseCommand(checkSpec, ['a.docx', '--final', 'b.docx', '--template', 'maidstone-2018'])).toEqual({
      files: ['a.docx', 'b.docx'],
      template: 'maidstone-2018',
      final: true,
      format: 'text',
      out: null,
      asOf: null,
    });
  });

  it('reads --as-of as the start of that day in UTC', () => {
    const asOf = (argv: string[]) => parseCommand(checkSpec, argv).asOf?.toISOString();
    expect(asOf(['a.docx', '--as-of', '2018-03-01'])).toBe('2018-03-01T00:00:00.000Z');
    expect(asOf(['--as-of=2020-02-29', 'a.docx'])).toBe('2020-02-29T00:00:00.000Z');
  });

  it('accepts --name=value and --json as --format json', () => {
    expect(parseCommand(checkSpec, ['--template=my.json', '--json', 'a.docx'])).toMatchObject({
      template: 'my.json',
      format: 'json',
    });
    expect(parseCommand(checkSpec, ['a.docx', '--format', 'html', '--out', 'agenda.html'])).toMatchObject({
      format: 'html',
      out: 'agenda.html',
    });
  });

  it('treats everything after -- as files, even names that start with a dash', () => {
    expect(parseCommand(checkSpec, ['--', '--odd.docx'])).toMatchObject({ files: ['--odd.docx'] });
  });
});

describe('a repeatable option', () => {
  it('takes every word up to the next option, and more each time it is given', () => {
    const command = parseCommand(insertSpec, [
      'in.docx',
      '--source',
      'a.csv',
      'b.csv',
      '--element',
      'top-lsoas',
      '--source=c.csv',
      '--out',
      'out.docx',
    ]);
    expect(command.data.sources).toEqual(['a.csv', 'b.csv', 'c.csv']);
    expect(command.file).toBe('in.docx');
  });
});

describe('help and version', () => {
  it('come before any mistake on the line', async () => {
    expect(await run(['check', '--bogus', '--help'])).toEqual({
      code: 0,
      stdout: commandHelp(checkSpec as CommandSpec),
      stderr: '',
    });
    expect((await run(['-h'])).stdout).toContain('Usage:\n  council-report check <file.docx>...');
    expect((await run(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect((await run(['check', '--bogus', '--version'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('lists every option a command’s spec has, in its own help', async () => {
    for (const command of EVERY_COMMAND) {
      const { code, stdout } = await run([command, '--help']);
      expect(code).toBe(0);
      expect(stdout).toMatch(new RegExp(`^Usage: council-report ${command} `));
      const listed = [...stdout.matchAll(/^ {2}(--[a-z-]+)/gm)].map((m) => m[1]);
      expect(listed).toEqual(specOf(command).options.map((option) => option.name));
    }
    expect((await run(['insert', '--help'])).stdout).toMatch(
      /^ {2}--chart bar\|line +spreadsheet-chart only/m,
    );
  });
});

describe('mistakes on the command line', () => {
  it.each([
    [[], /^Say what to do/],
    [['check'], /^Give the reports \(\.docx\) to check: council-report check <file\.docx>\.\.\. Run /],
    [['--colour'], /^Unknown option "--colour"\. Run "council-report --help"/],
    [['-x'], /^Unknown option "-x"\./],
    [['--json', '--colour=red'], /^Unknown option "--colour"\./],
    [['--out', 'x.docx'], /^Say what to do/],
    [['frobnicate'], /^Unknown command "frobnicate"/],
    [['check', 'a.docx', '--colour'], /^Unknown option "--colour"\. Run "council-report check --help"/],
    [['check', 'a.docx', '--template'], /^The option --template needs a value/],
    [['check', 'a.docx', '--out', '--json'], /^The option --out needs a value/],
    [['check', 'a.docx', '--format', 'pdf'], /^Unknown format "pdf"/],
    [['check', 'a.docx', '--json', '--format', 'html'], /different outputs/],
    [['check', 'a.docx', '--final=yes'], /^The option --final takes no value/],
    [['check', 'a.docx', '--as-of'], /^The option --as-of needs a value, for example --as-of 2018-03-01/],
    [['check', 'a.docx', '--as-of', '2018-02-30'], /--as-of needs a date written YYYY-MM-DD/],
    [['check', 'a.docx', '--as-of', '2019-02-29'], /not "2019-02-29"/],
    [['check', 'a.docx', '--as-of', '01/03/2018'], /not "01\/03\/2018"/],
    [['check', 'a.docx', '--as-of', '2018-03-01T12:00'], /YYYY-MM-DD/],
    [['templates', '--as-of', '2018-03-01'], /--as-of does not apply to "council-report templates"/],
    [
      ['templates', '--final'],
      /does not apply to "council-report templates" \(it is for "council-report check"\)/,
    ],
    [['templates', 'extra'], /^"council-report templates" takes no files \(got "extra"\)/],
    [['build', '--end', '2017-13', '--out', 'x.docx'], /--end must be a month like 2017-10, not "2017-13"/],
    [['insert', 'in.docx', '--out', 'x.docx'], /^"council-report insert" needs --element NAME\./],
    [['refresh', 'in.docx', '--source'], /^The option --source needs a value/],
    [
      ['comments', 'a.docx', 'b.docx'],
      /^"council-report comments" takes one report \(\.docx\) at a time \(got "b\.docx"\)/,
    ],
    [['sheets'], /^Give the workbook \(\.xlsx or \.ods\): council-report sheets/],
  ])('refuses %j with exit 2 and a message saying what to do', async (argv, message) => {
    const { code, stdout, stderr } = await run(argv);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toMatch(/^council-report: .*\n$/);
    expect(stderr.slice('council-report: '.length)).toMatch(message);
  });

  it('words an unknown option the same way for every command', async () => {
    for (const command of EVERY_COMMAND) {
      const { code, stderr } = await run([command, '--nope']);
      expect(code).toBe(2);
      expect(stderr).toBe(
        `council-report: Unknown option "--nope". Run "council-report ${command} --help" to see how to use it.\n`,
      );
    }
  });

  it('throws UsageError from the parser, so the CLI can tell it from a fault', () => {
    expect(() => parseCommand(checkSpec, ['a.docx', '--colour'])).toThrow(UsageError);
  });
});

describe('--retrieved', () => {
  it('takes a calendar day and refuses anything else before reading any file', async () => {
    for (const value of ['15/01/2018', '2018-02-30', 'yesterday']) {
      const { code, stderr } = await run(['refresh', 'missing.docx', '--retrieved', value]);
      expect(code).toBe(2);
      expect(stderr).toContain(
        `--retrieved must be the day the files were downloaded, like 2018-01-15, not "${value}".`,
      );
    }
    const good = await run(['refresh', 'missing.docx', '--retrieved', '2018-01-15']);
    expect(good.stderr).not.toContain('--retrieved');
  });
});

describe('options before the command', () => {
  it('reads an option and its value given before the command word as the command’s own', async () => {
    const before = await run(['--template', 'no-such-template', 'check', 'missing.docx']);
    const after = await run(['check', 'missing.docx', '--template', 'no-such-template']);
    expect(before.code).toBe(2);
    expect(before).toEqual(after);
    expect(before.stderr).not.toMatch(/Unknown command/);
  });

  it('still says a word that is no command is unknown', async () => {
    const { code, stderr } = await run(['--final', 'chek', 'a.docx']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^council-report: Unknown command "chek"/);
  });
});

describe('an unknown command', () => {
  it('names every command the command line has, and the help lists the same commands', async () => {
    const { stderr } = await run(['chart', 'report.docx']);
    expect(stderr).toBe(
      'council-report: Unknown command "chart". The commands are: check, templates, comments, elements, build, insert, refresh, sheets. Run "council-report --help" to see how to use it.\n',
    );
    const help = (await run(['--help'])).stdout;
    const usage = help.slice(help.indexOf('Usage:'), help.indexOf('\n\n', help.indexOf('Usage:')));
    const inHelp = [...usage.matchAll(/^ {2}council-report ([a-z]+)/gm)].map((m) => m[1]);
    expect(inHelp).toEqual(EVERY_COMMAND);
  });
});
