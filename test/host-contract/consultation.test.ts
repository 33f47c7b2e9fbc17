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
import { currentWordProfile, inEachWordProfile } from '../support/word-profile-suite';

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

// Every test below runs in "Word desktop" and in "Word on the web" (the fake's two profiles).
inEachWordProfile(() => {
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
      // 7 partners (the former CRC counts as the Probation Service) and Unassigned.
      expect(new Set(docx.map((c) => c.organisation)).size).toBe(8);
    });

    it.each(['docx', 'word'] as const)(
      'records dispositions, replies and resolutions through the %s host, read back the same',
      async (kind) => {
        const result = await withHost(kind, async ({ host, syncs }) => {
          const reading = await readConsultationOf(host, template);
          const [first, second, third] = reading.consultation.comments;
          const before = syncs();
          const outcome = await recordDispositions(
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
          // Word on the web refuses replies (office-js #6720): two more syncs, in a fresh run.
          const refused = kind === 'word' && currentWordProfile().behaviours.commentReplyFails;
          if (kind === 'word') expect(syncs() - before).toBe(refused ? 4 : 2);
          expect(outcome.unpostedReplies.map((r) => r.text)).toEqual(
            refused ? ['Accepted. Reworded as suggested.', 'Partly accepted. Clarified in part.'] : [],
          );
          return {
            refused,
            comments: comparable(await readConsultationOf(host, template)).slice(0, 3),
          };
        });
        // What the officer ends up with is the same, less exactly the replies they were handed.
        const lastReply = (text: string) => (result.refused ? null : text);
        expect(
          result.comments.map((c) => [c.disposition, c.resolved, c.replies.at(-1)?.[1] ?? null]),
        ).toEqual([
          ['accepted', true, lastReply('Accepted. Reworded as suggested.')],
          ['partly-accepted', false, lastReply('Partly accepted. Clarified in part.')],
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

    it('records the disposition and resolution when Word refuses the reply, and hands back its text', async () => {
      // office-js #6720: Comment.reply throws on Word on the web; here switched on in either profile.
      const attempt = async (replyFails: boolean) => {
        const { fake, uninstall } = installFakeWord(fakeDocumentFromDocx(bytes, 'r.docx'), {
          wordApi: '1.6',
          profile: currentWordProfile(),
          behaviours: { commentReplyFails: replyFails },
        });
        try {
          const host = new WordReportHost('r.docx');
          const reading = await readConsultationOf(host, template);
          const [first, second] = reading.consultation.comments;
          fake.resetCounts();
          const outcome = await recordDispositions(
            host,
            reading,
            [
              { comment: first!, status: 'accepted', response: 'Done.', reply: true, resolve: true },
              { comment: second!, status: 'noted', response: 'Thanks.', reply: true, resolve: false },
            ],
            officer,
          );
          const runs = [...fake.syncsPerRun];
          const after = await readConsultationOf(host, template);
          return { outcome, runs, after, ids: [first!.thread.id, second!.thread.id] };
        } finally {
          uninstall();
        }
      };
      const posted = await attempt(false);
      expect(posted.outcome).toEqual({ unpostedReplies: [] });
      expect(posted.runs).toEqual([2]);

      const refused = await attempt(true);
      // Two syncs, then two in a fresh Word.run to finish what the refused reply stopped.
      expect(refused.runs).toEqual([2, 2]);
      expect(refused.outcome.unpostedReplies).toEqual([
        { comment: expect.objectContaining({ id: refused.ids[0] }), text: 'Accepted. Done.' },
        { comment: expect.objectContaining({ id: refused.ids[1] }), text: 'Noted. Thanks.' },
      ]);
      // The same report as when the replies were posted, less exactly the replies it hands back.
      const strip = (r: ConsultationReading) =>
        comparable(r).map((c) => ({
          ...c,
          replies: c.replies.filter(([, text]) => !/^(Accepted\. Done\.|Noted\. Thanks\.)$/.test(text ?? '')),
        }));
      expect(strip(refused.after)).toEqual(strip(posted.after));
      expect(
        comparable(refused.after)
          .slice(0, 2)
          .map((c) => [c.disposition, c.resolved]),
      ).toEqual([
        ['accepted', true],
        ['noted', comparable(posted.after)[1]!.resolved],
      ]);
      expect(comparable(posted.after).flatMap((c) => c.replies.map(([, t]) => t))).toEqual(
        expect.arrayContaining(['Accepted. Done.', 'Noted. Thanks.']),
      );
    });
  });
});
