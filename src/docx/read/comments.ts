/**
 * Comments (word/comments.xml) gathered into threads.
 *
 * Threads and the resolved state live in word/commentsExtended.xml (Word 2013+): each
 * w15:commentEx names a comment by the w14:paraId of the comment's last paragraph, its parent
 * by w15:paraIdParent, and w15:done="1" when resolved. word/commentsIds.xml (Word 2019+) gives
 * each comment a durable id that survives saving, unlike w:id which Word renumbers.
 */
import type { Comment, CommentThread, ReadWarning } from '../../core/report/snapshot';
import { children, type XmlElement } from '../../ooxml/xml';
import { StoryReader, type CommentAnchor } from './body';
import type { StyleSheet } from './styles';

export interface CommentParts {
  comments: XmlElement | null;
  extended: XmlElement | null;
  ids: XmlElement | null;
  /** word/people.xml (Word 2013+): the authors' accounts, which may give their email. */
  people?: XmlElement | null;
  /** Part names, for warnings. */
  commentsPart: string;
}

interface ReadComment extends Comment {
  paraId: string | null;
  fileOrder: number;
}

interface Extension {
  parentParaId: string | null;
  done: boolean;
}

function readExtensions(extended: XmlElement | null): Map<string, Extension> {
  const out = new Map<string, Extension>();
  for (const ex of extended ? children(extended, 'w15:commentEx') : []) {
    const paraId = ex.attributes['w15:paraId'];
    if (paraId === undefined) continue;
    const done = ex.attributes['w15:done'];
    out.set(paraId.toUpperCase(), {
      parentParaId: ex.attributes['w15:paraIdParent']?.toUpperCase() ?? null,
      done: done === '1' || done === 'true',
    });
  }
  return out;
}

function readDurableIds(ids: XmlElement | null): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of ids ? children(ids, 'w16cid:commentId') : []) {
    const paraId = entry.attributes['w16cid:paraId'];
    const durableId = entry.attributes['w16cid:durableId'];
    if (paraId !== undefined && durableId !== undefined) out.set(paraId.toUpperCase(), durableId);
  }
  return out;
}

/**
 * Authors' emails from word/people.xml. Word records the account each author was signed in with:
 * `w15:presenceInfo w15:providerId="AD" w15:userId="S::jo.bloggs@kent.police.uk::<guid>"` for a
 * work account; a Microsoft account's userId is an opaque number, which gives no email.
 */
export function readPeopleEmails(people: XmlElement | null | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const person of people ? children(people, 'w15:person') : []) {
    const author = person.attributes['w15:author'];
    const userId = children(person, 'w15:presenceInfo')[0]?.attributes['w15:userId'] ?? '';
    const email = /[^\s:@]+@[^\s:@]+\.[^\s:@]+/.exec(userId)?.[0];
    if (author !== undefined && email !== undefined && !out.has(author)) out.set(author, email.toLowerCase());
  }
  return out;
}

/** The paraId of the comment's last paragraph: the key commentsExtended uses. */
function lastParaId(comment: XmlElement): string | null {
  let found: string | null = null;
  const visit = (element: XmlElement): void => {
    for (const node of element.children) {
      if (typeof node !== 'object') continue;
      if (node.name === 'w:p') found = node.attributes['w14:paraId']?.toUpperCase() ?? found;
      else visit(node);
    }
  };
  visit(comment);
  return found;
}

function byDateThenFileOrder(a: ReadComment, b: ReadComment): number {
  if (a.date !== null && b.date !== null && a.date !== b.date) return a.date < b.date ? -1 : 1;
  return a.fileOrder - b.fileOrder;
}

function publicComment(comment: ReadComment): Comment {
  const out: Comment = {
    id: comment.id,
    author: comment.author,
    initials: comment.initials,
    date: comment.date,
    text: comment.text,
    resolved: comment.resolved,
  };
  if (comment.durableId !== undefined) out.durableId = comment.durableId;
  if (comment.email !== undefined) out.email = comment.email;
  return out;
}

export function readComments(
  parts: CommentParts,
  anchors: ReadonlyMap<string, CommentAnchor>,
  styles: StyleSheet,
  warnings: ReadWarning[],
): CommentThread[] {
  if (!parts.comments) return [];
  const extensions = readExtensions(parts.extended);
  const durableIds = readDurableIds(parts.ids);
  const emails = readPeopleEmails(parts.people);

  const comments: ReadComment[] = children(parts.comments, 'w:comment').map((element, fileOrder) => {
    const story = new StoryReader(styles, null, warnings, parts.commentsPart);
    story.blocks(element);
    const paraId = lastParaId(element);
    const comment: ReadComment = {
      id: element.attributes['w:id'] ?? '',
      author: element.attributes['w:author'] ?? '',
      initials: element.attributes['w:initials'] ?? null,
      date: element.attributes['w:date'] ?? null,
      text: story
        .result()
        .paragraphs.map((p) => p.text)
        .join('\n'),
      resolved: paraId !== null && (extensions.get(paraId)?.done ?? false),
      paraId,
      fileOrder,
    };
    const durableId = paraId === null ? undefined : durableIds.get(paraId);
    if (durableId !== undefined) comment.durableId = durableId;
    const email = emails.get(comment.author);
    if (email !== undefined) comment.email = email;
    return comment;
  });

  const byParaId = new Map<string, ReadComment>();
  for (const comment of comments) if (comment.paraId !== null) byParaId.set(comment.paraId, comment);

  /** The top of a comment's thread: replies to replies belong to the first comment. */
  const rootOf = (comment: ReadComment): ReadComment => {
    let current = comment;
    for (let hops = 0; hops < comments.length; hops++) {
      const parentParaId =
        current.paraId === null ? null : (extensions.get(current.paraId)?.parentParaId ?? null);
      if (parentParaId === null) return current;
      const parent = byParaId.get(parentParaId);
      if (!parent) {
        warnings.push({
          where: parts.commentsPart,
          message: `Comment ${comment.id} by ${comment.author} replies to a comment that is not in the file; it is read as a comment of its own.`,
        });
        return current;
      }
      current = parent;
    }
    return current;
  };

  const threads = new Map<ReadComment, ReadComment[]>();
  for (const comment of comments) {
    const root = rootOf(comment);
    if (root === comment) {
      if (!threads.has(comment)) threads.set(comment, []);
    } else {
      const replies = threads.get(root) ?? [];
      replies.push(comment);
      threads.set(root, replies);
    }
  }

  const result: (CommentThread & { order: number })[] = [];
  for (const [root, replies] of threads) {
    const anchor = anchors.get(root.id);
    if (!anchor) {
      warnings.push({
        where: parts.commentsPart,
        message: `Comment ${root.id} by ${root.author} is not anchored anywhere in the document text.`,
      });
    }
    result.push({
      ...publicComment(root),
      anchorParagraph: anchor?.paragraph ?? null,
      anchorText: anchor?.text ?? '',
      replies: [...replies].sort(byDateThenFileOrder).map(publicComment),
      // Threads in the order of their anchors in the document, unanchored ones last.
      order: anchor ? anchor.order : anchors.size + root.fileOrder,
    });
  }
  return result.sort((a, b) => a.order - b.order).map(({ order: _order, ...thread }) => thread);
}
