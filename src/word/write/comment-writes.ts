/**
 * The Office.js host's consultation writes: replies (`Comment.reply`), resolutions
 * (`Comment.resolved = true`) and the state part (urn:council-report:v1), in one `Word.run` of two
 * syncs whatever the number of comments:
 *
 * 1. read: the body's comments (id, author, content) and the state part(s);
 * 2. after checking every comment is still the one the officer saw (else nothing is written),
 *    queue the resolutions, then the state part, then the replies, and send them in one sync.
 *
 * `Comment.reply` throws on Word on the web where desktop works (office-js #6720), and Word stops a
 * batch at the first operation that fails, keeping the ones before it. The replies go last, so a
 * refused reply leaves the resolutions and the dispositions written; then (a fresh `Word.run` of two
 * syncs, only after a failure: office-js #3284) the host reads the threads and the state part back,
 * finishes whatever did not run (resolving and writing the part again are harmless to repeat) and
 * hands back the replies not in their threads, with their text, for the officer to paste. Replies
 * are not retried: Word would refuse them again.
 */
import type { CommentAction, ConsultationWriteOutcome, UnpostedReply } from '../../core/report/host';
import { reportChanged, sameText } from '../../core/report/report-changed';
import { REPORT_NAMESPACE } from '../../ooxml/custom-xml-part';
import { cleanText } from '../../ooxml/text';
import { isOfficeError } from '../word-errors';
import { multiParagraphText } from '../read/word-text';
import {
  finishStatePartWrite,
  queueOneStatePart,
  queueStatePartRead,
  queueStatePartWrite,
} from './state-part';
import { RecoverInFreshRun } from './word-writes';

export async function writeConsultationInWord(
  context: Word.RequestContext,
  actions: readonly CommentAction[],
  stateXml: string | null,
): Promise<ConsultationWriteOutcome> {
  const comments =
    actions.length > 0
      ? context.document.body.getComments().load('items/id,items/authorName,items/content,items/resolved')
      : null;
  const stateRead = stateXml === null ? null : queueStatePartRead(context);
  await context.sync();

  const byId = new Map((comments?.items ?? []).map((c) => [c.id, c]));
  const found = actions.map((action) => {
    const comment = byId.get(action.comment.id);
    if (
      !comment ||
      comment.authorName !== action.comment.author ||
      !sameText(multiParagraphText(comment.content), action.comment.text)
    ) {
      throw reportChanged();
    }
    return comment;
  });

  actions.forEach((action, i) => {
    if (action.kind === 'resolve') found[i]!.resolved = true;
  });
  const stateWrite =
    stateRead && stateXml !== null ? queueStatePartWrite(context, stateRead, stateXml) : null;
  actions.forEach((action, i) => {
    if (action.kind === 'reply') found[i]!.reply(cleanText(action.text));
  });
  // Filled by the recovery (after a failure) before runWordChange hands it back.
  const outcome: ConsultationWriteOutcome = { unpostedReplies: [] };
  try {
    await context.sync();
  } catch (error) {
    if (!isOfficeError(error)) throw error;
    throw new RecoverInFreshRun(
      error,
      async (fresh) => {
        const unposted = await finishWithoutReplies(fresh, actions, stateXml);
        if (unposted === null) return 'partly';
        outcome.unpostedReplies.push(...unposted);
        return 'changed';
      },
      outcome,
    );
  }
  if (stateWrite) await finishStatePartWrite(context, stateWrite);
  return outcome;
}

/**
 * After the writing sync failed: resolves again and writes the state part again (both harmless to
 * repeat), and returns the replies that are not in their threads. Null when the threads are not the
 * ones the officer answered any more, or Word fails again: then part of the change may be there.
 */
async function finishWithoutReplies(
  context: Word.RequestContext,
  actions: readonly CommentAction[],
  stateXml: string | null,
): Promise<UnpostedReply[] | null> {
  try {
    const comments = context.document.body
      .getComments()
      .load('items/id,items/authorName,items/content,items/replies/items/content');
    const parts =
      stateXml === null
        ? null
        : context.document.customXmlParts.getByNamespace(REPORT_NAMESPACE).load('items/id');
    await context.sync();
    const byId = new Map(comments.items.map((c) => [c.id, c]));
    const unposted: UnpostedReply[] = [];
    for (const action of actions) {
      const comment = byId.get(action.comment.id);
      if (!comment || comment.authorName !== action.comment.author) return null;
      if (action.kind === 'resolve') comment.resolved = true;
      else {
        const text = cleanText(action.text);
        const posted = comment.replies.items.some((reply) =>
          sameText(multiParagraphText(reply.content), text),
        );
        if (!posted) unposted.push({ comment: action.comment, text });
      }
    }
    if (parts && stateXml !== null) queueOneStatePart(context, parts.items, stateXml);
    await context.sync();
    return unposted;
  } catch (error) {
    if (!isOfficeError(error)) throw error;
    return null;
  }
}
