/** Comments, threads and resolved state in Word-made files, checked against their XML. */
import type { CommentThread } from '../../../../src/core/report/snapshot';
import { readFixture, WORD_MADE } from '../fixtures';

const all = (threads: CommentThread[]) => threads.flatMap((t) => [t, ...t.replies]);

describe('Comment048.docx: 7 comments, 3 replies, 5 resolved', () => {
  const threads = readFixture(WORD_MADE.comment048).comments;

  it('groups the comments into four threads in document order', () => {
    expect(all(threads)).toHaveLength(7);
    expect(threads.map((t) => [t.id, t.replies.map((r) => r.id)])).toEqual([
      ['0', ['1', '2']],
      ['3', []],
      ['4', []],
      ['5', ['6']],
    ]);
    expect(
      all(threads)
        .filter((c) => c.resolved)
        .map((c) => c.id),
    ).toEqual(['0', '1', '2', '4', '6']);
  });

  it('anchors each thread to its text', () => {
    expect(threads.map((t) => [t.anchorParagraph, t.anchorText])).toEqual([
      [1, 'Frame story'],
      [1, 'story'],
      // Comments 4 and 5 span only a text box and note references, which have no text here.
      [2, ''],
      [2, ''],
    ]);
    expect(threads[0]).toMatchObject({
      author: 'W丫¥ل云玗İαЂ:Øñ thë Ìñsért tæþ, thè gællèríës íñ¢lµðé ï',
      initials: 'W丫¥ل云玗İαЂ',
      date: '2011-03-17T11:54:00Z',
      text: 'Trying to add a comment',
    });
    expect(threads[0]?.replies.map((r) => [r.author, r.text])).toEqual([
      ['Arman Aghaei', 'Another comment'],
      ['Arman Aghaei', 'Reply'],
    ]);
  });
});

describe('Comment052.docx: two threads of 1 + 3', () => {
  const threads = readFixture(WORD_MADE.comment052).comments;

  it('nests three replies under each parent, mixing open and resolved', () => {
    expect(threads.map((t) => [t.id, t.text, t.resolved])).toEqual([
      ['0', 'Parent#2', true],
      ['4', 'First Parent comment #1\n\n', false],
    ]);
    expect(threads.map((t) => t.replies.map((r) => [r.id, r.text, r.resolved]))).toEqual([
      [
        ['1', 'Reply1\n\n', false],
        ['2', 'Reply2\n\n', true],
        ['3', 'Reply3\n\n', false],
      ],
      [
        ['6', 'Reply 1to1', true],
        ['7', 'Reply 2to1', false],
        ['8', 'Reply 3to1', true],
      ],
    ]);
  });

  it('anchors a range over three paragraphs, and a comment with only a reference to its paragraph', () => {
    expect(threads[0]?.anchorParagraph).toBe(0);
    expect(threads[0]?.anchorText.split('\n')).toEqual([
      expect.stringMatching(/^On the Insert tab, .*current document look\.$/),
      expect.stringMatching(/^You can easily change .*specify directly\.$/),
      expect.stringMatching(/^To change the overall look .*current template\.$/),
      '',
    ]);
    expect([threads[1]?.anchorParagraph, threads[1]?.anchorText]).toEqual([0, '']);
  });
});

describe('other Word comments', () => {
  it('reads the two comments of mammoth’s comments.docx', () => {
    expect(
      readFixture(WORD_MADE.mammothComments).comments.map((c) => [
        c.id,
        c.author,
        c.initials,
        c.text,
        c.anchorText,
        c.replies,
      ]),
    ).toEqual([
      ['0', 'Michael Williamson', 'MW', 'A tachyon walks into a bar.', 'Ouch', []],
      ['2', 'Michael Williamson', 'MW', 'Fin.', '', []],
    ]);
  });

  it('reads durable ids from commentsIds.xml (Word 2019+)', () => {
    expect(
      readFixture(WORD_MADE.commentsRichPara).comments.map((c) => [c.id, c.durableId, c.text, c.anchorText]),
    ).toEqual([
      ['0', '2BEE9EEC', 'Text with hyperlink https://google.com embedded.', 'Some text worthy of note.'],
      ['1', '2BEEA19B', 'Text with inline image  in the middle.', 'Other text worthy of note.'],
      ['2', '2BEEA53D', 'Text with character style.', 'Paragraph 5'],
      ['4', '2BEEA990', 'Paragraph with Heading 2 paragraph style.', 'Paragraph 6'],
    ]);
  });

  it('anchors the kitchen-sink comment inside its paragraph', () => {
    expect(readFixture(WORD_MADE.complicated).comments).toEqual([
      expect.objectContaining({
        id: '10',
        author: 'Eric White',
        text: 'This is a comment.',
        anchorParagraph: 81,
        anchorText: 'you click Online Video',
      }),
    ]);
  });
});
