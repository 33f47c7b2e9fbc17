/**
 * Replies and resolutions written into a .docx the way Word writes them:
 *
 * - a reply is a comment of its own in word/comments.xml, anchored where its parent is (Word puts
 *   the reply's commentRangeStart/End and commentReference next to the parent's in
 *   document.xml), and threaded by word/commentsExtended.xml: `w15:commentEx w15:paraId` (the
 *   reply's last paragraph) `w15:paraIdParent` (the parent's last paragraph);
 * - resolving a thread sets `w15:done="1"` on the parent's commentEx;
 * - when the file has word/commentsIds.xml (Word 2019+) or commentsExtensible.xml (Microsoft
 *   365), the reply gets its durable id there too.
 *
 * A file without commentsExtended.xml (Word 2010) gets one. Every change is spliced into the
 * parts' text, so what is not touched stays byte for byte. The caller (DocxReportHost) has checked
 * that each comment is still the one the officer saw; this module works inside one DocxEditor,
 * so a failure leaves the file as it was.
 */
import { ReportError } from '../../core/errors';
import type { CommentAction } from '../../core/report/host';
import { reportChanged, sameText } from '../../core/report/report-changed';
import type { Comment, ReportSnapshot } from '../../core/report/snapshot';
import type { ReportState } from '../../core/state/report-state';
import { NS } from '../../ooxml/namespaces';
import { attribute, runContent } from '../../ooxml/text';
import { children, parseXml, XmlError, type XmlElement } from '../../ooxml/xml';
import type { DocxEditor } from './docx-editor';
import { appendToRoot } from './package-writes';

export const COMMENT_REL = {
  comments: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments',
  extended: 'http://schemas.microsoft.com/office/2011/relationships/commentsExtended',
  ids: 'http://schemas.microsoft.com/office/2016/09/relationships/commentsIds',
  extensible: 'http://schemas.microsoft.com/office/2018/08/relationships/commentsExtensible',
} as const;

const EXTENDED_CONTENT_TYPE =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml';

/** Parts being edited, as text, with where each came from. */
interface WorkingParts {
  comments: { part: string; text: string };
  extended: { part: string; text: string; created: boolean };
  ids: { part: string; text: string } | null;
  extensible: { part: string; text: string } | null;
  document: { part: string; text: string };
}

function cannotEdit(fileName: string, why: string, part: string): ReportError {
  return new ReportError(
    'docx-cannot-edit',
    `${fileName} cannot be changed by Council Report: ${why} Open it in Word and save it again, then try again.`,
    part,
  );
}

function parse(text: string, part: string, fileName: string): XmlElement {
  try {
    return parseXml(text, part, { positions: true });
  } catch (error) {
    if (error instanceof XmlError) throw cannotEdit(fileName, error.message, part);
    throw error;
  }
}

/**
 * Adds a namespace declaration to a part's root start tag when the root lacks one for the prefix
 * (one already there stays, e.g. the Word 2013 preview URI some files bind w15 to).
 */
function declare(text: string, root: XmlElement, prefix: string, uri: string): string {
  if (root.attributes[`xmlns:${prefix}`] !== undefined) return text;
  const start = root.position!.start + 1 + root.name.length;
  return `${text.slice(0, start)} xmlns:${prefix}="${uri}"${text.slice(start)}`;
}

/** An 8-hex-digit id below 0x80000000 (Word's rule for paraId and durableId) not in any of `texts`. */
function freshHexId(texts: string[]): string {
  for (;;) {
    const n = Math.floor(Math.random() * 0x7ffffffe) + 1;
    const id = n.toString(16).toUpperCase().padStart(8, '0');
    if (!texts.some((text) => text.includes(`"${id}"`))) return id;
  }
}

function wordDate(now: Date): string {
  return now.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function commentElement(root: XmlElement, id: string): XmlElement | undefined {
  return children(root, 'w:comment').find((c) => c.attributes['w:id'] === id);
}

class CommentWriter {
  private readonly parts: WorkingParts;

  constructor(
    private readonly editor: DocxEditor,
    private readonly now: Date,
  ) {
    const read = (type: string) => {
      const part = editor.mainRelatedPart(type);
      const text = part === null ? null : editor.readPart(part);
      return part === null || text === null ? null : { part, text };
    };
    const comments = read(COMMENT_REL.comments);
    if (!comments) {
      throw reportChanged(`${editor.fileName} has no comments any more — check it again.`, editor.fileName);
    }
    const folder = editor.mainPart.slice(0, editor.mainPart.lastIndexOf('/') + 1);
    const extended = read(COMMENT_REL.extended);
    this.parts = {
      comments,
      extended: extended
        ? { ...extended, created: false }
        : {
            part: `${folder}commentsExtended.xml`,
            text:
              '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
              `<w15:commentsEx xmlns:mc="${NS.mc}" xmlns:w15="${NS.w15}" mc:Ignorable="w15"></w15:commentsEx>`,
            created: true,
          },
      ids: read(COMMENT_REL.ids),
      extensible: read(COMMENT_REL.extensible),
      document: { part: editor.mainPart, text: editor.readPart(editor.mainPart) ?? '' },
    };
    const root = this.commentsRoot();
    if (root.name !== 'w:comments' || root.attributes['xmlns:w'] !== NS.w)
      throw cannotEdit(
        editor.fileName,
        'its comments are not stored the way Word normally saves them.',
        comments.part,
      );
  }

  private commentsRoot(): XmlElement {
    return parse(this.parts.comments.text, this.parts.comments.part, this.editor.fileName);
  }

  /** The paraId of the comment's last paragraph, giving it one when it has none (Word 2007 files). */
  private paraIdOf(id: string): string {
    let root = this.commentsRoot();
    const comment = commentElement(root, id);
    if (!comment) throw this.gone(id);
    const paragraphs = children(comment, 'w:p');
    let last = paragraphs.at(-1);
    if (!last) {
      // A comment with no paragraph: give it an empty one to carry the id.
      const at = comment.position!;
      const text = this.parts.comments.text;
      const inner = at.innerStart === at.end ? null : at.innerEnd;
      this.parts.comments.text =
        inner === null
          ? `${text.slice(0, at.end - 2)}><w:p/></w:comment>${text.slice(at.end)}`
          : `${text.slice(0, inner)}<w:p/>${text.slice(inner)}`;
      root = this.commentsRoot();
      last = children(commentElement(root, id)!, 'w:p').at(-1)!;
    }
    const existing = last.attributes['w14:paraId'];
    if (existing) return existing.toUpperCase();
    const paraId = this.freshId();
    let text = declare(this.parts.comments.text, root, 'w14', NS.w14);
    const shift = text.length - this.parts.comments.text.length;
    const at = last.position!.start + shift + '<w:p'.length;
    text = `${text.slice(0, at)} w14:paraId="${paraId}"${text.slice(at)}`;
    this.parts.comments.text = text;
    return paraId;
  }

  private freshId(): string {
    return freshHexId([
      this.parts.comments.text,
      this.parts.extended.text,
      this.parts.document.text,
      this.parts.ids?.text ?? '',
      this.parts.extensible?.text ?? '',
    ]);
  }

  private gone(id: string): ReportError {
    return reportChanged(
      `Comment ${id} is no longer in ${this.editor.fileName} — check it again.`,
      this.parts.comments.part,
    );
  }

  reply(parentId: string, text: string, author: string, initials: string): void {
    const parentParaId = this.paraIdOf(parentId);
    const root = this.commentsRoot();
    const used = children(root, 'w:comment').map((c) => Number(c.attributes['w:id']));
    const id = String(Math.max(-1, ...used.filter(Number.isFinite)) + 1);
    const paraId = this.freshId();

    // Anchor the reply where its parent is anchored, as Word does.
    this.anchorLikeParent(parentId, id);

    const lines = text.replace(/\r\n?/g, '\n').split('\n');
    const paragraphs = lines.map((line, i) => {
      const last = i === lines.length - 1;
      const ids = last ? ` w14:paraId="${paraId}" w14:textId="77777777"` : '';
      const mark =
        i === 0 ? '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>' : '';
      const content = runContent(line);
      return `<w:p${ids}><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>${mark}${content === '' ? '' : `<w:r>${content}</w:r>`}</w:p>`;
    });
    const comment =
      `<w:comment ${attribute('w:id', id)} ${attribute('w:author', author)} ${attribute('w:date', wordDate(this.now))}` +
      `${initials.trim() === '' ? '' : ` ${attribute('w:initials', initials)}`}>${paragraphs.join('')}</w:comment>`;
    let commentsText = declare(this.parts.comments.text, root, 'w14', NS.w14);
    commentsText = appendToRoot(
      commentsText,
      parse(commentsText, this.parts.comments.part, this.editor.fileName),
      comment,
    );
    this.parts.comments.text = commentsText;

    this.appendExtended(
      `<w15:commentEx w15:paraId="${paraId}" w15:paraIdParent="${parentParaId}" w15:done="0"/>`,
    );
    this.ensureExtendedEntry(parentParaId);
    if (this.parts.ids || this.parts.extensible) {
      const durableId = this.freshId();
      if (this.parts.ids) {
        const idsRoot = parse(this.parts.ids.text, this.parts.ids.part, this.editor.fileName);
        this.parts.ids.text = appendToRoot(
          this.parts.ids.text,
          idsRoot,
          `<w16cid:commentId w16cid:paraId="${paraId}" w16cid:durableId="${durableId}"/>`,
        );
      }
      if (this.parts.extensible) {
        const exRoot = parse(this.parts.extensible.text, this.parts.extensible.part, this.editor.fileName);
        this.parts.extensible.text = appendToRoot(
          this.parts.extensible.text,
          exRoot,
          `<w16cex:commentExtensible w16cex:durableId="${durableId}" w16cex:dateUtc="${wordDate(this.now)}"/>`,
        );
      }
    }
  }

  resolve(id: string): void {
    const paraId = this.paraIdOf(id);
    this.ensureExtendedEntry(paraId);
    const root = parse(this.parts.extended.text, this.parts.extended.part, this.editor.fileName);
    const entry = children(root, 'w15:commentEx').find(
      (e) => e.attributes['w15:paraId']?.toUpperCase() === paraId,
    )!;
    const at = entry.position!;
    const tag = this.parts.extended.text.slice(at.start, at.innerStart);
    const done = /\sw15:done\s*=\s*(["'])[^"']*\1/;
    const updated = done.test(tag)
      ? tag.replace(done, ' w15:done="1"')
      : tag.replace(/(\s*\/?>)$/, ' w15:done="1"$1');
    this.parts.extended.text =
      this.parts.extended.text.slice(0, at.start) + updated + this.parts.extended.text.slice(at.innerStart);
  }

  private appendExtended(xml: string): void {
    const root = parse(this.parts.extended.text, this.parts.extended.part, this.editor.fileName);
    if (root.name !== 'w15:commentsEx')
      throw cannotEdit(
        this.editor.fileName,
        'its comment threads part is not as Word writes it.',
        this.parts.extended.part,
      );
    const text = declare(this.parts.extended.text, root, 'w15', NS.w15);
    this.parts.extended.text = appendToRoot(
      text,
      parse(text, this.parts.extended.part, this.editor.fileName),
      xml,
    );
  }

  private ensureExtendedEntry(paraId: string): void {
    const root = parse(this.parts.extended.text, this.parts.extended.part, this.editor.fileName);
    const has = children(root, 'w15:commentEx').some(
      (e) => e.attributes['w15:paraId']?.toUpperCase() === paraId,
    );
    if (!has) this.appendExtended(`<w15:commentEx w15:paraId="${paraId}" w15:done="0"/>`);
  }

  /** The reply's range start, range end and reference go right after its parent's. */
  private anchorLikeParent(parentId: string, id: string): void {
    let text = this.parts.document.text;
    const idAttr = `\\sw:id\\s*=\\s*(["'])${escapeRegExp(parentId)}\\1`;
    const after = (pattern: RegExp, insert: string): boolean => {
      const match = pattern.exec(text);
      if (!match) return false;
      const end = match.index + match[0].length;
      text = text.slice(0, end) + insert + text.slice(end);
      return true;
    };
    after(
      new RegExp(`<w:commentRangeStart\\b[^>]*?${idAttr}[^>]*?/>`),
      `<w:commentRangeStart w:id="${id}"/>`,
    );
    after(new RegExp(`<w:commentRangeEnd\\b[^>]*?${idAttr}[^>]*?/>`), `<w:commentRangeEnd w:id="${id}"/>`);
    const reference = new RegExp(`<w:commentReference\\b[^>]*?${idAttr}[^>]*?/>[\\s\\S]*?</w:r>`);
    const referenced = after(
      reference,
      `<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="${id}"/></w:r>`,
    );
    if (!referenced) {
      throw new ReportError(
        'comment-not-anchored',
        `Comment ${parentId} is not anchored in the report's text (it may be in a header, a text box or deleted text), ` +
          'so a reply cannot be added to it here. Reply to it in Word.',
        this.parts.document.part,
      );
    }
    this.parts.document.text = text;
  }

  /** Hands every changed part to the editor at once. */
  save(): void {
    const changes = new Map<string, string>([
      [this.parts.comments.part, this.parts.comments.text],
      [this.parts.extended.part, this.parts.extended.text],
      [this.parts.document.part, this.parts.document.text],
    ]);
    if (this.parts.ids) changes.set(this.parts.ids.part, this.parts.ids.text);
    if (this.parts.extensible) changes.set(this.parts.extensible.part, this.parts.extensible.text);
    // The main document must still be well-formed after the splices.
    parse(this.parts.document.text, this.parts.document.part, this.editor.fileName);
    this.editor.writeParts(
      changes,
      this.parts.extended.created
        ? [
            {
              part: this.parts.extended.part,
              relationshipType: COMMENT_REL.extended,
              contentType: EXTENDED_CONTENT_TYPE,
            },
          ]
        : [],
    );
  }
}

/** Applies the actions in order inside the editor (nothing is stored if one fails). */
export function writeCommentActions(
  editor: DocxEditor,
  actions: readonly CommentAction[],
  now = new Date(),
): void {
  if (actions.length === 0) return;
  const writer = new CommentWriter(editor, now);
  for (const action of actions) {
    if (action.kind === 'reply') writer.reply(action.comment.id, action.text, action.author, action.initials);
    else writer.resolve(action.comment.id);
  }
  writer.save();
}

/** The thread or reply an action names, checked against what the officer saw. */
function checkRefs(snapshot: ReportSnapshot, actions: readonly CommentAction[], fileName: string): void {
  const byId = new Map<string, Comment>();
  for (const thread of snapshot.comments) {
    byId.set(thread.id, thread);
  }
  for (const action of actions) {
    const found = byId.get(action.comment.id);
    if (!found || found.author !== action.comment.author || !sameText(found.text, action.comment.text)) {
      throw reportChanged(
        `The comment by ${action.comment.author || 'an unnamed author'} has changed or gone from ${fileName} since it was read — check it again.`,
        fileName,
      );
    }
  }
}

/**
 * DocxReportHost.writeConsultation inside one editor: checks every action's comment, writes the
 * replies and resolutions, then the state part. Anything refused is refused before the editor
 * stores a change, and the host keeps no result unless all of it succeeds.
 */
export function writeConsultationInDocx(
  editor: DocxEditor,
  snapshot: ReportSnapshot,
  actions: readonly CommentAction[],
  state: ReportState | null,
  now = new Date(),
): void {
  checkRefs(snapshot, actions, editor.fileName);
  writeCommentActions(editor, actions, now);
  if (state) editor.writeReportState(state);
}
