/**
 * Replies and resolutions written into real Word-made files, read back by our reader (and once by
 * LibreOffice, which must show the reply).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import type { CommentAction, CommentRef } from '../../../../src/core/report/host';
import type { CommentThread } from '../../../../src/core/report/snapshot';
import { DocxReportHost } from '../../../../src/docx/docx-host';
import { readDocx } from '../../../../src/docx/read/read-docx';
import { emptyReportState, REPORT_NAMESPACE } from '../../../../src/ooxml/custom-xml-part';
import { emptyConsultationRecord } from '../../../../src/core/state/consultation-record';
import { fixture, WORD_MADE } from '../fixtures';

const MAMMOTH_COMMENTS = 'word-made/mwilliamson__mammoth.js/comments.docx';
const RICH_PARA = 'word-made/python-openxml__python-docx/comments-rich-para.docx';

const ref = (thread: CommentThread): CommentRef => ({
  id: thread.id,
  author: thread.author,
  text: thread.text,
});
const reply = (thread: CommentThread, text: string): Extract<CommentAction, { kind: 'reply' }> => ({
  kind: 'reply',
  comment: ref(thread),
  text,
  author: 'Community Safety Officer',
  initials: 'CSO',
});

function part(bytes: Uint8Array, name: string): string {
  const entry = unzipSync(bytes)[name];
  if (!entry) throw new Error(`no ${name}`);
  return strFromU8(entry);
}

async function hostFor(path: string): Promise<{ host: DocxReportHost; threads: CommentThread[] }> {
  const host = new DocxReportHost(fixture(path), 'report.docx');
  return { host, threads: (await host.readSnapshot()).comments };
}

describe('writing replies and resolutions into a .docx', () => {
  it('replies and resolves in Comment052.docx, keeping the other threads as they were', async () => {
    const { host, threads } = await hostFor(WORD_MADE.comment052);
    const [first, second] = threads;
    expect(second?.resolved).toBe(false);
    await host.writeConsultation(
      [reply(first!, 'Accepted: reworded.\nSee paragraph 1.2.'), { kind: 'resolve', comment: ref(second!) }],
      null,
    );
    const after = readDocx(host.bytes, 'report.docx');
    expect(after.warnings).toEqual([]);
    const [a, b] = after.comments;
    expect(a!.replies.at(-1)).toMatchObject({
      author: 'Community Safety Officer',
      initials: 'CSO',
      text: 'Accepted: reworded.\nSee paragraph 1.2.',
    });
    expect(a!.replies).toHaveLength(first!.replies.length + 1);
    expect(a!.resolved).toBe(first!.resolved);
    expect(b!.resolved).toBe(true);
    expect(b!.replies.map((r) => r.text)).toEqual(second!.replies.map((r) => r.text));
    // Anchored where its parent is, as Word does it.
    const document = part(host.bytes, 'word/document.xml');
    const newId = /<w:comment w:id="(\d+)" w:author="Community Safety Officer"/.exec(
      part(host.bytes, 'word/comments.xml'),
    )?.[1];
    expect(document).toContain(`<w:commentReference w:id="${newId}"/>`);
    expect(document).toContain(`<w:commentRangeStart w:id="${newId}"/>`);
  });

  it('creates commentsExtended.xml for a Word 2010 file, so the reply is threaded', async () => {
    const { host, threads } = await hostFor(MAMMOTH_COMMENTS);
    expect(unzipSync(host.bytes)['word/commentsExtended.xml']).toBeUndefined();
    await host.writeConsultation(
      [reply(threads[0]!, 'Noted, thank you.'), { kind: 'resolve', comment: ref(threads[1]!) }],
      null,
    );
    const after = readDocx(host.bytes, 'report.docx');
    expect(after.comments).toHaveLength(threads.length);
    expect(after.comments[0]!.replies.map((r) => r.text)).toEqual(['Noted, thank you.']);
    expect(after.comments[1]!.resolved).toBe(true);
    expect(part(host.bytes, '[Content_Types].xml')).toContain('commentsExtended+xml');
    expect(part(host.bytes, 'word/_rels/document.xml.rels')).toContain('relationships/commentsExtended');
  });

  it('gives the reply a durable id in a Word 2019 file (commentsIds.xml)', async () => {
    const { host, threads } = await hostFor(RICH_PARA);
    await host.writeConsultation([reply(threads[0]!, 'Thanks.')], null);
    const after = readDocx(host.bytes, 'report.docx');
    const added = after.comments[0]!.replies.at(-1)!;
    expect(added.text).toBe('Thanks.');
    expect(added.durableId).toMatch(/^[0-9A-F]{8}$/);
    // The parent keeps its own durable id.
    expect(after.comments[0]!.durableId).toBe(threads[0]!.durableId);
  });

  it('writes the state part in the same edit', async () => {
    const { host, threads } = await hostFor(WORD_MADE.comment052);
    const state = {
      ...emptyReportState(),
      consultation: { ...emptyConsultationRecord(), closes: '2018-12-14' },
    };
    await host.writeConsultation([{ kind: 'resolve', comment: ref(threads[0]!) }], state);
    const after = readDocx(host.bytes, 'report.docx');
    const saved = after.customXmlParts.find((p) => p.namespaceUri === REPORT_NAMESPACE);
    expect(saved?.xml).toContain('closes="2018-12-14"');
    expect(after.comments[0]!.resolved).toBe(true);
  });

  it('refuses, changing nothing, when a comment has changed since it was read', async () => {
    const { host, threads } = await hostFor(WORD_MADE.comment052);
    const before = host.bytes;
    const stale = { ...ref(threads[1]!), text: 'What the officer saw yesterday' };
    await expect(
      host.writeConsultation([reply(threads[0]!, 'ok'), { kind: 'resolve', comment: stale }], null),
    ).rejects.toMatchObject({ code: 'report-changed' });
    expect(host.bytes).toBe(before);
  });

  it('keeps a 100,000-character reply with control characters intact and the file readable', async () => {
    const { host, threads } = await hostFor(WORD_MADE.comment052);
    const long = `=HYPERLINK("x")<w:t>&amp;\u0001\u0007\u001b]]>${'x'.repeat(100_000)}`;
    await host.writeConsultation([{ ...reply(threads[0]!, long), author: 'Evil <"&> \u0000Author' }], null);
    const after = readDocx(host.bytes, 'report.docx');
    const added = after.comments[0]!.replies.at(-1)!;
    expect(added.author).toBe('Evil <"&> Author');
    expect(added.text).toBe(`=HYPERLINK("x")<w:t>&amp;]]>${'x'.repeat(100_000)}`);
  });

  it('is shown by LibreOffice as a reply in the thread', () => {
    const host = new DocxReportHost(fixture(MAMMOTH_COMMENTS), 'report.docx');
    const thread = readDocx(host.bytes, 'report.docx').comments[0]!;
    return host.writeConsultation([reply(thread, 'Reply written by Council Report')], null).then(() => {
      const folder = mkdtempSync(join(tmpdir(), 'cr-reply-'));
      try {
        writeFileSync(join(folder, 'report.docx'), host.bytes);
        const profile = pathToFileURL(join(folder, 'profile')).href;
        execFileSync(
          'soffice',
          [
            `-env:UserInstallation=${profile}`,
            '--headless',
            '--convert-to',
            'odt',
            '--outdir',
            folder,
            join(folder, 'report.docx'),
          ],
          { stdio: 'pipe', timeout: 60_000 },
        );
        const content = strFromU8(
          unzipSync(new Uint8Array(readFileSync(join(folder, 'report.odt'))))['content.xml']!,
        );
        const annotations = content.match(/<office:annotation\b[\s\S]*?<\/office:annotation>/g) ?? [];
        const ours = annotations.find((a) => a.includes('Reply written by Council Report'));
        expect(ours).toBeDefined();
        expect(ours).toContain('Community Safety Officer');
        expect(annotations).toHaveLength(thread.replies.length + 3);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    });
  }, 90_000);
});
