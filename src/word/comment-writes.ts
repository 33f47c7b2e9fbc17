/**
 * The Office.js host's consultation writes: replies (`Comment.reply`), resolutions
 * (`Comment.resolved = true`) and the state part (urn:council-report:v1), in one `Word.run` of two
 * syncs whatever the number of comments:
 *
 * 1. read: the body's comments (id, author, content) and the state part(s);
 * 2. after checking every comment is still the one the officer saw (else nothing is written),
 *    queue every reply and resolution, then the state part, and send them in one sync.
 *
 * Word does not roll a failed batch back: the replies and resolutions are queued before the state
 * part, so a reply Word refuses (it has thrown on the web) stops the batch before the dispositions
 * are recorded, and the view keeps the officer's text to try again.
 */
import type { CommentAction } from '../core/report/host';
import { reportChanged, sameText } from '../core/report/report-changed';
import { REPORT_NAMESPACE } from '../ooxml/custom-xml-part';
import { cleanText } from '../ooxml/text';
import { multiParagraphText } from './word-text';

export async function writeConsultationInWord(
  context: Word.RequestContext,
  actions: readonly CommentAction[],
  stateXml: string | null,
): Promise<void> {
  const comments =
    actions.length > 0
      ? context.document.body.getComments().load('items/id,items/authorName,items/content,items/resolved')
      : null;
  const parts =
    stateXml === null
      ? null
      : context.document.customXmlParts.getByNamespace(REPORT_NAMESPACE).load('items/id');
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
    const comment = found[i]!;
    if (action.kind === 'reply') comment.reply(cleanText(action.text));
    else comment.resolved = true;
  });
  if (parts && stateXml !== null) {
    const [first, ...copies] = parts.items;
    if (first) first.setXml(stateXml);
    else context.document.customXmlParts.add(stateXml);
    // Copies (a paste between documents can leave two) would disagree later: keep one.
    for (const copy of copies) copy.delete();
  }
  await context.sync();
}
