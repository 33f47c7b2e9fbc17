/**
 * SEQ fields as the .docx reader sees them (`Paragraph.seq`), and the caption numbers worked out
 * from them (core/report/captions.ts): what Word and LibreOffice show once fields update.
 */
import { captionsAfterUpdate, newCaptionAt, typedCaptionAdvice } from '../../../../src/core/report/captions';
import { blankDocx } from '../../../../src/docx/write/blank-docx';
import { readDocx } from '../../../../src/docx/read/read-docx';

const text = (t: string) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`;
const instr = (t: string) => `<w:r><w:instrText xml:space="preserve">${t}</w:instrText></w:r>`;
const char = (type: string) => `<w:r><w:fldChar w:fldCharType="${type}"/></w:r>`;
/** A complex field whose code Word split over several runs, as it often does. */
const complexCaption = (label: string, codeParts: string[], shown: number, rest: string) =>
  `<w:p>${text(`${label} `)}${char('begin')}${codeParts.map(instr).join('')}${char('separate')}` +
  `${text(String(shown))}${char('end')}${text(`: ${rest}`)}</w:p>`;
const simpleCaption = (label: string, shown: number, rest: string) =>
  `<w:p>${text(`${label} `)}<w:fldSimple w:instr=" SEQ ${label} \\* ARABIC ">${text(String(shown))}</w:fldSimple>${text(`: ${rest}`)}</w:p>`;
const typed = (t: string) => `<w:p>${text(t)}</w:p>`;

function read(body: string) {
  return readDocx(blankDocx(body), 'seq.docx');
}

describe('SEQ fields in the .docx reader', () => {
  it('reads a split complex field, a simple field and a \\r reset; a typed caption has none', () => {
    const snapshot = read(
      complexCaption('Figure', [' SE', 'Q Fig', 'ure \\* ARABIC '], 1, 'Field caption') +
        typed('Figure 2: Typed caption') +
        simpleCaption('Table', 1, 'Word caption') +
        complexCaption('Figure', [' SEQ Figure \\r 7 \\* ARABIC '], 7, 'Reset caption'),
    );
    expect(snapshot.fieldsRead).toBe(true);
    expect(snapshot.paragraphs.map((p) => [p.text, p.seq ?? null])).toEqual([
      ['Figure 1: Field caption', { sequence: 'Figure', reset: null }],
      ['Figure 2: Typed caption', null],
      ['Table 1: Word caption', { sequence: 'Table', reset: null }],
      ['Figure 7: Reset caption', { sequence: 'Figure', reset: 7 }],
    ]);
  });

  it('does not take a field in deleted text for the caption number', () => {
    const snapshot = read(
      `<w:p>${text('Figure ')}<w:del w:id="1" w:author="A">${char('begin')}<w:r><w:instrText> SEQ Figure </w:instrText></w:r>${char('end')}</w:del>${text('1: Typed after a deleted field')}</w:p>`,
    );
    expect(snapshot.paragraphs[0]?.seq).toBeUndefined();
  });
});

describe('caption numbers once fields update', () => {
  it('counts fields only, from the last reset; typed captions keep their typed number', () => {
    const snapshot = read(
      typed('Figure 1: Typed') +
        complexCaption('Figure', [' SEQ Figure \\* ARABIC '], 2, 'Written as 2, shows 1') +
        complexCaption('Figure', [' SEQ Figure \\r 5 '], 5, 'Reset') +
        simpleCaption('Figure', 6, 'After the reset'),
    );
    expect(captionsAfterUpdate(snapshot)?.map((c) => [c.number, c.typed])).toEqual([
      [1, true],
      [1, false],
      [5, false],
      [6, false],
    ]);
  });

  it('sets a new caption after typed ones to restart, and names typed ones below that now repeat', () => {
    const snapshot = read(typed('Table 1: A') + typed('Intro') + typed('Table 2: B') + typed('Table 3: C'));
    const caption = newCaptionAt(snapshot, 'Table', 2);
    expect(caption).toEqual({
      number: 2,
      restart: true,
      typedAbove: [1],
      repeatedBelow: [{ number: 2, typed: true }],
    });
    expect(typedCaptionAdvice('Table', caption)).toMatch(
      /^The report's caption Table 1 is typed, .* Caption Table 2 below is typed and will not renumber, so the report now shows Table 2 twice/,
    );
  });

  it('does not count a table of figures entry ("Figure 1: …<tab>page") as a caption', () => {
    const snapshot = read(
      typed('Figure 1: Field caption\t3') + typed('Text') + simpleCaption('Figure', 1, 'Field caption'),
    );
    expect(captionsAfterUpdate(snapshot)?.map((c) => c.typed)).toEqual([false]);
    expect(newCaptionAt(snapshot, 'Figure', null)).toMatchObject({ number: 2, restart: false });
  });

  it('needs no restart and says nothing among captions Word numbered', () => {
    const snapshot = read(simpleCaption('Figure', 1, 'A') + typed('Text') + simpleCaption('Figure', 2, 'B'));
    const caption = newCaptionAt(snapshot, 'Figure', 2);
    expect(caption).toEqual({ number: 2, restart: false, typedAbove: [], repeatedBelow: [] });
    expect(typedCaptionAdvice('Figure', caption)).toBeNull();
  });

  it('cannot tell without fields read (the Word host), so writes a plain field as before', () => {
    const snapshot = { ...read(typed('Figure 1: Typed') + typed('Text')), fieldsRead: undefined };
    expect(captionsAfterUpdate(snapshot)).toBeNull();
    expect(newCaptionAt(snapshot, 'Figure', null)).toEqual({
      number: 2,
      restart: false,
      typedAbove: [],
      repeatedBelow: [],
    });
  });
});
