/**
 * Reads the open document from Word in two round trips, whatever its size:
 *
 * 1. One sync for everything that can be named up front: the body's paragraphs (text, style,
 *    outline level, bold, list label, table cell, and `uniqueLocalId` on WordApi 1.6), tables,
 *    content controls, comments, custom XML parts, inline pictures (with their paragraph) and
 *    document properties.
 *    With WordApi 1.4 also the document's Track Changes mode and the body's reviewed current text
 *    (tracked deletions gone).
 * 2. One sync for what needs the items from the first: the OOXML of each table that may have
 *    merged cells (see `mayHaveMergedCells`), each
 *    control's first and last paragraph, each comment's anchor text, first paragraph and replies,
 *    each custom XML part's XML, and the words of paragraphs that mix bold and plain text. When
 *    the paragraphs' text holds more than the body's reviewed text (Word shows tracked deletions
 *    in `Paragraph.text`: office-js #1267), each paragraph's reviewed current text too.
 *
 * Per-item work is queued in loops and sent in one batch; no sync happens inside a loop.
 */
import type { ProgressListener } from '../../core/report/host';
import type { WordFeatures } from './word-features';
import type {
  WordCommentData,
  WordCommentReplyData,
  WordContentControlData,
  WordParagraphData,
  WordParagraphRef,
  WordPictureData,
  WordReadout,
  WordTableData,
} from './word-readout';
import type { ReadWarning } from '../../core/report/snapshot';

const PARAGRAPH_FIELDS = [
  'items/text',
  'items/style',
  'items/styleBuiltIn',
  'items/outlineLevel',
  'items/isListItem',
  'items/tableNestingLevel',
  'items/font/bold',
  'items/listItemOrNullObject/listString',
  'items/listItemOrNullObject/level',
  'items/listOrNullObject/id',
  'items/listOrNullObject/levelTypes',
  'items/parentTableCellOrNullObject/rowIndex',
  'items/parentTableCellOrNullObject/cellIndex',
];
const TABLE_FIELDS = 'items/values,items/rowCount,items/headerRowCount,items/nestingLevel';
const CONTROL_FIELDS = 'items/id,items/tag,items/title,items/type,items/subtype,items/text';
const COMMENT_FIELDS =
  'items/id,items/authorName,items/authorEmail,items/content,items/creationDate,items/resolved';
const REPLY_FIELDS = 'items/id,items/authorName,items/authorEmail,items/content,items/creationDate';
const PROPERTY_FIELDS = 'title,subject,author,lastAuthor,keywords,comments,creationDate,lastSaveTime';

/** What identifies a paragraph reached through a range: its text, and its id when Word has ids. */
function refFields(features: WordFeatures, prefix = ''): string {
  return features.paragraphIds ? `${prefix}text,${prefix}uniqueLocalId` : `${prefix}text`;
}

/** Control kinds whose subtype does not say whether they sit inside a paragraph. */
function needsPlacementCheck(subtype: string): boolean {
  return !/^(RichText|PlainText|RepeatingSection|Group)/.test(subtype);
}

export interface ReadOptions {
  /** Read everything but the content controls (see WordReportHost.readSnapshot). */
  withoutContentControls?: boolean;
}

function queueFirstSync(context: Word.RequestContext, features: WordFeatures, options: ReadOptions) {
  const document = context.document;
  const body = document.body;
  const paragraphFields = features.paragraphIds
    ? [...PARAGRAPH_FIELDS, 'items/uniqueLocalId']
    : PARAGRAPH_FIELDS;
  return {
    paragraphs: body.paragraphs.load(paragraphFields.join(',')),
    tables: body.tables.load(TABLE_FIELDS),
    // Left out when Word refused to list them (a kind its API does not support: office-js #3607).
    contentControls: options.withoutContentControls ? null : body.contentControls.load(CONTROL_FIELDS),
    comments: features.comments ? body.getComments().load(COMMENT_FIELDS) : null,
    customXmlParts: features.customXmlParts
      ? document.customXmlParts.load('items/id,items/namespaceUri')
      : null,
    pictures: body.inlinePictures.load(
      `items/altTextDescription,items/altTextTitle,${refFields(features, 'items/paragraph/')}`,
    ),
    properties: document.properties.load(PROPERTY_FIELDS),
    customProperties: document.properties.customProperties.load('items/key,items/value'),
    // WordApi 1.4 ("Word.ChangeTrackingMode enum", "Word.ChangeTrackingVersion enum").
    tracking: features.changeTracking ? document.load('changeTrackingMode') : null,
    reviewedBody: features.changeTracking ? body.getReviewedText('Current') : null,
  };
}

type FirstSync = ReturnType<typeof queueFirstSync>;

/**
 * `font.bold` is null for a paragraph that mixes bold and plain text, which is also what a bold
 * heading with a plain tab or space gives. Its words, trimmed of spacing, say whether all its
 * visible text is bold.
 */
function queueMixedBoldWords(paragraphs: Word.ParagraphCollection): Map<number, Word.RangeCollection> {
  const words = new Map<number, Word.RangeCollection>();
  paragraphs.items.forEach((paragraph, i) => {
    if (paragraph.font.bold !== null || paragraph.text.trim() === '') return;
    words.set(i, paragraph.getTextRanges([' ', '\t', '\u00a0'], true).load('items/text,items/font/bold'));
  });
  return words;
}

/** Text with everything but letters, digits and punctuation taken out: how Word separates paragraphs,
 * cells and lines in the body's text differs from its paragraphs' text, the characters do not. */
function visibleCharacters(text: string): string {
  // eslint-disable-next-line no-control-regex -- Word marks cells, breaks and objects with control characters
  return text.replace(/[\s\u0000-\u001f\u00a0\u200b]+/g, '');
}

/**
 * Each paragraph's reviewed current text, asked for only when the paragraphs' text holds
 * characters the body's reviewed text does not: tracked deletions shown in `Paragraph.text`.
 * Most reports have none, and then the check moves no more text than before.
 */
function queueReviewedParagraphs(first: FirstSync): (OfficeExtension.ClientResult<string> | null)[] | null {
  if (!first.reviewedBody) return null;
  const shown = visibleCharacters(first.paragraphs.items.map((p) => p.text).join(''));
  if (shown === visibleCharacters(first.reviewedBody.value)) return null;
  return first.paragraphs.items.map((paragraph) =>
    paragraph.text === '' ? null : paragraph.getReviewedText('Current'),
  );
}

/**
 * Whether a table's layout can differ from what its values show. `Table.values` gives one string
 * per cell a row really has, so a cell merged across columns leaves its row short, and the cells a
 * cell merged down covers are empty. A table whose rows are all as long as each other with text
 * in every cell has no merged cell: its layout (every cell one column wide, no vertical merge, the
 * header rows Word counts) is known without its OOXML, a whole package per table that a check of
 * a long report would otherwise move for every table (the request and response limits of Office
 * on the web: office-js #2408 and "Resource limits and performance optimization for Office Add-ins").
 */
function mayHaveMergedCells(values: string[][]): boolean {
  const width = values[0]?.length ?? 0;
  return values.some((row) => row.length !== width || row.some((cell) => cell.trim() === ''));
}

function queueSecondSync(first: FirstSync, features: WordFeatures) {
  const fields = refFields(features);
  return {
    reviewedParagraphs: queueReviewedParagraphs(first),
    mixedBoldWords: queueMixedBoldWords(first.paragraphs),
    tableOoxml: first.tables.items.map((table) =>
      mayHaveMergedCells(table.values) ? table.getRange('Whole').getOoxml() : null,
    ),
    controls: (first.contentControls?.items ?? []).map((control) => {
      const range = control.getRange('Whole');
      // A control's range always starts and ends in a paragraph of the body.
      const firstParagraph = range.paragraphs.getFirst().load(fields);
      const lastParagraph = range.paragraphs.getLast().load(fields);
      const relation = needsPlacementCheck(control.subtype)
        ? range.compareLocationWith(firstParagraph.getRange('Whole'))
        : null;
      // Matched by text, an empty first paragraph (a live region's lead) matches any empty one:
      // the paragraph after it tells them apart.
      const afterFirst = features.paragraphIds ? null : firstParagraph.getNextOrNullObject().load('text');
      // Likewise an empty last paragraph (such as the one insertOoxml may add, docs #874) matches
      // any empty one, the region's own lead included: the paragraph before it tells them apart.
      const beforeLast = features.paragraphIds ? null : lastParagraph.getPreviousOrNullObject().load('text');
      return { firstParagraph, lastParagraph, relation, afterFirst, beforeLast };
    }),
    comments: (first.comments?.items ?? []).map((comment) => {
      const range = comment.getRange().load('text');
      return {
        range,
        firstParagraph: range.paragraphs.getFirstOrNullObject().load(fields),
        replies: comment.replies.load(REPLY_FIELDS),
      };
    }),
    customXml: (first.customXmlParts?.items ?? []).map((part) => part.getXml()),
    // A picture's paragraph is usually empty: matched by text, the paragraph after it tells
    // which empty paragraph it is.
    afterPictures: first.pictures.items.map((picture) =>
      features.paragraphIds ? null : picture.paragraph.getNextOrNullObject().load('text'),
    ),
  };
}

type SecondSync = ReturnType<typeof queueSecondSync>;

function paragraphRef(paragraph: Word.Paragraph, features: WordFeatures): WordParagraphRef | null {
  if (paragraph.isNullObject) return null;
  return { text: paragraph.text, uniqueLocalId: features.paragraphIds ? paragraph.uniqueLocalId : null };
}

function withNextText(ref: WordParagraphRef | null, next: Word.Paragraph | null): WordParagraphRef | null {
  if (!ref || !next) return ref;
  return { ...ref, nextText: next.isNullObject ? null : next.text };
}

function withPreviousText(
  ref: WordParagraphRef | null,
  previous: Word.Paragraph | null,
): WordParagraphRef | null {
  if (!ref || !previous) return ref;
  return { ...ref, previousText: previous.isNullObject ? null : previous.text };
}

function allVisibleWordsBold(words: Word.RangeCollection | undefined): boolean | null {
  if (!words) return null;
  return words.items.every((word) => word.text.trim() === '' || word.font.bold === true);
}

function paragraphData(
  paragraph: Word.Paragraph,
  features: WordFeatures,
  words: Word.RangeCollection | undefined,
  reviewed: OfficeExtension.ClientResult<string> | null | undefined,
): WordParagraphData {
  const listItem = paragraph.listItemOrNullObject;
  const list = paragraph.listOrNullObject;
  const cell = paragraph.parentTableCellOrNullObject;
  const inList = paragraph.isListItem && !listItem.isNullObject;
  return {
    text: paragraph.text,
    reviewedText: reviewed && reviewed.value !== paragraph.text ? reviewed.value : null,
    style: paragraph.style,
    styleBuiltIn: paragraph.styleBuiltIn,
    outlineLevel: paragraph.outlineLevel,
    bold: paragraph.font.bold,
    visibleTextBold: paragraph.font.bold === null ? allVisibleWordsBold(words) : paragraph.font.bold,
    list: inList
      ? {
          listId: list.isNullObject ? 0 : list.id,
          level: listItem.level,
          listString: listItem.listString,
          levelTypes: list.isNullObject ? [] : list.levelTypes,
        }
      : null,
    tableNestingLevel: paragraph.tableNestingLevel,
    cell: cell.isNullObject ? null : { rowIndex: cell.rowIndex, cellIndex: cell.cellIndex },
    uniqueLocalId: features.paragraphIds ? paragraph.uniqueLocalId : null,
  };
}

function trackingOf(document: Word.Document | null): WordReadout['changeTracking'] {
  if (!document) return null;
  const mode = document.changeTrackingMode as string;
  return mode === 'TrackAll' || mode === 'TrackMineOnly' ? mode : 'Off';
}

function replyData(reply: Word.Comment | Word.CommentReply): WordCommentReplyData {
  return {
    id: reply.id,
    authorName: reply.authorName,
    authorEmail: reply.authorEmail,
    content: reply.content,
    creationDate: reply.creationDate ?? null,
  };
}

function collectReadout(
  first: FirstSync,
  second: SecondSync,
  features: WordFeatures,
  warnings: ReadWarning[],
): WordReadout {
  const tables: WordTableData[] = first.tables.items.map((table, i) => ({
    values: table.values,
    rowCount: table.rowCount,
    headerRowCount: table.headerRowCount,
    nestingLevel: table.nestingLevel,
    ooxml: second.tableOoxml[i]?.value ?? null,
    layoutFromValues: second.tableOoxml[i] === null,
  }));

  const contentControls: WordContentControlData[] = (first.contentControls?.items ?? []).map((control, i) => {
    const placement = second.controls[i];
    return {
      id: control.id,
      tag: control.tag ?? '',
      title: control.title ?? '',
      type: control.type,
      subtype: control.subtype,
      text: control.text,
      first: placement
        ? withNextText(paragraphRef(placement.firstParagraph, features), placement.afterFirst)
        : null,
      last: placement
        ? withPreviousText(paragraphRef(placement.lastParagraph, features), placement.beforeLast)
        : null,
      relationToFirstParagraph: placement?.relation?.value ?? null,
    };
  });

  const comments: WordCommentData[] = (first.comments?.items ?? []).map((comment, i) => {
    const extra = second.comments[i];
    return {
      ...replyData(comment),
      resolved: comment.resolved,
      replies: extra ? extra.replies.items.map(replyData) : [],
      anchorText: extra ? extra.range.text : '',
      anchorFirst: extra ? paragraphRef(extra.firstParagraph, features) : null,
    };
  });

  const pictures: WordPictureData[] = first.pictures.items.map((picture, i) => ({
    altTextDescription: picture.altTextDescription ?? '',
    altTextTitle: picture.altTextTitle ?? '',
    paragraph: withNextText(paragraphRef(picture.paragraph, features), second.afterPictures[i] ?? null),
  }));

  const properties = first.properties;
  return {
    paragraphs: first.paragraphs.items.map((p, i) =>
      paragraphData(p, features, second.mixedBoldWords.get(i), second.reviewedParagraphs?.[i]),
    ),
    changeTracking: trackingOf(first.tracking),
    tables,
    contentControls,
    comments,
    customXmlParts: (first.customXmlParts?.items ?? []).map((part, i) => ({
      id: part.id,
      namespaceUri: part.namespaceUri ?? '',
      xml: second.customXml[i]?.value ?? '',
    })),
    pictures,
    properties: {
      title: properties.title,
      subject: properties.subject,
      author: properties.author,
      lastAuthor: properties.lastAuthor,
      keywords: properties.keywords,
      comments: properties.comments,
      creationDate: properties.creationDate ?? null,
      lastSaveTime: properties.lastSaveTime ?? null,
      custom: first.customProperties.items.map((p) => ({ key: p.key, value: p.value as unknown })),
    },
    locateBy: features.paragraphIds ? 'uniqueLocalId' : 'text',
    warnings,
  };
}

/** Reads the document inside one `Word.run` batch: two syncs. */
export async function readWordDocument(
  context: Word.RequestContext,
  features: WordFeatures,
  warnings: ReadWarning[],
  onProgress?: ProgressListener,
  options: ReadOptions = {},
): Promise<WordReadout> {
  onProgress?.(0.05, 'Reading the document from Word');
  const first = queueFirstSync(context, features, options);
  await context.sync();
  onProgress?.(0.5, 'Reading tables, comments and content controls');
  const second = queueSecondSync(first, features);
  await context.sync();
  onProgress?.(0.85, 'Putting the report together');
  return collectReadout(first, second, features, warnings);
}
