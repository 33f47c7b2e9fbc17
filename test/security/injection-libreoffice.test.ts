/**
 * The end check for injection: one .docx holding every hostile string in every builder's output
 * (paragraphs, a data table, a content control), opened by LibreOffice — an independent reader —
 * and rendered to PDF. It must open, and show the markup and formulas as plain text. The 1 MB
 * string is left out here (300 pages of PDF); the builders' tests cover it.
 */
import { DocxEditor } from '../../src/docx/write/docx-editor';
import { blockContentControl } from '../../src/ooxml/content-control';
import { paragraph } from '../../src/ooxml/paragraph';
import { dataTableBlock } from '../support/reference-blocks';
import { renderDocx } from '../support/libreoffice';
import { makeDocx, p } from '../unit/docx/make-docx';
import { HOSTILE_ENTRIES, SinkCounts } from './hostile-strings';

const counts = new SinkCounts();
afterAll(() => process.stdout.write(`${counts.lines().join('\n')}\n`));

it('LibreOffice opens a document with every hostile string in every builder and shows them as text', async () => {
  const entries = HOSTILE_ENTRIES.filter(([name]) => name !== '1 MB string');
  const blocks = entries.flatMap(([name, value], i) => [
    paragraph({ runs: [{ text: `Paragraph ${name}: ` }, { text: value, bold: true }] }),
    dataTableBlock(
      {
        caption: `Hostile ${i}: ${value}`,
        columns: [
          { header: value, align: 'left' },
          { header: 'Count', align: 'right' },
        ],
        rows: [{ cells: [value, '1'] }],
        source: value,
      },
      { number: i + 1, description: value },
    ),
    blockContentControl(
      { tag: `cr:live:hostile-${i}`, title: value },
      paragraph({ runs: `Control ${i}: ${value}` }),
    ),
  ]);
  // Through the editor, as the hosts write them (styles the table and caption use are added).
  const editor = DocxEditor.open(makeDocx({ body: p('Start') }), 'hostile.docx');
  editor.ensureStyles(['caption', 'tableGrid']);
  editor.insertBlocks(blocks.join(''), { atEnd: true });
  const rendered = await renderDocx(editor.save(), 'hostile.docx', { timeoutMs: 120_000 });
  const text = rendered.text.replace(/\s+/g, ' ');
  expect(text).toContain('<script>alert(1)</script>');
  expect(text).toContain('=HYPERLINK("http://x","y")');
  expect(text).toContain('before ]]> after <![CDATA[ x ]]>');
  expect(text).toContain('Paragraph json breaker');
  counts.add('LibreOffice render (paragraph, table, control)', entries.length);
}, 180_000);
