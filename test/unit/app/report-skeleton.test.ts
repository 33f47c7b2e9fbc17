/**
 * Building a new report: the skeleton's blocks (app) written into a blank .docx (docx layer), for
 * each bundled template. Read back as a real .docx, the checker finds only the placeholders an
 * author must replace; the tables have a header row and alt text.
 */
import { reportSkeleton } from '../../../src/app/report-skeleton';
import { checkSnapshot } from '../../../src/core/template/check';
import { getTemplate } from '../../../src/core/template/templates';
import { docxWithBlocks } from '../../../src/docx/write/blank-docx';
import { readDocx } from '../../../src/docx/read/read-docx';

describe.each(['maidstone-2019', 'maidstone-2018'])('a new report on %s', (id) => {
  const template = getTemplate(id);
  const skeleton = reportSkeleton(template, { title: 'Safer Maidstone Partnership Strategic Assessment' });
  const snapshot = readDocx(docxWithBlocks(skeleton.blocks, template.name), 'new.docx');

  test('reports only the placeholders to replace', () => {
    const rules = new Set(checkSnapshot(snapshot, template).findings.map((f) => f.rule));
    expect([...rules]).toEqual(['placeholder-text']);
  });

  test('has every section heading, the title given, and the live data section first', () => {
    const texts = snapshot.paragraphs.map((p) => p.text);
    expect(texts).toContain('Safer Maidstone Partnership Strategic Assessment');
    for (const section of template.sections) expect(texts).toContain(`${section.number}.\t${section.title}`);
    expect(skeleton.dataSection).toBe(template.sections[0]!.id);
  });

  test('writes its tables with a header row and alt text', () => {
    expect(snapshot.tables.length).toBeGreaterThan(0);
    const details = skeleton.blocks.filter((b) => b.kind === 'table');
    expect(details).toHaveLength(snapshot.tables.length);
    for (const table of details) expect(table.description).not.toBe('');
    expect(snapshot.tables[0]!.rows[0]!.cells.map((c) => c.text)).toEqual(['Item', 'Detail']);
  });
});

test('a new report is made without pictures', () => {
  const picture = {
    kind: 'picture' as const,
    png: new Uint8Array([137, 80, 78, 71]),
    widthPx: 10,
    heightPx: 10,
    widthInches: 1,
    name: 'p',
    title: 't',
    description: 'd',
    drawingKey: 'k',
  };
  expect(() => docxWithBlocks([picture])).toThrow(/without pictures/);
});
