/**
 * caption-number-repeated on real .docx markup: a Word-numbered caption that shows the same number
 * as a typed one above it once fields update, and the reports it must leave alone.
 */
import { newCaptionAt } from '../../../../src/core/report/captions';
import { checkSnapshot } from '../../../../src/core/template/check';
import { getTemplate } from '../../../../src/core/template/templates';
import { blankDocx } from '../../../../src/docx/write/blank-docx';
import { readDocx } from '../../../../src/docx/read/read-docx';

const template = getTemplate('maidstone-2019');
const text = (t: string) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`;
const typed = (t: string) => `<w:p>${text(t)}</w:p>`;
/** A caption as Word's Insert Caption writes it; `shown` is the number Word last showed. */
const field = (label: string, shown: number, rest: string, switches = '') =>
  `<w:p>${text(`${label} `)}<w:fldSimple w:instr=" SEQ ${label}${switches} \\* ARABIC ">${text(String(shown))}</w:fldSimple>${text(`: ${rest}`)}</w:p>`;

function repeated(body: string, fieldsRead = true): string[] {
  const snapshot = {
    ...readDocx(blankDocx(body), 'captions.docx'),
    ...(fieldsRead ? {} : { fieldsRead: undefined }),
  };
  return checkSnapshot(snapshot, template)
    .findings.filter((f) => f.rule === 'caption-number-repeated')
    .map((f) => `${f.severity} ${f.paragraph}: ${f.message}`);
}

describe('caption-number-repeated', () => {
  it('finds a Word caption after a typed one: it shows Figure 1 again once fields update', () => {
    expect(
      repeated(
        typed('Figure 1: Anti-social behaviour by ward') + typed('Text.') + field('Figure', 2, 'Burglary'),
      ),
    ).toEqual([
      expect.stringMatching(
        /^warning 2: This caption shows "Figure 1" once Word updates fields, as "Figure 1: Anti-social behaviour by ward" above does: that one is typed/,
      ),
    ]);
  });

  it('says nothing when every caption is Word-numbered, or every one typed', () => {
    expect(repeated(field('Figure', 1, 'A') + field('Figure', 2, 'B') + field('Table', 1, 'C'))).toEqual([]);
    expect(repeated(typed('Figure 1: A') + typed('Figure 2: B'))).toEqual([]);
  });

  it('says nothing about a typed caption below (an appendix numbering its own) or a different kind', () => {
    expect(
      repeated(field('Figure', 1, 'A') + typed('Appendix A') + typed('Figure 1: Appendix chart')),
    ).toEqual([]);
    expect(repeated(typed('Table 1: A') + field('Figure', 1, 'B'))).toEqual([]);
  });

  it('says nothing about a field given its number (\\r), as a caption inserted after typed ones is', () => {
    expect(repeated(typed('Figure 1: A') + field('Figure', 2, 'B', ' \\r 2'))).toEqual([]);
    expect(repeated(typed('Figure 1: A') + field('Figure', 1, 'Appendix restarts', ' \\r 1'))).toEqual([]);
  });

  it('says nothing about a list of figures typed by hand above the captions it lists', () => {
    // "List of figures" written out without page numbers: each line repeats a caption below.
    const list = typed('List of figures') + typed('Figure 1: Recorded crime') + typed('Figure 2: Burglary');
    expect(
      repeated(list + typed('Text.') + field('Figure', 1, 'Recorded crime') + field('Figure', 2, 'Burglary')),
    ).toEqual([]);
    // A typed caption of another figure with the same number is still found.
    expect(repeated(list + field('Figure', 1, 'Vehicle crime'))).toHaveLength(1);
  });

  it('numbers a new figure after such a list as Word will: the listed lines do not count', () => {
    const list = typed('Figure 1: Recorded crime') + typed('Figure 2: Burglary');
    const snapshot = readDocx(
      blankDocx(list + field('Figure', 1, 'Recorded crime') + field('Figure', 2, 'Burglary')),
      'list.docx',
    );
    expect(newCaptionAt(snapshot, 'Figure', null)).toEqual({
      number: 3,
      restart: false,
      typedAbove: [],
      repeatedBelow: [],
    });
  });

  it('says nothing when the reader cannot see fields (Word host)', () => {
    expect(repeated(typed('Figure 1: A') + field('Figure', 2, 'B'), false)).toEqual([]);
  });
});
