/**
 * Builds the fake's document from a real .docx file, holding what Word's API would show for it.
 *
 * The structure (paragraphs, text as Word gives it, tables, controls, comment anchors, pictures) is
 * read here independently (`docx-story.ts`); two things Word derives from the file are taken from
 * the docx host's reader: list labels ("1.4", "a)"), which need Word's numbering rules, and style
 * facts (names, bold, outline levels through w:basedOn). Word's own ids (comment ids, custom XML
 * part ids, list ids, paragraph uniqueLocalIds) are made up the way Word makes them up.
 *
 * `notInWordApi` lists what the file holds and the Word API does not show, so a test comparing the
 * two hosts can say exactly what it allows for.
 */
import { readPeopleEmails } from '../../../src/docx/read/comments';
import { readDocx } from '../../../src/docx/read/read-docx';
import { DocxPackage } from '../../../src/docx/read/package';
import { NumberingDefinitions } from '../../../src/docx/read/numbering';
import { StyleSheet } from '../../../src/docx/read/styles';
import { children, decodeXmlBytes, path, textContent, type XmlElement } from '../../../src/ooxml/xml';
import { WordStoryReader, type HiddenPicture } from './docx-story';
import {
  emptyFakeProperties,
  fakeGuid,
  type FakeComment,
  type FakeCommentReply,
  type FakeCustomProperty,
  type FakeCustomXmlPart,
  type FakeDocumentProperties,
  type FakeList,
  type FakeWordDocument,
} from './model';
import { comparePositions } from './story';
import { wordNamespaceUri } from './word-classes';

export interface NotInWordApi {
  /** Drawings the docx reader lists as pictures that `body.inlinePictures` does not have. */
  pictures: HiddenPicture[];
  /** Comments (by w:id) that `body.getComments()` does not return: not anchored in the body. */
  commentIds: string[];
  /** Paragraphs whose Word text includes tracked deletions (shown while markup is displayed). */
  paragraphsWithDeletedText: number[];
}

export interface FakeDocxOptions {
  /** Tracked deletions in Word's text; "shown" as Word gives them while markup is displayed. */
  deletedText?: 'shown' | 'hidden';
}

export interface FakeDocxReading {
  document: FakeWordDocument;
  notInWordApi: NotInWordApi;
}

function readXml(pkg: DocxPackage, part: string | null): XmlElement | null {
  return part === null || !pkg.has(part) ? null : pkg.readXml(part);
}

function relatedPart(pkg: DocxPackage, source: string, type: string): string | null {
  const part = pkg.relatedPart(source, type);
  return part !== null && pkg.has(part) ? part : null;
}

function dateOrNull(text: string | null | undefined): Date | null {
  if (!text) return null;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? null : date;
}

// Comments.

interface FileComment {
  id: string;
  author: string;
  date: string | null;
  content: string;
  paraId: string | null;
}

function readFileComments(pkg: DocxPackage, main: string, styles: StyleSheet): FileComment[] {
  const root = readXml(pkg, relatedPart(pkg, main, 'comments'));
  if (!root) return [];
  return children(root, 'w:comment').map((element) => {
    const story = new WordStoryReader(styles, { deletedText: 'hidden', namespaces: {} });
    story.blocks(element);
    const paragraphs = element.children.filter(
      (n): n is XmlElement => typeof n === 'object' && n.name === 'w:p',
    );
    return {
      id: element.attributes['w:id'] ?? '',
      author: element.attributes['w:author'] ?? '',
      date: element.attributes['w:date'] ?? null,
      // Comment.content: the comment's paragraphs, separated as Word separates them.
      content: story.paragraphs.map((p) => p.text).join('\r'),
      paraId: paragraphs.at(-1)?.attributes['w14:paraId']?.toUpperCase() ?? null,
    };
  });
}

function readThreads(pkg: DocxPackage, main: string): Map<string, { parent: string | null; done: boolean }> {
  const root = readXml(pkg, relatedPart(pkg, main, 'commentsExtended'));
  const out = new Map<string, { parent: string | null; done: boolean }>();
  for (const ex of root ? children(root, 'w15:commentEx') : []) {
    const paraId = ex.attributes['w15:paraId']?.toUpperCase();
    if (!paraId) continue;
    const done = ex.attributes['w15:done'];
    out.set(paraId, {
      parent: ex.attributes['w15:paraIdParent']?.toUpperCase() ?? null,
      done: done === '1' || done === 'true',
    });
  }
  return out;
}

/** Word's comments: threads anchored in the body, replies nested, in the order of their anchors. */
function buildComments(
  pkg: DocxPackage,
  main: string,
  styles: StyleSheet,
  story: WordStoryReader,
): { comments: FakeComment[]; hiddenIds: string[] } {
  const fileComments = readFileComments(pkg, main, styles);
  const threads = readThreads(pkg, main);
  const byParaId = new Map(fileComments.filter((c) => c.paraId).map((c) => [c.paraId, c]));
  const rootOf = (comment: FileComment): FileComment => {
    let current = comment;
    for (let hops = 0; hops < fileComments.length; hops++) {
      const parentId = current.paraId ? threads.get(current.paraId)?.parent : null;
      const parent = parentId ? byParaId.get(parentId) : undefined;
      if (!parent) return current;
      current = parent;
    }
    return current;
  };
  // Word knows an author's e-mail only for comments made while signed in to a work account, which
  // is what word/people.xml records; otherwise it gives "".
  const emails = readPeopleEmails(readXml(pkg, relatedPart(pkg, main, 'people')));
  const toReply = (c: FileComment, n: number): FakeCommentReply => ({
    id: fakeGuid(0xc1, n + 1),
    authorName: c.author,
    authorEmail: emails.get(c.author) ?? '',
    content: c.content,
    creationDate: dateOrNull(c.date) ?? new Date(Number.NaN),
  });

  const roots = new Map<FileComment, FakeComment>();
  const anchorIds = new Map<FakeComment, string>();
  const hiddenIds: string[] = [];
  fileComments.forEach((comment, n) => {
    const root = rootOf(comment);
    if (root !== comment) return;
    const span = story.commentSpans.get(comment.id);
    if (!span) {
      hiddenIds.push(comment.id);
      return;
    }
    const thread: FakeComment = {
      ...toReply(comment, n),
      id: fakeGuid(0xc0, n + 1),
      resolved: comment.paraId ? (threads.get(comment.paraId)?.done ?? false) : false,
      replies: [],
      span,
    };
    roots.set(comment, thread);
    anchorIds.set(thread, comment.id);
  });
  fileComments.forEach((comment, n) => {
    const root = rootOf(comment);
    if (root === comment) return;
    const thread = roots.get(root);
    if (thread) thread.replies.push(toReply(comment, n));
    else hiddenIds.push(comment.id);
  });
  const order = (c: FakeComment) => story.commentOrder.get(anchorIds.get(c) ?? '') ?? 0;
  const comments = [...roots.values()].sort(
    (a, b) => comparePositions(a.span.start, b.span.start) || order(a) - order(b),
  );
  return { comments, hiddenIds };
}

// Custom XML parts, properties, lists.

/** Word's id for a custom XML part is the data store item id in its properties part. */
function customXmlPartId(pkg: DocxPackage, part: string, n: number): string {
  const props = relatedPart(pkg, part, 'customXmlProps');
  const item = readXml(pkg, props);
  return item?.attributes['ds:itemID'] ?? fakeGuid(0xd0, n + 1);
}

function buildCustomXmlParts(pkg: DocxPackage): FakeCustomXmlPart[] {
  const itemPart = /^customxml\/item(\d*)\.xml$/;
  const number = (name: string) => Number(itemPart.exec(name.toLowerCase())?.[1] || 0);
  return pkg
    .partNames(itemPart)
    .sort((a, b) => number(a) - number(b))
    .flatMap((name, n) => {
      const bytes = pkg.read(name);
      if (!bytes) return [];
      const xml = decodeXmlBytes(bytes).replace(/^\uFEFF/, '');
      let namespaceUri = '';
      try {
        namespaceUri = wordNamespaceUri(xml);
      } catch {
        // Word would not have loaded a broken part either; keep it with no namespace.
      }
      return [{ id: customXmlPartId(pkg, name, n), namespaceUri, xml }];
    });
}

function customValue(value: XmlElement | undefined): Pick<FakeCustomProperty, 'value' | 'type'> {
  const text = value ? textContent(value) : '';
  switch (value?.name.replace(/^.*:/, '')) {
    case 'i1':
    case 'i2':
    case 'i4':
    case 'i8':
    case 'int':
    case 'r4':
    case 'r8':
    case 'decimal':
      return { value: Number(text), type: 'Number' };
    case 'bool':
      return { value: text === 'true' || text === '1', type: 'Boolean' };
    case 'filetime':
    case 'date':
      return { value: dateOrNull(text) ?? text, type: 'Date' };
    default:
      return { value: text, type: 'String' };
  }
}

function buildProperties(pkg: DocxPackage): FakeDocumentProperties {
  const properties = emptyFakeProperties();
  const core = readXml(pkg, relatedPart(pkg, '', 'core-properties') ?? 'docProps/core.xml');
  const text = (name: string) => {
    const element = core ? children(core).find((e) => e.name === name) : undefined;
    return element ? textContent(element) : '';
  };
  properties.title = text('dc:title');
  properties.subject = text('dc:subject');
  properties.author = text('dc:creator');
  properties.lastAuthor = text('cp:lastModifiedBy');
  properties.keywords = text('cp:keywords');
  properties.comments = text('dc:description');
  properties.category = text('cp:category');
  properties.creationDate = dateOrNull(text('dcterms:created'));
  properties.lastSaveTime = dateOrNull(text('dcterms:modified'));
  const custom = readXml(pkg, relatedPart(pkg, '', 'custom-properties') ?? 'docProps/custom.xml');
  for (const property of custom
    ? children(custom).filter((e) => e.name.replace(/^.*:/, '') === 'property')
    : []) {
    const key = property.attributes['name'];
    if (key !== undefined) properties.customProperties.push({ key, ...customValue(children(property)[0]) });
  }
  return properties;
}

/** Word's level types for a numbering instance: "Bullet", "Picture" or "Number" per level. */
function levelTypes(numbering: NumberingDefinitions, styles: StyleSheet, numId: string): string[] {
  const types: string[] = [];
  for (let level = 0; level <= 8; level++) {
    const definition = numbering.level(numId, level, styles);
    types.push(definition?.format === 'bullet' ? 'Bullet' : 'Number');
  }
  return types;
}

// The document.

export function readDocxForFakeWord(
  bytes: Uint8Array,
  fileName = 'document.docx',
  options: FakeDocxOptions = {},
): FakeDocxReading {
  const pkg = DocxPackage.open(bytes, fileName);
  const main = pkg.mainDocumentPart();
  const root = pkg.readXml(main);
  const stylesRoot = readXml(pkg, relatedPart(pkg, main, 'styles'));
  const styles = StyleSheet.read(stylesRoot, []);
  const numbering = NumberingDefinitions.read(readXml(pkg, relatedPart(pkg, main, 'numbering')));
  const namespaces = Object.fromEntries(
    Object.entries(root?.attributes ?? {}).filter(([k]) => k.startsWith('xmlns:')),
  );

  const story = new WordStoryReader(styles, { deletedText: options.deletedText ?? 'shown', namespaces });
  const body = root ? path(root, 'w:body') : null;
  if (body) story.blocks(body);

  // List labels need Word's numbering rules: take them from the docx reader, paragraph by paragraph.
  const reference = readDocx(bytes, fileName);
  if (reference.paragraphs.length !== story.paragraphs.length) {
    throw new Error(
      `${fileName}: the fake's reading has ${story.paragraphs.length} paragraphs and the docx reader's ` +
        `${reference.paragraphs.length}; one of them walks the body differently.`,
    );
  }
  const lists: FakeList[] = [];
  const listIndex = new Map<string, number>();
  reference.paragraphs.forEach((p, i) => {
    const paragraph = story.paragraphs[i];
    if (!p.list || !paragraph) return;
    let index = listIndex.get(p.list.numId);
    if (index === undefined) {
      index = lists.length;
      listIndex.set(p.list.numId, index);
      lists.push({ id: 1000 + index, levelTypes: levelTypes(numbering, styles, p.list.numId) });
    }
    // For bullets Word gives the bullet character as stored (Symbol's U+F0B7, say), not as shown.
    const stored = numbering.level(p.list.numId, p.list.level, styles)?.text ?? '';
    paragraph.list = { list: index, level: p.list.level, listString: p.list.bullet ? stored : p.list.label };
  });

  const { comments, hiddenIds } = buildComments(pkg, main, styles, story);
  const lastParagraph = story.paragraphs.length - 1;
  for (const control of story.contentControls) {
    // A control around nothing points at the paragraph after it, as the docx reader does.
    if (control.span.start.paragraph > lastParagraph) {
      control.span.start = control.span.end = { paragraph: Math.max(lastParagraph, 0), offset: 0 };
    }
  }

  return {
    document: {
      paragraphs: story.paragraphs,
      lists,
      tables: story.tables,
      contentControls: [...story.contentControls].sort((a, b) =>
        comparePositions(a.span.start, b.span.start),
      ),
      comments,
      customXmlParts: buildCustomXmlParts(pkg),
      inlinePictures: story.pictures,
      properties: buildProperties(pkg),
      stylesXml: stylesRoot,
      changeTrackingMode: trackRevisions(readXml(pkg, relatedPart(pkg, main, 'settings'))),
    },
    notInWordApi: {
      pictures: story.hiddenPictures,
      commentIds: hiddenIds,
      paragraphsWithDeletedText: [...story.paragraphsWithDeletedText],
    },
  };
}

/** `w:trackRevisions` in settings.xml is Track Changes on for everyone (ISO 29500 17.15.1.89). */
function trackRevisions(settings: XmlElement | null): 'Off' | 'TrackAll' {
  const element = settings ? path(settings, 'w:trackRevisions') : null;
  if (!element) return 'Off';
  const value = element.attributes['w:val'];
  return value === 'false' || value === '0' || value === 'off' ? 'Off' : 'TrackAll';
}

/** The fake's document for a .docx file (see `readDocxForFakeWord` for what it leaves out). */
export function fakeDocumentFromDocx(
  bytes: Uint8Array,
  fileName?: string,
  options?: FakeDocxOptions,
): FakeWordDocument {
  return readDocxForFakeWord(bytes, fileName, options).document;
}
