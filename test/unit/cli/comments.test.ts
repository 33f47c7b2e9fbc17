/**
 * `council-report comments`: JSON shape, CSV log (formula injection, quoting, long text), the
 * partner directory file, usage errors; in process for speed, and once as the real built CLI.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import {
  readConsultationOf,
  recordDispositions,
  setClosingDate,
} from '../../../src/app/consultation/consultation-use-cases';
import { csvCell, MAX_CELL } from '../../../src/cli/commands/comments/comments-csv';
import { runCli, type CliIo } from '../../../src/cli/main';
import { getTemplate } from '../../../src/core/template/templates';
import { DocxReportHost } from '../../../src/docx/docx-host';
import { makeDocx, p } from '../docx/make-docx';
import { council, ensureBuilt, ROOT } from './cli-run';

const FIXTURE = join(ROOT, 'test', 'fixtures', 'consultation', 'multi-partner.docx');
const template = getTemplate('maidstone-2019');

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    env: {},
    now: () => new Date('2018-02-01T00:00:00Z'),
  };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

let folder: string;
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'cr-comments-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

interface JsonComment {
  id: string;
  author: string;
  email: string | null;
  organisation: string;
  section: string | null;
  row: string | null;
  anchor: string;
  resolved: boolean;
  replies: { author: string; date: string | null; text: string }[];
  disposition: string;
  late: boolean;
}

describe('council-report comments --json', () => {
  it('gives exactly the documented shape, placing every comment', async () => {
    const { code, stdout } = await run(['comments', FIXTURE, '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as {
      file: string;
      comments: JsonComment[];
      summary: Record<string, unknown>;
    };
    expect(Object.keys(json)).toEqual(['file', 'comments', 'summary']);
    expect(Object.keys(json.comments[0]!)).toEqual([
      'id',
      'author',
      'initials',
      'email',
      'organisation',
      'section',
      'row',
      'date',
      'text',
      'anchor',
      'resolved',
      'replies',
      'disposition',
      'late',
    ]);
    expect(Object.keys(json.summary)).toEqual(['total', 'unresolved', 'bySection', 'byOrganisation']);
    expect(json.comments.map((c) => [c.section, c.row, c.organisation])).toEqual([
      ['executive-summary', null, 'Kent Police'],
      ['recommendations', null, 'Kent County Council'],
      ['timetable', null, 'Maidstone Borough Council'],
      ['introduction-background', null, 'Kent Police'],
      ['introduction-background', null, 'Kent Fire & Rescue Service'],
      ['introduction-background', null, 'Kent Police'],
      ['available-options', null, 'Probation Service'],
      ['risk', null, 'Office of the Police and Crime Commissioner'],
      // Spans sections 5 and 6: placed where it starts.
      ['consultation', null, 'Youth Offending Team'],
      // Anchored on text deleted with track changes: still in its section.
      ['next-steps', null, 'Kent Fire & Rescue Service'],
      ['cross-cutting', 'Financial', 'Kent County Council'],
      // A continuation row of the implications table belongs to the row above.
      ['cross-cutting', 'Crime and Disorder', 'Probation Service'],
      ['appendices', null, 'Unassigned'],
      [null, null, 'Kent County Council'],
    ]);
    expect(json.comments[0]!.email).toBe('jo.bloggs@kent.police.uk');
    expect(json.comments[1]!.email).toBeNull(); // a Microsoft account gives no email
    expect(json.comments[9]!.anchor).toBe('');
    expect(json.comments[4]!.replies.map((r) => r.text)).toEqual([
      'They are in Figure 1.',
      'Thanks, missed that.',
    ]);
    expect(json.comments.filter((c) => c.resolved).map((c) => c.id)).toEqual(['2', '3']);
    expect(json.summary).toMatchObject({
      total: 14,
      unresolved: 12,
      bySection: {
        'not-anchored': { total: 1, unresolved: 1 },
        'introduction-background': { total: 3, unresolved: 2 },
      },
      byOrganisation: {
        'Kent Police': { received: 3, open: 2, resolved: 1 },
        Unassigned: { received: 1 },
      },
    });
    // One meaning of open: the partners' open comments are the ones that need a response.
    const byOrganisation = json.summary.byOrganisation as Record<string, { open: number }>;
    const open = Object.values(byOrganisation).reduce((sum, p) => sum + p.open, 0);
    expect(open).toBe(json.summary.unresolved);
  });

  it('shows dispositions and late comments recorded in the report', async () => {
    const host = new DocxReportHost(new Uint8Array(readFileSync(FIXTURE)), 'report.docx');
    let reading = await readConsultationOf(host, template);
    await setClosingDate(host, reading, '2018-01-19');
    reading = await readConsultationOf(host, template);
    const [first, second] = reading.consultation.comments;
    await recordDispositions(
      host,
      reading,
      [
        { comment: first!, status: 'accepted', response: 'Reworded.', reply: true, resolve: true },
        { comment: second!, status: 'not-accepted', response: '', reply: false, resolve: false },
      ],
      { name: 'Sam Okafor', initials: 'SO' },
    );
    const file = join(folder, 'decided.docx');
    writeFileSync(file, host.bytes);
    const json = JSON.parse((await run(['comments', file, '--json'])).stdout) as { comments: JsonComment[] };
    expect(json.comments.map((c) => c.disposition).slice(0, 3)).toEqual(['accepted', 'not-accepted', 'open']);
    expect(json.comments[0]!.resolved).toBe(true);
    expect(json.comments[0]!.replies.at(-1)).toMatchObject({
      author: 'Sam Okafor',
      text: 'Accepted. Reworded.',
    });
    expect(json.comments.filter((c) => c.late).map((c) => c.author)).toEqual(['OPCC']);
    const text = (await run(['comments', file])).stdout;
    expect(text).toContain('1 accepted');
    expect(text).toContain('1 comment came in after the closing date.');
  });
});

describe('council-report comments (text)', () => {
  it('numbers comments 1, 2, 3 in the order they are in the report, not by Word’s ids', async () => {
    const { code, stdout } = await run(['comments', FIXTURE]);
    expect(code).toBe(0);
    const numbered = stdout.split('\n').filter((line) => /^\d+\. /.test(line));
    expect(numbered.map((line) => Number(/^(\d+)\./.exec(line)![1]))).toEqual(
      Array.from({ length: 14 }, (_, i) => i + 1),
    );
    // Word's ids (from 0, with gaps and out of order) are not shown: the JSON has them.
    expect(stdout).not.toMatch(/^\[\d+\]/m);
    // Section 6's comment (Word's id 15) comes before section 7's (id 12), as a reader meets them.
    const next = numbered.findIndex((l) => l.includes('6. Next Steps'));
    const financial = numbered.findIndex((l) => l.includes('— Financial'));
    expect(next).toBeGreaterThan(-1);
    expect(next).toBeLessThan(financial);
    // The comment whose text was deleted comes last.
    expect(numbered.at(-1)).toMatch(/^14\. .*Not anchored in the text/);
  });

  it('says so of a comment or reply without an author name', async () => {
    const comments =
      '<w:comment w:id="7" w:author=""><w:p><w:r><w:t>Nameless.</w:t></w:r></w:p></w:comment>' +
      '<w:comment w:id="3" w:author="Kent Police"><w:p><w:r><w:t>Named.</w:t></w:r></w:p></w:comment>';
    const body = [7, 3]
      .map(
        (i) =>
          `<w:p><w:commentRangeStart w:id="${i}"/><w:r><w:t>Text ${i}</w:t></w:r><w:commentRangeEnd w:id="${i}"/><w:r><w:commentReference w:id="${i}"/></w:r></w:p>`,
      )
      .join('');
    const file = join(folder, 'nameless.docx');
    writeFileSync(file, makeDocx({ body: body + p('End'), comments }));
    const { code, stdout } = await run(['comments', file]);
    expect(code).toBe(0);
    const lines = stdout.split('\n').filter((line) => /^\d+\. /.test(line));
    expect(lines[0]).toMatch(/^1\. No author name \(Unassigned\) · /);
    expect(lines[1]).toMatch(/^2\. Kent Police \(Kent Police\) · /);
  });
});

describe('council-report comments --csv', () => {
  it('calls a comment resolved in Word with no decision closed, not open, as every count does', async () => {
    const csv = await run(['comments', FIXTURE, '--csv']);
    expect(csv.code).toBe(0);
    expect(csv.stdout.match(/,Yes,Closed without decision,/g)).toHaveLength(2);
    expect(csv.stdout).not.toMatch(/,Yes,Open,/);
    const text = await run(['comments', FIXTURE]);
    expect(text.stdout.match(/closed without decision, resolved in Word/g)).toHaveLength(2);
  });

  const dangerous = [
    "=cmd|' /C calc'!A0",
    '+1+1',
    '-2',
    '@SUM(A1)',
    '\tTabbed',
    'Plain, with "quotes"\nand a line',
  ];

  function hostileReport(): string {
    const comments =
      dangerous
        .map(
          (text, i) =>
            `<w:comment w:id="${i}" w:author="=HYPERLINK(&quot;http://x&quot;)"><w:p><w:r><w:t xml:space="preserve">${text
              .replace(/&/g, '&amp;')
              .replace(/</g, '&lt;')
              .replace(/\t/g, '</w:t><w:tab/><w:t xml:space="preserve">')
              .replace(/\n/g, '</w:t><w:br/><w:t xml:space="preserve">')}</w:t></w:r></w:p></w:comment>`,
        )
        .join('') +
      `<w:comment w:id="99" w:author="Long"><w:p><w:r><w:t>${'x'.repeat(100_000)}</w:t></w:r></w:p></w:comment>`;
    const body = [...dangerous.map((_t, i) => i), 99]
      .map(
        (i) =>
          `<w:p><w:commentRangeStart w:id="${i}"/><w:r><w:t>Text ${i}</w:t></w:r><w:commentRangeEnd w:id="${i}"/><w:r><w:commentReference w:id="${i}"/></w:r></w:p>`,
      )
      .join('');
    const file = join(folder, 'hostile.docx');
    writeFileSync(file, makeDocx({ body: body + p('End'), comments }));
    return file;
  }

  it('neutralises formulas, quotes properly and survives a 100,000-character comment', async () => {
    const { code, stdout, stderr } = await run(['comments', hostileReport(), '--csv']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.startsWith('\ufeffComment,Date,Author')).toBe(true);
    expect(stdout).toContain('\r\n');
    const rows = Papa.parse<string[]>(stdout.slice(1), { newline: '\r\n' }).data.filter((r) => r.length > 1);
    expect(rows[0]).toContain('Comment text');
    const textColumn = rows[0]!.indexOf('Comment text');
    const authorColumn = rows[0]!.indexOf('Author');
    const texts = rows.slice(1).map((r) => r[textColumn]!);
    expect(texts.slice(0, 6)).toEqual([
      "'=cmd|' /C calc'!A0",
      "'+1+1",
      "'-2",
      "'@SUM(A1)",
      "'\tTabbed",
      'Plain, with "quotes"\nand a line',
    ]);
    expect(rows[1]![authorColumn]).toBe('\'=HYPERLINK("http://x")');
    // Every cell of every row starts with something a spreadsheet will not evaluate.
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    const long = texts[6]!;
    expect(long.length).toBeLessThan(MAX_CELL + 100);
    expect(long).toMatch(/^x{32000}… \(cut: 100,000 characters in all\)$/);
  });
});

describe('csvCell', () => {
  it('drops control characters (a Word host can hand them over) and neutralises what they hid', () => {
    expect(csvCell('\u0007\u001b[31m=1+1')).toBe('[31m=1+1');
    expect(csvCell('\u0000=SUM(1)')).toBe("'=SUM(1)");
    expect(csvCell('\r=x')).toBe('"\'\r=x"');
    expect(csvCell(null)).toBe('');
  });
});

describe('council-report comments --partners', () => {
  it('uses organisations from a directory file', async () => {
    const partners = join(folder, 'partners.json');
    writeFileSync(
      partners,
      JSON.stringify({
        organisations: [
          { name: 'Golding Homes', domains: ['goldinghomes.org.uk'], aliases: ['Golding Homes'] },
        ],
      }),
    );
    const json = JSON.parse((await run(['comments', FIXTURE, '--json', '--partners', partners])).stdout) as {
      comments: JsonComment[];
    };
    expect(json.comments[12]!.organisation).toBe('Golding Homes');
    expect(json.comments.some((c) => c.organisation === 'Unassigned')).toBe(false);
  });

  it('refuses a bad directory file, naming the field', async () => {
    const partners = join(folder, 'bad.json');
    writeFileSync(partners, JSON.stringify({ organisations: [{ name: 'X', domains: 'x.org' }] }));
    const { code, stderr } = await run(['comments', FIXTURE, '--partners', partners]);
    expect(code).toBe(2);
    expect(stderr).toContain('organisations[0].domains must be a list of text values.');
  });
});

describe('council-report comments usage', () => {
  it.each([
    [['comments'], 'Give the report (.docx): council-report comments <file.docx>.'],
    [['comments', 'a.docx', 'b.docx'], 'takes one report (.docx) at a time'],
    [['comments', FIXTURE, '--json', '--csv'], 'either --json or --csv'],
    [['comments', FIXTURE, '--nope'], 'Unknown option "--nope"'],
    [['comments', join(ROOT, 'nope.docx')], 'there is no such file'],
  ])('%j is refused with exit 2', async (args, message) => {
    const { code, stderr } = await run(args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });

  it('has help of its own, and a line in the general help', async () => {
    expect((await run(['comments', '--help'])).stdout).toContain('--partners <file.json>');
    expect((await run(['--help'])).stdout).toContain('council-report comments <file.docx>');
  });

  it('runs as the built command line', () => {
    ensureBuilt();
    const result = council(['comments', FIXTURE, '--json']);
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as { summary: { total: number } }).summary.total).toBe(14);
  }, 120_000);
});
