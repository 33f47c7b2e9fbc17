import { parseArgs, UsageError } from '../../../src/cli/args';
import { EVERY_COMMAND } from '../../../src/cli/command-names';
import { helpText } from '../../../src/cli/help';
import { LIVE_COMMANDS } from '../../../src/cli/live';

describe('parseArgs', () => {
  it('reads a check with files and options in any order', () => {
    expect(parseArgs(['check', 'a.docx', '--final', 'b.docx', '--template', 'maidstone-2018'])).toEqual({
      kind: 'check',
      files: ['a.docx', 'b.docx'],
      template: 'maidstone-2018',
      final: true,
      format: 'text',
      out: null,
      asOf: null,
    });
  });

  it('reads --as-of as the start of that day in UTC', () => {
    const asOf = (argv: string[]) => (parseArgs(argv) as { asOf: Date | null }).asOf?.toISOString();
    expect(asOf(['check', 'a.docx', '--as-of', '2018-03-01'])).toBe('2018-03-01T00:00:00.000Z');
    expect(asOf(['check', '--as-of=2020-02-29', 'a.docx'])).toBe('2020-02-29T00:00:00.000Z');
  });

  it('accepts --name=value and --json as --format json', () => {
    expect(parseArgs(['check', '--template=my.json', '--json', 'a.docx'])).toMatchObject({
      template: 'my.json',
      format: 'json',
    });
    expect(parseArgs(['check', 'a.docx', '--format', 'html', '--out', 'agenda.html'])).toMatchObject({
      format: 'html',
      out: 'agenda.html',
    });
  });

  it('treats everything after -- as files, even names that start with a dash', () => {
    expect(parseArgs(['check', '--', '--odd.docx'])).toMatchObject({ files: ['--odd.docx'] });
  });

  it('gives help and version before anything else', () => {
    expect(parseArgs(['--help'])).toEqual({ kind: 'help', topic: 'general' });
    expect(parseArgs(['check', '-h'])).toEqual({ kind: 'help', topic: 'check' });
    expect(parseArgs(['check', '--bogus', '--help'])).toEqual({ kind: 'help', topic: 'check' });
    expect(parseArgs(['--version'])).toEqual({ kind: 'version' });
  });

  it('lists templates, as text or JSON', () => {
    expect(parseArgs(['templates'])).toEqual({ kind: 'templates', format: 'text' });
    expect(parseArgs(['templates', '--json'])).toEqual({ kind: 'templates', format: 'json' });
  });

  it.each([
    [[], /Say what to do/],
    [['check'], /No files to check/],
    [['frobnicate'], /Unknown command "frobnicate"/],
    [['check', 'a.docx', '--colour'], /Unknown option "--colour"/],
    [['check', 'a.docx', '--template'], /--template needs a value/],
    [['check', 'a.docx', '--out', '--json'], /--out needs a value/],
    [['check', 'a.docx', '--format', 'pdf'], /Unknown format "pdf"/],
    [['check', 'a.docx', '--json', '--format', 'html'], /different outputs/],
    [['check', 'a.docx', '--final=yes'], /takes no value/],
    [['check', 'a.docx', '--as-of'], /--as-of needs a value, for example --as-of 2018-03-01/],
    [['check', 'a.docx', '--as-of', '2018-02-30'], /--as-of needs a date written YYYY-MM-DD/],
    [['check', 'a.docx', '--as-of', '2019-02-29'], /not "2019-02-29"/],
    [['check', 'a.docx', '--as-of', '01/03/2018'], /not "01\/03\/2018"/],
    [['check', 'a.docx', '--as-of', '2018-03-01T12:00'], /YYYY-MM-DD/],
    [['templates', '--as-of', '2018-03-01'], /--as-of does not apply/],
    [['templates', '--final'], /does not apply to "council-report templates"/],
    [['templates', 'extra'], /takes no files/],
  ])('rejects %j with a message saying what to do', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
    expect(() => parseArgs(argv)).toThrow(message);
  });
});

describe('an unknown command', () => {
  it('names every command the command line has, and the help lists the same commands', () => {
    let message = '';
    try {
      parseArgs(['chart', 'report.docx']);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBe(
      'Unknown command "chart". The commands are: check, templates, comments, elements, build, insert, refresh, sheets. Run "council-report --help" to see how to use it.',
    );
    const inHelp = [...helpText('general').matchAll(/^ {2}council-report ([a-z]+)/gm)].map((m) => m[1]);
    expect(new Set(inHelp)).toEqual(new Set(EVERY_COMMAND));
    // The commands main.ts hands to their own parsers are in the list.
    for (const command of [...LIVE_COMMANDS, 'comments']) expect(EVERY_COMMAND).toContain(command);
  });
});
