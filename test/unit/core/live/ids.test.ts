import { controlTitle, MAX_CONTROL_TITLE, newRegionId } from '../../../../src/core/live';

describe('content control titles', () => {
  const caption =
    'Table 1: Recorded crime by category, Maidstone, Oct 2024 – Sep 2025 compared with the previous 12 months';

  it('cuts a long caption after a whole word, with an ellipsis, within Word’s 64 characters', () => {
    const title = controlTitle(caption);
    expect(title).toBe('Table 1: Recorded crime by category, Maidstone, Oct 2024 – Sep…');
    expect([...title].length).toBeLessThanOrEqual(MAX_CONTROL_TITLE);
    // Every word in the title is a whole word of the caption (before, "…compa" was cut mid-word).
    const words = caption.split(' ');
    for (const word of title.replace(/…$/, '').split(' ')) expect(words).toContain(word);
  });

  it('keeps a caption that fits, and the last word when it ends exactly at the limit', () => {
    expect(controlTitle('Figure 2: Recorded crime by month')).toBe('Figure 2: Recorded crime by month');
    expect(controlTitle('aaaa bbbb cccc', 10)).toBe('aaaa bbbb…');
    expect(controlTitle('aaaa bbbbb cccc', 10)).toBe('aaaa…');
    expect(controlTitle('  spaced\n\tout  ')).toBe('spaced out');
  });

  it('cuts inside a word only when the first word alone is too long', () => {
    expect(controlTitle('x'.repeat(80))).toBe(`${'x'.repeat(63)}…`);
  });

  it('counts characters, not UTF-16 units', () => {
    const title = controlTitle(`${'😀'.repeat(30)} ${'😀'.repeat(40)}`);
    expect(title).toBe(`${'😀'.repeat(30)}…`);
  });
});

describe('region ids', () => {
  it('are short, readable and unique in the document', () => {
    expect(newRegionId('crime-by-category-yoy', new Set(['crime-by-category-yoy']))).toBe(
      'crime-by-category-yoy-2',
    );
  });
});
