/** Text, headings, lists and tracked changes in Word-made files, checked against their XML. */
import { readFixture, WORD_MADE } from '../fixtures';

const texts = (path: string) => readFixture(path).paragraphs.map((p) => p.text);

describe('text', () => {
  it('reads simple documents word for word', () => {
    expect(texts(WORD_MADE.singleParagraph)).toEqual(['Walking on imported air']);
    expect(texts(WORD_MADE.tables)).toEqual([
      'Above',
      'Top left',
      'Top right',
      'Bottom left',
      'Bottom right',
      'Below',
    ]);
    expect(texts(WORD_MADE.footnotes)).toEqual(['Ouch.']);
    expect(texts(WORD_MADE.simpleTemplate).filter((t) => t.includes('{{'))).toEqual([
      'Hello {{name}}, how are you?',
      '{{paragraph_replace}}',
      '{{table}}',
      '{{table_heading_1}}',
      'Item: {{item_1}}',
      '{{image_test}}',
    ]);
  });

  it('keeps inserted text and drops deleted text (RA001, 249 tracked insertions and deletions)', () => {
    const all = texts(WORD_MADE.trackedRevisions).join('\n');
    expect(all).toContain('Chromatograms'); // w:ins
    expect(all).not.toContain('Chromatpgrams'); // the w:del it replaced
    expect(texts(WORD_MADE.docx4jSample)).toContain(
      'Here is some change tracking. An insertion Followed by.',
    );
    expect(texts(WORD_MADE.trackedRevisions)).toHaveLength(231);
  });

  it('shows field results, not instructions', () => {
    const complicated = texts(WORD_MADE.complicated);
    expect(complicated[65]).toBe('Tuesday, July 28, 2015'); // DATE \@ "dddd, MMMM d, yyyy"
    expect(complicated.join('\n')).not.toContain('PAGEREF');
    // A comment whose text starts with a PAGE field that has no result.
    expect(readFixture(WORD_MADE.comment048).comments[0]?.text).toBe('Trying to add a comment');
  });

  it('leaves text boxes out of their anchoring paragraph', () => {
    expect(texts(WORD_MADE.comment048)).toEqual([
      'Document contains Header/Footer, Footnote/Endnote, Comment, Frame, TextBox',
      'Frame story',
      '',
    ]);
  });
});

describe('headings', () => {
  it('reads heading levels from the Heading 1–9 styles of the 78-page report', () => {
    const snapshot = readFixture(WORD_MADE.background);
    expect(snapshot.paragraphs).toHaveLength(1922);
    const byStyle = new Map<string, { level: number | null; count: number }>();
    for (const p of snapshot.paragraphs) {
      if (!p.styleId?.startsWith('Heading')) continue;
      const entry = byStyle.get(p.styleId) ?? { level: p.headingLevel, count: 0 };
      entry.count++;
      byStyle.set(p.styleId, entry);
    }
    // Counts of <w:pStyle w:val="HeadingN"/> in word/document.xml.
    expect(Object.fromEntries(byStyle)).toEqual({
      Heading1: { level: 1, count: 20 },
      Heading2: { level: 2, count: 16 },
      Heading3: { level: 3, count: 6 },
      Heading4: { level: 4, count: 2 },
      Heading5: { level: 5, count: 1 },
      Heading6: { level: 6, count: 9 },
      Heading7: { level: 7, count: 1 },
      Heading9: { level: 9, count: 1 },
    });
    expect(snapshot.paragraphs[81]).toMatchObject({
      text: 'I. \tIntroduction ',
      styleName: 'Heading 1',
      headingLevel: 1,
      boldOnly: true,
    });
  });

  it('reads headings and bold from Office templates', () => {
    const plan = readFixture(WORD_MADE.businessPlan);
    expect(plan.paragraphs[0]).toMatchObject({
      text: 'Business Plan for a Startup Business',
      headingLevel: 1,
      boldOnly: true,
    });
    // "White Space" is a custom style with outline level 2.
    expect(plan.paragraphs[7]).toMatchObject({ text: 'OWNERS', styleName: 'White Space', headingLevel: 2 });
    const complicated = readFixture(WORD_MADE.complicated);
    expect(
      complicated.paragraphs.filter((p) => p.headingLevel !== null).map((p) => [p.text, p.headingLevel]),
    ).toEqual([
      ['Heading1', 1],
      ['Heading 2', 2],
      ['Heading 1', 1],
      ['Heading 2', 2],
      ['Heading 1 again', 1],
      ['Heading 2 again', 2],
      ['Heading 1', 1],
      ['This is Heading 2', 2],
      ['Second Heading 1', 1],
      ['More Info', 2],
    ]);
  });
});

describe('list labels', () => {
  it('labels the nine-level list in numbering-list.docx as Word does', () => {
    expect(readFixture(WORD_MADE.numberingList).paragraphs.map((p) => p.list?.label ?? null)).toEqual([
      '1.',
      'a)',
      'b)',
      '2.',
      'a)',
      'i.',
      'ii.',
      '1)',
      'a)',
      'i.',
      'a)',
      '3.',
      'a)',
      null,
    ]);
  });

  it('labels the Symbol-font bullets of simple-list.docx', () => {
    expect(readFixture(WORD_MADE.simpleList).paragraphs.map((p) => [p.text, p.list])).toEqual([
      ['Apple', { numId: '1', level: 0, label: '•', bullet: true }],
      ['Banana', { numId: '1', level: 0, label: '•', bullet: true }],
    ]);
  });

  it('numbers headings through their style, matching the table of contents Word wrote', () => {
    const plan = readFixture(WORD_MADE.businessPlan).paragraphs;
    // TOC entries are field results computed by Word: "I.\tTable of Contents\t3", ...
    expect(plan[17]?.text).toBe('I.\tTable of Contents\t3');
    expect(plan[18]?.text).toBe('II.\tExecutive Summary\t4');
    expect([plan[16]?.text, plan[16]?.list?.label]).toEqual(['Table of Contents', 'I.']);
    expect([plan[29]?.text, plan[29]?.list?.label]).toEqual(['Executive Summary', 'II.']);
  });

  it('starts a level at its w:start and removes numbering with numId 0', () => {
    const report = readFixture(WORD_MADE.background).paragraphs;
    // numId 16, level 1: <w:start w:val="26"/>, <w:lvlText w:val="%2."/>.
    expect(report[149]?.list).toEqual({ numId: '16', level: 1, label: '26.', bullet: false });
    // Heading3 carries numId 16 in its style; these paragraphs switch it off with numId 0.
    expect(report[237]?.list).toBeNull();
    expect(report[239]).toMatchObject({ text: 'B.\tAssessing the terms of the definition', list: null });
  });

  it('labels mixed lists in the kitchen-sink document', () => {
    const labels = readFixture(WORD_MADE.complicated)
      .paragraphs.slice(18, 33)
      .map((p) => p.list?.label);
    expect(labels).toEqual([
      '1)',
      'a)',
      'b)',
      '2)',
      'a)',
      'b)',
      'c)',
      'i)',
      '3)',
      'a)',
      '•',
      'o',
      'o',
      '•',
      'o',
    ]);
  });
});
