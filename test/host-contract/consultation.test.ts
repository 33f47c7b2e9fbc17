/**
 * The consultation from both hosts: the same comments, sections, rows and organisations from the
 * .docx host and from Word (the fake holding the same file), dispositions written through either
 * host read back the same, and Word's reads and writes take a fixed number of syncs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  readConsultationOf,
  recordDispositions,
  resolveComments,
  type ConsultationReading,
} from '../../src/app/consultation/consultation-use-cases';
import { getTemplate } from '../../src/core/template/templates';
import { WordReportHost } from '../../src/word/word-host';
import { fakeDocumentFromDocx, installFakeWord } from '../support/fake-word';
import { HOSTS, type OpenedHost } from './hosts';

const FIXTURE = join(__dirname, '..', 'fixtures', 'consultation', 'multi-partner.docx');
const bytes = new Uint8Array(readFileSync(FIXTURE));
const template = getTemplate('maidstone-2019');
const officer = { name: 'Sam Okafor', initials: 'SO' };

/** What must agree between hosts (ids differ: Word gives its own). */
function comparable(reading: ConsultationReading) {
  return reading.consultation.comments.map((c) => ({
    author: c.thread.author,
    email: c.thread.email ?? null,
    text: c.thread.text,
    organisation: c.organisation,
    matchedBy: c.matchedBy,
    section: c.placement.section,
    row: c.placement.row,
    resolved: c.thread.resolved,
    replies: c.thread.replies.map((r) => [r.author, r.text]),
    disposition: c.disposition,
    late: c.late,
  }));
}

function withHost<T>(kind: 'docx' | 'word', run: (opened: OpenedHost) => Promise<T>): Promise<T> {
  const opened = HOSTS.find((h) => h.kind === kind)!.open(bytes, 'multi-partner.docx', { wordApi: '1.6' });
  return run(opened).finally(() => opened.close());
}

describe('consultation through both hosts', () => {
  it('reads the same comments, places and organisations', async () => {
    const docx = await withHost('docx', async ({ host }) =>
      comparable(await readConsultationOf(host, template)),
    );
    const word = await withHost('word', async ({ host, syncs }) => {
      const reading = await readConsultationOf(host, template);
      expect(syncs()).toBe(2);
      return comparable(reading);
    });
    // The comment whose anchor is gone is not in Word's body.getComments(): Word cannot show it.
    expect(word).toEqual(docx.filter((c) => c.section !== null));
    expect(docx).toHaveLength(14);
    expect(new Set(docx.map((c) => c.organisation)).size).toBe(9);
  });

  it.each(['docx', 'word'] as const)(
    'records dispositions, replies and resolutions through the %s host, read back the same',
    async (kind) => {
      const result = await withHost(kind, async ({ host, syncs }) => {
        const reading = await readConsultationOf(host, template);
        const [first, second, third] = reading.consultation.comments;
        const before = syncs();
        await recordDispositions(
          host,
          reading,
          [
            {
              comment: first!,
              status: 'accepted',
              response: 'Reworded as suggested.',
              reply: true,
              resolve: true,
            },
            {
              comment: second!,
              status: 'partly-accepted',
              response: 'Clarified in part.',
              reply: true,
              resolve: false,
            },
            { comment: third!, status: 'noted', response: '', reply: false, resolve: false },
          ],
          officer,
        );
        if (kind === 'word') expect(syncs() - before).toBe(2);
        return comparable(await readConsultationOf(host, template)).slice(0, 3);
      });
      expect(result.map((c) => [c.disposition, c.resolved, c.replies.at(-1)?.[1] ?? null])).toEqual([
        ['accepted', true, 'Accepted. Reworded as suggested.'],
        ['partly-accepted', false, 'Partly accepted. Clarified in part.'],
        // Resolved in the file already; no reply asked for.
        ['noted', true, null],
      ]);
    },
  );

  it('resolves any number of comments in Word in two syncs', async () => {
    for (const count of [1, 10]) {
      await withHost('word', async ({ host, syncs }) => {
        const reading = await readConsultationOf(host, template);
        const open = reading.consultation.comments.filter((c) => !c.thread.resolved).slice(0, count);
        expect(open).toHaveLength(count);
        const before = syncs();
        await resolveComments(host, open);
        expect(syncs() - before).toBe(2);
        const after = await readConsultationOf(host, template);
        expect(after.consultation.comments.filter((c) => !c.thread.resolved)).toHaveLength(11 - count);
      });
    }
  });

  it('refuses in Word, writing nothing, when a comment changed since it was read', async () => {
    await withHost('word', async ({ host }) => {
      const reading = await readConsultationOf(host, template);
      const first = reading.consultation.comments[0]!;
      const stale = { ...first, thread: { ...first.thread, text: 'Something else' } };
      await expect(
        recordDispositions(
          host,
          reading,
          [{ comment: stale, status: 'accepted', response: '', reply: true, resolve: true }],
          officer,
        ),
      ).rejects.toMatchObject({ code: 'report-changed' });
      const after = await readConsultationOf(host, template);
      expect(comparable(after)).toEqual(comparable(reading));
    });
  });

  it('records no disposition when Word refuses the reply (the data part is written last)', async () => {
    const attempt = async (failAt: number | null) => {
      const { fake, uninstall } = installFakeWord(fakeDocumentFromDocx(bytes, 'r.docx'), { wordApi: '1.6' });
      try {
        const host = new WordReportHost('r.docx');
        const reading = await readConsultationOf(host, template);
        const before = fake.operationCount;
        if (failAt !== null) fake.failOperation(failAt);
        const outcome = await recordDispositions(
          host,
          reading,
          [
            {
              comment: reading.consultation.comments[0]!,
              status: 'accepted',
              response: 'Done.',
              reply: true,
              resolve: false,
            },
          ],
          officer,
        ).then(
          () => null,
          (error: unknown) => error,
        );
        const operations = fake.operationCount - before;
        const after = await readConsultationOf(host, template);
        return { operations, outcome, after };
      } finally {
        uninstall();
      }
    };
    const ok = await attempt(null);
    expect(ok.outcome).toBeNull();
    // The write's last sync holds the reply, then the data part; fail the reply.
    const failed = await attempt(ok.operations - 1);
    expect(failed.outcome).toMatchObject({ code: 'word-write-failed' });
    expect(String((failed.outcome as Error).message)).toMatch(
      /^Word could not post the reply to the comment\./,
    );
    expect(failed.after.consultation.comments[0]!.disposition).toBe('open');
    expect(failed.after.consultation.comments[0]!.thread.replies).toHaveLength(0);
  });
});
