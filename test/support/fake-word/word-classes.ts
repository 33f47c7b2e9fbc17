/**
 * The Word classes the fake knows, as data for the runtime: each property and method with the
 * WordApi set that introduced it, reading the model in `model.ts`. Write methods exist where a
 * later issue needs them (comments, custom XML parts, paragraphs, content controls, selection);
 * they change the model at sync time (see `edits.ts`).
 */
import { declaredNamespace, parseXml } from '../../../src/ooxml/xml';
import { applyBuiltInStyle, insertParagraphAt, sortContentControls } from './edits';
import { ERROR_CODES, FakeOfficeError } from './errors';
import { flatOpcPackage, paragraphsXml } from './flat-opc';
import { addRegionEdits } from './region-edits';
import {
  fakeGuid,
  type FakeComment,
  type FakeCommentReply,
  type FakeContentControl,
  type FakeCustomProperty,
  type FakeCustomXmlPart,
  type FakeInlinePicture,
  type FakeParagraph,
  type FakeSpan,
  type FakeTable,
  type FakeWordDocument,
} from './model';
import type { ClassRegistry, ClassSpec, MethodSpec, NavigationSpec, ScalarSpec } from './runtime';
import {
  bodySpan,
  compareLocation,
  comparePositions,
  paragraphIndex,
  paragraphWholeSpan,
  spanContains,
  spanParagraphs,
  spanBold,
  spanText,
  subSpan,
  textRanges,
} from './story';

/** The author Word puts on comments the add-in inserts. */
export const FAKE_USER = { name: 'Fake Word User', email: 'user@example.org' };

/** A collection node: the items, computed when a sync asks for them. */
interface CollectionNode<T> {
  all(): T[];
}

function collection<T>(all: () => T[]): CollectionNode<T> {
  return { all };
}

/** A range: a span, and the table when the range is a whole table (for `getOoxml`). */
type RangeNode = FakeSpan & { table?: FakeTable };

interface CellNode {
  table: FakeTable;
  rowIndex: number;
  cellIndex: number;
}

const BODY = { kind: 'body' } as const;

function scalar(get: ScalarSpec['get'], since?: string, set?: ScalarSpec['set']): ScalarSpec {
  return { get, since, set };
}

/** A writable field of the model node, read and written under the same name. */
function field(name: string, since?: string): ScalarSpec {
  return {
    get: (node) => node[name],
    set: (node, value) => {
      node[name] = value;
    },
    since,
  };
}

function readOnly(name: string, since?: string): ScalarSpec {
  return { get: (node) => node[name], since };
}

function nav(type: string, get: NavigationSpec['get'], since?: string, orNull = false): NavigationSpec {
  return { type, get, since, orNull };
}

function objectMethod(type: string, run: MethodSpec['run'], since?: string, orNull = false): MethodSpec {
  return { returns: { object: type, orNull }, run, since };
}

function resultMethod(run: MethodSpec['run'], since?: string): MethodSpec {
  return { returns: 'result', run, since };
}

function voidMethod(run: MethodSpec['run'], since?: string): MethodSpec {
  return { returns: 'void', run, since };
}

/** getFirst / getLast and their OrNullObject forms, which every Word collection has. */
function collectionClass(itemType: string, since = '1.3', extra: Record<string, MethodSpec> = {}): ClassSpec {
  const items = (node: unknown) => (node as CollectionNode<unknown>).all();
  return {
    scalars: {},
    navigations: {},
    items: { type: itemType, get: items },
    methods: {
      getFirst: objectMethod(itemType, (node) => items(node)[0] ?? null, since),
      getFirstOrNullObject: objectMethod(itemType, (node) => items(node)[0] ?? null, since, true),
      getLast: objectMethod(itemType, (node) => items(node).at(-1) ?? null, since),
      getLastOrNullObject: objectMethod(itemType, (node) => items(node).at(-1) ?? null, since, true),
      ...extra,
    },
  };
}

function tableSpan(doc: FakeWordDocument, table: FakeTable): RangeNode {
  const last = doc.paragraphs[table.lastParagraph]?.text ?? '';
  return {
    start: { paragraph: table.firstParagraph, offset: 0 },
    end: { paragraph: table.lastParagraph, offset: last.length + 1 },
    table,
  };
}

function rangeOoxml(doc: FakeWordDocument, range: RangeNode): string {
  if (range.table) return range.table.ooxml;
  return flatOpcPackage(paragraphsXml(spanParagraphs(range).map((i) => doc.paragraphs[i]?.text ?? '')));
}

function controlsIn(doc: FakeWordDocument, span: FakeSpan): FakeContentControl[] {
  return doc.contentControls.filter((c) => spanContains(span, c.span) && c.span !== span);
}

function picturesIn(doc: FakeWordDocument, span: FakeSpan): FakeInlinePicture[] {
  const paragraphs = new Set(spanParagraphs(span));
  return doc.inlinePictures.filter((p) => paragraphs.has(p.paragraph));
}

/** The innermost control around a span (the smallest one containing it), or null. */
function parentControl(doc: FakeWordDocument, span: FakeSpan): FakeContentControl | null {
  let best: FakeContentControl | null = null;
  for (const c of doc.contentControls) {
    if (c.span === span || !spanContains(c.span, span)) continue;
    if (!best || spanContains(best.span, c.span)) best = c;
  }
  return best;
}

function bodyText(doc: FakeWordDocument): string {
  return doc.paragraphs.map((p) => p.text).join('\r');
}

/**
 * `getReviewedText` ("Word.ChangeTrackingVersion enum", WordApi 1.4): "Current" is the text with
 * tracked deletions gone and insertions kept. "Original" is not modelled (the fake does not keep
 * which text was inserted): asking for it fails loudly.
 */
function reviewedText(p: FakeParagraph, version: unknown): string {
  if (version !== 'Current')
    throw new Error(`The fake Word models getReviewedText('Current') only, not '${String(version)}'.`);
  return p.reviewedText ?? p.text;
}

function sortComments(doc: FakeWordDocument): void {
  doc.comments.sort((a, b) => comparePositions(a.span.start, b.span.start));
}

function rangeMethods(): Record<string, MethodSpec> {
  return {
    getRange: objectMethod(
      'Range',
      (node, [location], doc) => ({ ...subSpan(node, location, doc), table: undefined }),
      '1.3',
    ),
    getOoxml: resultMethod((node, _args, doc) => rangeOoxml(doc, node)),
    select: voidMethod((node: RangeNode, _args, doc) => {
      doc.selection = { start: node.start, end: node.end };
    }),
    compareLocationWith: resultMethod((node, [other]) => compareLocation(node, other as FakeSpan), '1.3'),
    insertComment: objectMethod(
      'Comment',
      (node: RangeNode, [text], doc) => {
        const comment: FakeComment = {
          id: fakeGuid(0xc0, doc.comments.length + 1),
          authorName: FAKE_USER.name,
          authorEmail: FAKE_USER.email,
          content: String(text),
          creationDate: new Date(),
          resolved: false,
          replies: [],
          span: { start: node.start, end: node.end },
        };
        doc.comments.push(comment);
        sortComments(doc);
        return comment;
      },
      '1.4',
    ),
    getComments: objectMethod(
      'CommentCollection',
      (node: RangeNode, _args, doc) =>
        collection(() =>
          doc.comments.filter((c) => spanContains(node, c.span) || spanContains(c.span, node)),
        ),
      '1.4',
    ),
  };
}

/**
 * `CustomXmlPart.namespaceUri` as Word fills it: the root's default namespace only ("Persist add-in
 * state and settings": a root with a prefixed namespace gets ""), so `getByNamespace` misses it.
 */
export function wordNamespaceUri(xml: string): string {
  const root = parseXml(xml.replace(/^\uFEFF?\s*<\?xml[^?]*\?>\s*/, ''), 'customXml');
  return root.name.includes(':') ? '' : declaredNamespace(root);
}
const parseNamespace = wordNamespaceUri;

const classes: ClassRegistry = {
  Document: {
    scalars: {
      // Reading and setting it are both WordApi 1.4 ("Word.ChangeTrackingMode enum").
      changeTrackingMode: scalar(
        (_n, doc) => doc.changeTrackingMode ?? 'Off',
        '1.4',
        (_n, value, doc) => {
          const mode = String(value);
          if (mode !== 'Off' && mode !== 'TrackAll' && mode !== 'TrackMineOnly')
            throw new FakeOfficeError(ERROR_CODES.invalidArgument, `Not a change tracking mode: ${mode}`);
          doc.changeTrackingMode = mode;
        },
      ),
    },
    navigations: {
      body: nav('Body', () => BODY),
      properties: nav('DocumentProperties', (_n, doc) => doc.properties, '1.3'),
      customXmlParts: nav(
        'CustomXmlPartCollection',
        (_n, doc) => collection(() => doc.customXmlParts),
        '1.4',
      ),
      contentControls: nav('ContentControlCollection', (_n, doc) => collection(() => doc.contentControls)),
    },
    methods: {},
  },

  Body: {
    scalars: { text: scalar((_n, doc) => bodyText(doc)) },
    navigations: {
      paragraphs: nav('ParagraphCollection', (_n, doc) => collection(() => doc.paragraphs)),
      tables: nav('TableCollection', (_n, doc) => collection(() => doc.tables), '1.3'),
      contentControls: nav('ContentControlCollection', (_n, doc) => collection(() => doc.contentControls)),
      inlinePictures: nav('InlinePictureCollection', (_n, doc) => collection(() => doc.inlinePictures)),
      lists: nav('ListCollection', (_n, doc) => collection(() => doc.lists), '1.3'),
    },
    methods: {
      getRange: objectMethod('Range', (_n, [location], doc) => subSpan(bodySpan(doc), location, doc), '1.3'),
      getOoxml: resultMethod((_n, _a, doc) => rangeOoxml(doc, bodySpan(doc))),
      getComments: objectMethod('CommentCollection', (_n, _a, doc) => collection(() => doc.comments), '1.4'),
      getReviewedText: resultMethod(
        (_n, [version], doc) => doc.paragraphs.map((p) => reviewedText(p, version)).join('\r'),
        '1.4',
      ),
    },
  },

  Paragraph: {
    scalars: {
      text: readOnly('text'),
      style: readOnly('style'),
      styleBuiltIn: scalar(
        (p: FakeParagraph) => p.styleBuiltIn,
        '1.3',
        (p: FakeParagraph, value) => applyBuiltInStyle(p, String(value)),
      ),
      outlineLevel: readOnly('outlineLevel'),
      isListItem: scalar((p: FakeParagraph) => p.list !== null, '1.3'),
      tableNestingLevel: readOnly('tableNestingLevel', '1.3'),
      uniqueLocalId: readOnly('uniqueLocalId', '1.6'),
      isLastParagraph: scalar((p: FakeParagraph, doc) => doc.paragraphs.at(-1) === p, '1.3'),
    },
    navigations: {
      // The paragraph itself, so that setting `font.bold` changes the paragraph.
      font: nav('ParagraphFont', (p: FakeParagraph) => p),
      listItemOrNullObject: nav('ListItem', (p: FakeParagraph) => (p.list ? p : null), '1.3', true),
      listOrNullObject: nav(
        'List',
        (p: FakeParagraph, doc) => (p.list ? (doc.lists[p.list.list] ?? null) : null),
        '1.3',
        true,
      ),
      parentTableCellOrNullObject: nav(
        'TableCell',
        (p: FakeParagraph, doc): CellNode | null => {
          const table = p.cell ? doc.tables[p.cell.table] : undefined;
          return p.cell && table ? { table, rowIndex: p.cell.rowIndex, cellIndex: p.cell.cellIndex } : null;
        },
        '1.3',
        true,
      ),
      parentTableOrNullObject: nav(
        'Table',
        (p: FakeParagraph, doc) => (p.cell ? (doc.tables[p.cell.table] ?? null) : null),
        '1.3',
        true,
      ),
      parentContentControlOrNullObject: nav(
        'ContentControl',
        (p: FakeParagraph, doc) => parentControl(doc, paragraphWholeSpan(doc, paragraphIndex(doc, p))),
        '1.3',
        true,
      ),
      inlinePictures: nav('InlinePictureCollection', (p: FakeParagraph, doc) =>
        collection(() => doc.inlinePictures.filter((pic) => doc.paragraphs[pic.paragraph] === p)),
      ),
    },
    methods: {
      getRange: objectMethod(
        'Range',
        (p: FakeParagraph, [location], doc) =>
          subSpan(paragraphWholeSpan(doc, paragraphIndex(doc, p)), location, doc),
        '1.3',
      ),
      getReviewedText: resultMethod((p: FakeParagraph, [version]) => reviewedText(p, version), '1.4'),
      getNextOrNullObject: objectMethod(
        'Paragraph',
        (p: FakeParagraph, _args, doc) => doc.paragraphs[paragraphIndex(doc, p) + 1] ?? null,
        '1.3',
        true,
      ),
      getPreviousOrNullObject: objectMethod(
        'Paragraph',
        (p: FakeParagraph, _args, doc) => doc.paragraphs[paragraphIndex(doc, p) - 1] ?? null,
        '1.3',
        true,
      ),
      insertParagraph: objectMethod('Paragraph', (p: FakeParagraph, [text, location], doc) => {
        if (location !== 'Before' && location !== 'After') {
          throw new FakeOfficeError(
            ERROR_CODES.invalidArgument,
            `Paragraph.insertParagraph takes "Before" or "After", not "${String(location)}".`,
          );
        }
        const at = paragraphIndex(doc, p);
        return insertParagraphAt(doc, location === 'Before' ? at : at + 1, String(text), at);
      }),
      insertContentControl: objectMethod('ContentControl', (p: FakeParagraph, _args, doc) => {
        const control: FakeContentControl = {
          id: Math.max(0, ...doc.contentControls.map((c) => c.id)) + 1,
          tag: '',
          title: '',
          type: 'RichText',
          subtype: 'RichTextParagraphs',
          appearance: 'BoundingBox',
          cannotDelete: false,
          cannotEdit: false,
          placeholderText: '',
          span: paragraphWholeSpan(doc, paragraphIndex(doc, p)),
        };
        doc.contentControls.push(control);
        sortContentControls(doc);
        return control;
      }),
      select: voidMethod((p: FakeParagraph, _args, doc) => {
        doc.selection = paragraphWholeSpan(doc, paragraphIndex(doc, p));
      }),
      getTextRanges: objectMethod(
        'RangeCollection',
        (p: FakeParagraph, [marks, trim], doc) =>
          collection(() =>
            textRanges(doc, paragraphIndex(doc, p), (marks as string[]) ?? [], trim !== false),
          ),
        '1.3',
      ),
    },
  },

  Font: {
    scalars: { bold: readOnly('bold'), italic: readOnly('italic') },
    navigations: {},
    methods: {},
  },

  /** A paragraph's font: writable, so `paragraph.font.bold = true` reaches the paragraph. */
  ParagraphFont: {
    scalars: {
      bold: scalar(
        (p: FakeParagraph) => p.bold,
        undefined,
        (p: FakeParagraph, value) => {
          p.bold = value === true;
          delete p.boldMask;
        },
      ),
      italic: readOnly('italic'),
    },
    navigations: {},
    methods: {},
  },

  ListItem: {
    scalars: {
      listString: scalar((p: FakeParagraph) => p.list?.listString ?? '', '1.3'),
      level: scalar((p: FakeParagraph) => p.list?.level ?? 0, '1.3'),
      siblingIndex: scalar((p: FakeParagraph, doc) => {
        const list = p.list;
        if (!list) return 0;
        const before = doc.paragraphs.slice(0, paragraphIndex(doc, p));
        return before.filter((q) => q.list?.list === list.list && q.list.level === list.level).length;
      }, '1.3'),
    },
    navigations: {},
    methods: {},
  },

  List: {
    scalars: { id: readOnly('id', '1.3'), levelTypes: readOnly('levelTypes', '1.3') },
    navigations: {},
    methods: {},
  },

  TableCell: {
    scalars: {
      rowIndex: scalar((c: CellNode) => c.rowIndex, '1.3'),
      cellIndex: scalar((c: CellNode) => c.cellIndex, '1.3'),
      value: scalar((c: CellNode) => c.table.values[c.rowIndex]?.[c.cellIndex] ?? '', '1.3'),
    },
    navigations: { parentTable: nav('Table', (c: CellNode) => c.table, '1.3') },
    methods: {},
  },

  Table: {
    scalars: {
      values: readOnly('values', '1.3'),
      rowCount: scalar((t: FakeTable) => t.values.length, '1.3'),
      headerRowCount: field('headerRowCount', '1.3'),
      nestingLevel: readOnly('nestingLevel', '1.3'),
    },
    navigations: {
      parentTableOrNullObject: nav(
        'Table',
        (t: FakeTable, doc) =>
          doc.tables.find(
            (o) =>
              o.nestingLevel === t.nestingLevel - 1 &&
              o.firstParagraph <= t.firstParagraph &&
              t.lastParagraph <= o.lastParagraph,
          ) ?? null,
        '1.3',
        true,
      ),
    },
    methods: {
      // subSpan returns the whole span itself for "Whole", so the range keeps its table.
      getRange: objectMethod(
        'Range',
        (t: FakeTable, [location], doc) => subSpan(tableSpan(doc, t), location, doc),
        '1.3',
      ),
    },
  },

  Range: {
    scalars: {
      text: scalar((r: RangeNode, doc) => spanText(doc, r)),
      isEmpty: scalar((r: RangeNode) => comparePositions(r.start, r.end) === 0, '1.3'),
    },
    navigations: {
      paragraphs: nav('ParagraphCollection', (r: RangeNode, doc) =>
        collection(() => spanParagraphs(r).flatMap((i) => doc.paragraphs[i] ?? [])),
      ),
      contentControls: nav('ContentControlCollection', (r: RangeNode, doc) =>
        collection(() => controlsIn(doc, r)),
      ),
      inlinePictures: nav('InlinePictureCollection', (r: RangeNode, doc) =>
        collection(() => picturesIn(doc, r)),
      ),
      font: nav('Font', (r: RangeNode, doc) => ({ bold: spanBold(doc, r), italic: false })),
    },
    methods: rangeMethods(),
  },

  ContentControl: {
    scalars: {
      id: readOnly('id'),
      tag: field('tag'),
      title: field('title'),
      type: readOnly('type'),
      subtype: readOnly('subtype', '1.3'),
      appearance: field('appearance'),
      cannotDelete: field('cannotDelete'),
      cannotEdit: field('cannotEdit'),
      placeholderText: field('placeholderText'),
      // The control's text, without the final paragraph mark of a control around paragraphs.
      text: scalar((c: FakeContentControl, doc) => spanText(doc, subSpan(c.span, 'Content', doc))),
    },
    navigations: {
      paragraphs: nav('ParagraphCollection', (c: FakeContentControl, doc) =>
        collection(() => spanParagraphs(c.span).flatMap((i) => doc.paragraphs[i] ?? [])),
      ),
      contentControls: nav('ContentControlCollection', (c: FakeContentControl, doc) =>
        collection(() => controlsIn(doc, c.span)),
      ),
      inlinePictures: nav('InlinePictureCollection', (c: FakeContentControl, doc) =>
        collection(() => picturesIn(doc, c.span)),
      ),
      parentContentControlOrNullObject: nav(
        'ContentControl',
        (c: FakeContentControl, doc) => parentControl(doc, c.span),
        '1.3',
        true,
      ),
    },
    methods: {
      getRange: objectMethod('Range', (c: FakeContentControl, [location], doc) =>
        subSpan(c.span, location, doc),
      ),
      getOoxml: resultMethod((c: FakeContentControl, _a, doc) => rangeOoxml(doc, c.span)),
      // Word refuses to delete a control marked cannotDelete (unverified detail, chosen to be plausible).
      delete: voidMethod((c: FakeContentControl, [keepContent], doc) => {
        if (c.cannotDelete) {
          throw new FakeOfficeError(ERROR_CODES.accessDenied, 'The content control cannot be deleted.');
        }
        if (keepContent !== true)
          throw new Error('Fake Word: deleting a control with its content is not modelled');
        doc.contentControls.splice(doc.contentControls.indexOf(c), 1);
      }),
      select: voidMethod((c: FakeContentControl, _a, doc) => {
        doc.selection = c.span;
      }),
    },
  },

  Comment: {
    scalars: {
      id: readOnly('id', '1.4'),
      authorName: readOnly('authorName', '1.4'),
      authorEmail: readOnly('authorEmail', '1.4'),
      content: field('content', '1.4'),
      creationDate: readOnly('creationDate', '1.4'),
      resolved: field('resolved', '1.4'),
    },
    navigations: {
      replies: nav('CommentReplyCollection', (c: FakeComment) => collection(() => c.replies), '1.4'),
    },
    methods: {
      getRange: objectMethod(
        'Range',
        (c: FakeComment, [location], doc) => subSpan(c.span, location, doc),
        '1.4',
      ),
      reply: objectMethod(
        'CommentReply',
        (c: FakeComment, [text], _doc, word) => {
          // office-js #6720: Comment.reply throws GeneralException on Word on the web.
          if (word.behaviours.commentReplyFails) {
            throw new FakeOfficeError(ERROR_CODES.generalException, 'GeneralException');
          }
          const reply: FakeCommentReply = {
            id: `${c.id}-r${c.replies.length + 1}`,
            authorName: FAKE_USER.name,
            authorEmail: FAKE_USER.email,
            content: String(text),
            creationDate: new Date(),
          };
          c.replies.push(reply);
          return reply;
        },
        '1.4',
      ),
      delete: voidMethod((c: FakeComment, _a, doc) => {
        doc.comments.splice(doc.comments.indexOf(c), 1);
      }, '1.4'),
    },
  },

  CommentReply: {
    scalars: {
      id: readOnly('id', '1.4'),
      authorName: readOnly('authorName', '1.4'),
      authorEmail: readOnly('authorEmail', '1.4'),
      content: field('content', '1.4'),
      creationDate: readOnly('creationDate', '1.4'),
    },
    navigations: {
      parentComment: nav(
        'Comment',
        (r: FakeCommentReply, doc) => doc.comments.find((c) => c.replies.includes(r)) ?? null,
        '1.4',
      ),
    },
    methods: {},
  },

  CustomXmlPart: {
    scalars: { id: readOnly('id', '1.4'), namespaceUri: readOnly('namespaceUri', '1.4') },
    navigations: {},
    methods: {
      getXml: resultMethod((part: FakeCustomXmlPart) => part.xml, '1.4'),
      setXml: voidMethod((part: FakeCustomXmlPart, [xml], _doc, word) => {
        // office-js #1643: with an XML declaration, setXml left the part as it was.
        if (word.behaviours.setXmlIgnoresDeclaredXml && /^\uFEFF?\s*<\?xml/.test(String(xml))) return;
        part.xml = String(xml);
        part.namespaceUri = parseNamespace(part.xml);
      }, '1.4'),
      delete: voidMethod((part: FakeCustomXmlPart, _a, doc, word) => {
        // office-js #5910: on the web, deleting a part has silently done nothing.
        if (word.behaviours.customXmlAddDeleteIgnored) return;
        doc.customXmlParts.splice(doc.customXmlParts.indexOf(part), 1);
      }, '1.4'),
    },
  },

  InlinePicture: {
    scalars: {
      altTextDescription: field('altTextDescription'),
      altTextTitle: field('altTextTitle'),
      width: field('width'),
      height: field('height'),
    },
    navigations: {
      paragraph: nav(
        'Paragraph',
        (pic: FakeInlinePicture, doc) => doc.paragraphs[pic.paragraph] ?? null,
        '1.2',
      ),
    },
    methods: {},
  },

  DocumentProperties: {
    scalars: Object.fromEntries(
      [
        'title',
        'subject',
        'author',
        'lastAuthor',
        'keywords',
        'comments',
        'category',
        'company',
        'manager',
        'creationDate',
        'lastSaveTime',
      ].map((name) => [
        name,
        name === 'creationDate' || name === 'lastSaveTime' ? readOnly(name, '1.3') : field(name, '1.3'),
      ]),
    ),
    navigations: {
      customProperties: nav(
        'CustomPropertyCollection',
        (props: FakeWordDocument['properties']) => collection(() => props.customProperties),
        '1.3',
      ),
    },
    methods: {},
  },

  CustomProperty: {
    scalars: { key: readOnly('key', '1.3'), value: field('value', '1.3'), type: readOnly('type', '1.3') },
    navigations: {},
    methods: {},
  },
};

classes['ParagraphCollection'] = collectionClass('Paragraph');
classes['RangeCollection'] = collectionClass('Range');
classes['TableCollection'] = collectionClass('Table');
classes['ListCollection'] = collectionClass('List');
classes['InlinePictureCollection'] = collectionClass('InlinePicture');
classes['CommentCollection'] = collectionClass('Comment', '1.4');
classes['CommentReplyCollection'] = collectionClass('CommentReply', '1.4');
classes['CustomPropertyCollection'] = collectionClass('CustomProperty', '1.3', {
  add: objectMethod(
    'CustomProperty',
    (node: CollectionNode<FakeCustomProperty>, [key, value], doc) => {
      const list = doc.properties.customProperties;
      const type: FakeCustomProperty['type'] =
        value instanceof Date
          ? 'Date'
          : typeof value === 'number'
            ? 'Number'
            : typeof value === 'boolean'
              ? 'Boolean'
              : 'String';
      const existing = list.find((p) => p.key.toLowerCase() === String(key).toLowerCase());
      const property: FakeCustomProperty = {
        key: String(key),
        value: value as FakeCustomProperty['value'],
        type,
      };
      if (existing) Object.assign(existing, property);
      else list.push(property);
      return existing ?? property;
    },
    '1.3',
  ),
  getItemOrNullObject: objectMethod(
    'CustomProperty',
    (node: CollectionNode<FakeCustomProperty>, [key]) =>
      node.all().find((p) => p.key.toLowerCase() === String(key).toLowerCase()) ?? null,
    '1.3',
    true,
  ),
});
classes['ContentControlCollection'] = collectionClass('ContentControl', '1.3', {
  getByTag: objectMethod('ContentControlCollection', (node: CollectionNode<FakeContentControl>, [tag]) =>
    collection(() => node.all().filter((c) => c.tag === tag)),
  ),
  getByTitle: objectMethod('ContentControlCollection', (node: CollectionNode<FakeContentControl>, [title]) =>
    collection(() => node.all().filter((c) => c.title === title)),
  ),
  getById: objectMethod(
    'ContentControl',
    (node: CollectionNode<FakeContentControl>, [id]) => node.all().find((c) => c.id === id) ?? null,
  ),
  getByIdOrNullObject: objectMethod(
    'ContentControl',
    (node: CollectionNode<FakeContentControl>, [id]) => node.all().find((c) => c.id === id) ?? null,
    '1.3',
    true,
  ),
});
classes['CustomXmlPartCollection'] = collectionClass('CustomXmlPart', '1.4', {
  add: objectMethod(
    'CustomXmlPart',
    (_node, [xml], doc, word) => {
      const part: FakeCustomXmlPart = {
        id: fakeGuid(0xd0, doc.customXmlParts.length + 1),
        namespaceUri: parseNamespace(String(xml)),
        xml: String(xml),
      };
      // office-js #5910: on the web, adding a part has silently done nothing (the proxy still works).
      if (!word.behaviours.customXmlAddDeleteIgnored) doc.customXmlParts.push(part);
      return part;
    },
    '1.4',
  ),
  getItem: objectMethod(
    'CustomXmlPart',
    (node: CollectionNode<FakeCustomXmlPart>, [id]) => node.all().find((p) => p.id === id) ?? null,
    '1.4',
  ),
  getItemOrNullObject: objectMethod(
    'CustomXmlPart',
    (node: CollectionNode<FakeCustomXmlPart>, [id]) => node.all().find((p) => p.id === id) ?? null,
    '1.4',
    true,
  ),
  getByNamespace: objectMethod(
    'CustomXmlPartCollection',
    (node: CollectionNode<FakeCustomXmlPart>, [ns]) =>
      collection(() => node.all().filter((p) => p.namespaceUri === ns)),
    '1.4',
  ),
  getCount: resultMethod((node: CollectionNode<FakeCustomXmlPart>) => node.all().length, '1.4'),
});

// Live regions: insertOoxml, deleting a control with its content, the selection (region-edits.ts).
addRegionEdits(classes);

export const WORD_CLASSES: ClassRegistry = classes;
