/**
 * Turns what Word gave (plain data, see `word-readout.ts`) into the ReportSnapshot every rule in
 * core/ reads. Pure: no Office.js here.
 *
 * What the Word API cannot give is left at the snapshot's "unknown" value and listed once, in
 * `WORD_API_BLIND_SPOTS`, so the host contract tests can allow for exactly those fields.
 */
import { readReportState, rootNamespace } from '../../ooxml/custom-xml-part';
import type {
  CellRef,
  Comment,
  CommentThread,
  ContentControl,
  DocumentProperties,
  ListNumber,
  Paragraph,
  Picture,
  ReadWarning,
  ReportSnapshot,
  Table,
  TableCell,
  TableRow,
} from '../../core/report/snapshot';
import { ParagraphLocator } from './paragraph-locator';
import { headingLevelFor, styleIdFor } from './style-id';
import { readTableOoxml, type OoxmlTableRow } from './table-ooxml';
import { innermostTables, placeTables } from './table-placement';
import { bulletLabel, multiParagraphText, paragraphText } from './word-text';
import type {
  WordCommentData,
  WordCommentReplyData,
  WordContentControlData,
  WordParagraphData,
  WordPictureData,
  WordPropertiesData,
  WordReadout,
  WordTableData,
} from './word-readout';

/**
 * Snapshot fields the Word API does not expose, and what the Word host puts there instead.
 * Keep in step with test/host-contract's normalisation.
 */
export const WORD_API_BLIND_SPOTS = {
  'paragraphs[].list.numId': "Word's list id, not the file's w:numId",
  'paragraphs[].styleId':
    "made from the style's name unless the style is one Word knows as built-in (style-id.ts): a file written elsewhere may use another id (LibreOffice's TextBody for Body Text)",
  'comments[].id': "Word's comment id, not the file's w:id",
  'comments[].initials': 'null: Word does not expose comment initials',
  'comments[].durableId': 'absent: Word does not expose it',
  'comments[].replies[].resolved': "the thread's state: Word resolves threads, not single replies",
  'comments[]': 'only comments anchored in the body: body.getComments() returns no others',
  'customXmlParts[].id': "Word's part id (a GUID), not the part name",
  'reportState.partId': "Word's part id (a GUID), not the part name",
  'pictures[].name': 'null: Word does not expose picture names',
  'pictures[].decorative': 'false: Word does not expose the decorative mark',
  'pictures[].altText': '"" when absent: Word does not tell absent from empty',
  'pictures[]': 'inline pictures only: floating pictures, charts and diagrams are not in body.inlinePictures',
  'paragraphs[].seq':
    'absent: the Word host does not read fields yet (Paragraph.fields is WordApi 1.4), so fieldsRead is unset and the typed-caption advice and caption-number-repeated are .docx-only',
} as const;

function kindOf(type: string, subtype: string): ContentControl['kind'] {
  const t = subtype || type;
  if (t.startsWith('RichText')) return 'richText';
  if (t.startsWith('PlainText')) return 'plainText';
  switch (t) {
    case 'Picture':
      return 'picture';
    case 'CheckBox':
      return 'checkBox';
    case 'ComboBox':
      return 'comboBox';
    case 'DropDownList':
      return 'dropDownList';
    case 'DatePicker':
      return 'date';
    default:
      return 'other';
  }
}

const INLINE_SUBTYPES = new Set(['RichTextInline', 'PlainTextInline']);
const BLOCK_SUBTYPES = new Set([
  'RichTextParagraphs',
  'PlainTextParagraph',
  'RichTextTableCell',
  'RichTextTableRow',
  'RichTextTable',
  'RepeatingSection',
  'Group',
]);

/**
 * Text controls say in their subtype whether they sit inside a paragraph. Other kinds (picture,
 * check box, lists, dates) do not: one that lies inside its first paragraph's range is inline.
 */
function isInline(control: WordContentControlData): boolean {
  if (INLINE_SUBTYPES.has(control.subtype)) return true;
  if (BLOCK_SUBTYPES.has(control.subtype)) return false;
  return (control.relationToFirstParagraph ?? '').startsWith('Inside');
}

function isoDate(value: Date | string | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

function orNull(text: string | null | undefined): string | null {
  return text === null || text === undefined || text === '' ? null : text;
}

function customValueText(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  return String(value ?? '');
}

function mapProperties(p: WordPropertiesData): DocumentProperties {
  return {
    title: orNull(p.title),
    subject: orNull(p.subject),
    author: orNull(p.author),
    lastModifiedBy: orNull(p.lastAuthor),
    created: isoDate(p.creationDate),
    modified: isoDate(p.lastSaveTime),
    keywords: orNull(p.keywords),
    description: orNull(p.comments),
    custom: Object.fromEntries(p.custom.map(({ key, value }) => [key, customValueText(value)])),
  };
}

function mapReply(reply: WordCommentReplyData, resolved: boolean): Comment {
  return {
    id: reply.id,
    author: reply.authorName,
    initials: null,
    date: isoDate(reply.creationDate),
    text: multiParagraphText(reply.content),
    resolved,
    ...(reply.authorEmail ? { email: reply.authorEmail } : {}),
  };
}

function tableRows(
  table: WordTableData,
  index: number,
  cellParagraphs: Map<string, number[]>,
  warnings: ReadWarning[],
  reviewedCellText: (paragraphs: number[]) => string | null,
): TableRow[] {
  let layout: OoxmlTableRow[] | null = null;
  if (table.ooxml !== null) {
    try {
      layout = readTableOoxml(table.ooxml);
    } catch {
      layout = null;
    }
  }
  const fits =
    layout !== null &&
    layout.length === table.values.length &&
    layout.every((row, r) => row.cells.length === (table.values[r]?.length ?? 0));
  if (!fits && !table.layoutFromValues) {
    warnings.push({
      where: 'Word: tables',
      message:
        `Table ${index + 1}: Word did not give its layout, so merged cells are not shown and header rows ` +
        'are taken from the table settings.',
    });
  }
  return table.values.map((values, r): TableRow => {
    const rowLayout = fits ? layout?.[r] : undefined;
    return {
      header: rowLayout ? rowLayout.header : r < table.headerRowCount,
      cells: values.map((text, c): TableCell => {
        const paragraphs = cellParagraphs.get(`${index}/${r}/${c}`) ?? [];
        return {
          text: reviewedCellText(paragraphs) ?? multiParagraphText(text),
          gridSpan: rowLayout?.cells[c]?.gridSpan ?? 1,
          vMerge: rowLayout?.cells[c]?.vMerge ?? null,
          paragraphs,
        };
      }),
    };
  });
}

function listNumber(list: NonNullable<WordParagraphData['list']>): ListNumber {
  const bullet = list.levelTypes[list.level] === 'Bullet';
  return {
    numId: String(list.listId),
    level: list.level,
    label: bullet ? bulletLabel(list.listString) : list.listString,
    bullet,
  };
}

function mapComment(comment: WordCommentData, anchorParagraph: number | null): CommentThread {
  return {
    ...mapReply(comment, comment.resolved),
    anchorParagraph,
    anchorText: multiParagraphText(comment.anchorText),
    replies: comment.replies.map((r) => mapReply(r, comment.resolved)),
  };
}

function mapPicture(picture: WordPictureData, paragraph: number): Picture {
  return {
    paragraph,
    name: null,
    altText: picture.altTextDescription,
    title: orNull(picture.altTextTitle),
    decorative: false,
  };
}

export function snapshotFromWord(readout: WordReadout): ReportSnapshot {
  const warnings: ReadWarning[] = [...readout.warnings];

  const nesting = readout.paragraphs.map((p) => p.tableNestingLevel);
  const levels = readout.tables.map((t) => t.nestingLevel);
  const placed = placeTables(nesting, levels);
  warnings.push(...placed.warnings);
  const owners = innermostTables(nesting, levels, placed.placements);
  // A table that could not be placed is left out, so snapshot indices count placed tables only.
  const snapshotIndex: (number | null)[] = [];
  let placedCount = 0;
  for (const placement of placed.placements) snapshotIndex.push(placement ? placedCount++ : null);

  const cellParagraphs = new Map<string, number[]>();
  const paragraphs = readout.paragraphs.map((p, index): Paragraph => {
    // Word's reviewed current text where it differs (tracked deletions gone), as the .docx host reads.
    const text = paragraphText(p.reviewedText ?? p.text);
    const owner = owners[index] ?? null;
    const table = owner === null ? null : (snapshotIndex[owner] ?? null);
    const cell: CellRef | null =
      table !== null && p.cell ? { table, row: p.cell.rowIndex, cell: p.cell.cellIndex } : null;
    if (cell) {
      const key = `${cell.table}/${cell.row}/${cell.cell}`;
      const list = cellParagraphs.get(key);
      if (list) list.push(index);
      else cellParagraphs.set(key, [index]);
    }
    return {
      index,
      text,
      styleId: styleIdFor(p.style, p.styleBuiltIn),
      styleName: orNull(p.style),
      headingLevel: headingLevelFor(p.styleBuiltIn, p.outlineLevel),
      boldOnly: p.visibleTextBold === true && text.trim() !== '',
      list: p.list ? listNumber(p.list) : null,
      cell,
    };
  });

  // `Table.values` shows tracked deletions as paragraph text does: a cell holding any is the
  // reviewed text of its paragraphs instead (a cell's paragraphs are its own, nested tables aside).
  const reviewedCellText = (cell: number[]): string | null =>
    cell.some((i) => readout.paragraphs[i]?.reviewedText != null)
      ? cell.map((i) => paragraphs[i]?.text ?? '').join('\n')
      : null;

  const tables: Table[] = [];
  readout.tables.forEach((table, index) => {
    const placement = placed.placements[index];
    const at = snapshotIndex[index];
    if (!placement || at === null || at === undefined) return;
    tables.push({
      index: at,
      firstParagraph: placement.firstParagraph,
      lastParagraph: placement.lastParagraph,
      depth: table.nestingLevel - 1,
      rows: tableRows(table, at, cellParagraphs, warnings, reviewedCellText),
    });
  });

  const locator = new ParagraphLocator(readout.paragraphs, readout.locateBy);

  const controlCursor = locator.cursor('Content control');
  const contentControls: ContentControl[] = [];
  readout.contentControls.forEach((control, n) => {
    const first = controlCursor.first(control.first, n);
    if (first === null) return;
    const last = controlCursor.last(control.last, first, n) ?? first;
    contentControls.push({
      id: String(control.id),
      tag: orNull(control.tag),
      title: orNull(control.title),
      kind: kindOf(control.type, control.subtype),
      firstParagraph: first,
      lastParagraph: Math.max(first, last),
      inline: isInline(control),
      text: multiParagraphText(control.text),
    });
  });

  const commentCursor = locator.cursor('Comment');
  const comments = readout.comments.map((comment, n) =>
    mapComment(comment, commentCursor.first(comment.anchorFirst, n)),
  );

  const pictureCursor = locator.cursor('Picture');
  const pictures: Picture[] = [];
  readout.pictures.forEach((picture, n) => {
    const paragraph = pictureCursor.first(picture.paragraph, n);
    if (paragraph !== null) pictures.push(mapPicture(picture, paragraph));
  });
  warnings.push(...locator.warnings);

  const customXmlParts = readout.customXmlParts.map((part) => ({
    id: part.id,
    // Word reports a namespace only for a root in the default namespace ("Persist add-in state
    // and settings"): a part with a prefixed root (ours before this version) gets it from its XML.
    namespaceUri: part.namespaceUri || rootNamespace(part.xml),
    xml: part.xml,
  }));
  const reportState = readReportState(customXmlParts);
  if (reportState.damaged)
    warnings.push({ where: reportState.partId ?? 'customXml', message: reportState.warnings.join(' ') });

  return {
    paragraphs,
    tables,
    contentControls,
    comments,
    customXmlParts,
    reportState,
    pictures,
    properties: mapProperties(readout.properties),
    warnings,
    ...(readout.changeTracking === null ? {} : { trackChanges: readout.changeTracking !== 'Off' }),
  };
}
