import { readDocx } from '../../../../src/docx/read/read-docx';
import { makeDocx, p } from '../make-docx';

function comment(
  id: string,
  author: string,
  date: string,
  paragraphs: [paraId: string, text: string][],
): string {
  const body = paragraphs
    .map(([paraId, text]) => `<w:p w14:paraId="${paraId}"><w:r><w:t>${text}</w:t></w:r></w:p>`)
    .join('');
  return `<w:comment w:id="${id}" w:author="${author}" w:date="${date}" w:initials="${author[0]}">${body}</w:comment>`;
}

function ex(paraId: string, parent: string | null, done: boolean): string {
  return `<w15:commentEx w15:paraId="${paraId}"${parent ? ` w15:paraIdParent="${parent}"` : ''} w15:done="${done ? 1 : 0}"/>`;
}

const anchored = (id: string, text: string) =>
  `<w:p><w:commentRangeStart w:id="${id}"/><w:r><w:t>${text}</w:t></w:r><w:commentRangeEnd w:id="${id}"/>` +
  `<w:r><w:commentReference w:id="${id}"/></w:r></w:p>`;

describe('comment threads', () => {
  const bytes = makeDocx({
    body:
      anchored('10', 'Violent crime rose') +
      anchored('20', 'funding') +
      // Word anchors each reply at its parent's range too.
      anchored('11', 'Violent crime rose') +
      anchored('12', 'Violent crime rose') +
      anchored('13', 'Violent crime rose'),
    comments:
      // Two paragraphs: threads are keyed by the paraId of the last one.
      comment('10', 'Police Partner', '2024-03-01T10:00:00Z', [
        ['0A000001', 'Please add'],
        ['0A000002', 'the 2023 figures.'],
      ]) +
      comment('12', 'Report Author', '2024-03-03T09:00:00Z', [['0A000012', 'Done.']]) +
      comment('11', 'Report Author', '2024-03-02T09:00:00Z', [['0A000011', 'Will do.']]) +
      comment('13', 'Police Partner', '2024-03-04T09:00:00Z', [['0A000013', 'Thanks']]) +
      comment('20', 'Fire Service', '2024-03-01T11:00:00Z', [['0A000020', 'Agreed.']]),
    commentsExtended:
      ex('0A000002', null, true) +
      ex('0A000011', '0A000002', false) +
      ex('0A000012', '0a000002', true) +
      // A reply to a reply belongs to the thread's first comment.
      ex('0A000013', '0A000012', false) +
      ex('0A000020', null, false),
    commentsIds:
      '<w16cid:commentId w16cid:paraId="0A000002" w16cid:durableId="5E5E0001"/>' +
      '<w16cid:commentId w16cid:paraId="0A000011" w16cid:durableId="5E5E0002"/>',
  });
  const snapshot = readDocx(bytes, 'consultation.docx');

  it('nests replies under their thread, in date order, with per-comment resolved state', () => {
    expect(snapshot.comments).toHaveLength(2);
    const [first, second] = snapshot.comments;
    expect(first).toMatchObject({
      id: '10',
      author: 'Police Partner',
      initials: 'P',
      date: '2024-03-01T10:00:00Z',
      text: 'Please add\nthe 2023 figures.',
      resolved: true,
      anchorParagraph: 0,
      anchorText: 'Violent crime rose',
    });
    expect(first?.replies.map((reply) => [reply.id, reply.text, reply.resolved])).toEqual([
      ['11', 'Will do.', false],
      ['12', 'Done.', true],
      ['13', 'Thanks', false],
    ]);
    expect(second).toMatchObject({
      id: '20',
      resolved: false,
      anchorParagraph: 1,
      anchorText: 'funding',
      replies: [],
    });
  });

  it('carries durable ids from commentsIds.xml where there are any', () => {
    expect(snapshot.comments[0]?.durableId).toBe('5E5E0001');
    expect(snapshot.comments[0]?.replies[0]?.durableId).toBe('5E5E0002');
    expect(snapshot.comments[1]?.durableId).toBeUndefined();
    expect(snapshot.warnings).toEqual([]);
  });

  it('reads every comment as its own thread when there is no commentsExtended part', () => {
    const plain = readDocx(
      makeDocx({
        body: anchored('1', 'one') + anchored('2', 'two'),
        comments:
          comment('2', 'B', '2024-01-02T00:00:00Z', [['00000002', 'Second']]) +
          comment('1', 'A', '2024-01-01T00:00:00Z', [['00000001', 'First']]),
      }),
      'x.docx',
    );
    // Threads follow their anchors in the document, not the order of comments.xml.
    expect(plain.comments.map((c) => [c.id, c.resolved, c.replies.length])).toEqual([
      ['1', false, 0],
      ['2', false, 0],
    ]);
  });

  it('warns about a comment with no anchor and a reply whose parent is missing, and keeps both', () => {
    const odd = readDocx(
      makeDocx({
        body: p('No anchors here'),
        comments:
          comment('1', 'A', '2024-01-01T00:00:00Z', [['00000001', 'Floating']]) +
          comment('2', 'B', '2024-01-02T00:00:00Z', [['00000002', 'Orphan reply']]),
        commentsExtended: ex('00000001', null, false) + ex('00000002', '0000DEAD', false),
      }),
      'x.docx',
    );
    expect(odd.comments.map((c) => [c.id, c.anchorParagraph, c.anchorText])).toEqual([
      ['1', null, ''],
      ['2', null, ''],
    ]);
    expect(odd.warnings.map((w) => w.message)).toEqual([
      expect.stringContaining('Comment 2 by B replies to a comment that is not in the file'),
      expect.stringContaining('Comment 1 by A is not anchored'),
      expect.stringContaining('Comment 2 by B is not anchored'),
    ]);
  });
});
