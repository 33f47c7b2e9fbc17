/**
 * The one place where the two hosts' snapshots are made comparable. Everything not changed here
 * must be equal, field by field.
 *
 * Fields the Word API cannot see (src/word/read/snapshot-from-word.ts, WORD_API_BLIND_SPOTS):
 *
 * | field                               | why                                                        |
 * |-------------------------------------|------------------------------------------------------------|
 * | paragraphs[].list.numId             | Word gives its own list ids: compared as "same list as"     |
 * | paragraphs[].styleName (case)       | styles.xml stores built-in names in lower case ("footer"),  |
 * |                                     | Word shows them capitalised ("Footer")                      |
 * | paragraphs[].styleId (not headings) | Word gives a style's name; the Word host makes the id from  |
 * |                                     | it, which LibreOffice's ids need not be ("TextBody" for     |
 * |                                     | "Body Text"): compared by name. Heading ids, which the core |
 * |                                     | uses, are compared as they are.                             |
 * | comments[].id, replies[].id         | Word's comment ids are not the file's w:id                  |
 * | comments[].initials, .durableId     | not exposed by Word's Comment                               |
 * | comments[].replies[].resolved       | Word resolves whole threads, not single replies             |
 * | comments[].date, properties dates   | same instant, written differently ("…00Z" / "…00.000Z")     |
 * | customXmlParts[].id                 | Word gives the part's GUID, not its part name               |
 * | reportState.partId                  | the same GUID                                               |
 * | pictures[].name, .decorative        | not exposed by Word's InlinePicture                         |
 * | pictures[].altText null vs ""       | Word gives "" for alt text that is absent                   |
 * | pictures the file has, Word hides   | floating pictures, charts, diagrams: not inline pictures    |
 * | comments not anchored in the body   | body.getComments() returns only the body's comments         |
 * | paragraphs[].seq                    | the Word host does not read fields yet (WordApi 1.4)        |
 *
 * And one difference of content, on files with tracked changes: Word's text includes tracked
 * deletions while markup is shown (office-js#1267); the docx host reads the accepted text. The
 * Word host reads paragraphs (and so cells) as Word's reviewed current text, which must equal the
 * docx host's; a control's text and a comment's anchor text still come from ranges that show the
 * deletions, so over such paragraphs they are set aside here and `deletionsOnly` checks them.
 */
import type { CommentThread, Comment, ReportSnapshot } from '../../src/core/report/snapshot';
import type { CheckResult } from '../../src/core/template/finding';
import type { NotInWordApi } from '../support/fake-word';

export const SET_ASIDE = '(text with tracked deletions: see deletionsOnly)';

/**
 * The fields `comparable` normalises: every blind spot of the Word API, and differences of form
 * only (letter case of built-in style names, how an instant is written).
 */
export const NORMALISED_FIELDS = [
  'paragraphs[].list.numId',
  'paragraphs[].styleName',
  'paragraphs[].styleId',
  'paragraphs[].seq',
  'comments[].id',
  'comments[].initials',
  'comments[].durableId',
  'comments[].date',
  'comments[].replies[].resolved',
  'comments[]',
  'customXmlParts[].id',
  'reportState.partId',
  'pictures[].name',
  'pictures[].decorative',
  'pictures[].altText',
  'pictures[]',
  'properties.created',
  'properties.modified',
] as const;

function instant(value: string | null): number | null {
  return value === null ? null : Date.parse(value);
}

function comparableComment(
  comment: Comment,
): Omit<Comment, 'id' | 'initials' | 'durableId' | 'date'> & { date: number | null } {
  return {
    author: comment.author,
    date: instant(comment.date),
    text: comment.text,
    resolved: comment.resolved,
  };
}

/** Renumbers list ids in order of first use, keeping which paragraphs share a list. */
function listOrdinals(snapshot: ReportSnapshot): Map<string, string> {
  const ordinals = new Map<string, string>();
  for (const p of snapshot.paragraphs) {
    if (p.list && !ordinals.has(p.list.numId)) ordinals.set(p.list.numId, `list ${ordinals.size + 1}`);
  }
  return ordinals;
}

/**
 * A copy of the snapshot with the fields above made comparable. `notVisible` is what the fake's
 * reading of the file says Word does not show; pass the same for both hosts.
 */
export function comparable(snapshot: ReportSnapshot, notVisible: NotInWordApi, host: 'docx' | 'word') {
  const deleted = new Set(notVisible.paragraphsWithDeletedText);
  const touchesDeletion = (first: number, last: number) => {
    for (let i = first; i <= last; i++) if (deleted.has(i)) return true;
    return false;
  };
  const ordinals = listOrdinals(snapshot);
  const hiddenPictures = new Set(notVisible.pictures.map((p) => `${p.paragraph}/${p.name}`));
  const hiddenComments = new Set(notVisible.commentIds);

  const paragraphs = snapshot.paragraphs.map(({ seq: _unread, ...p }) => ({
    ...p,
    boldOnly: deleted.has(p.index) ? null : p.boldOnly,
    styleName: p.styleName?.toLowerCase() ?? null,
    styleId: /^Heading[1-9]$/.test(p.styleId ?? '')
      ? p.styleId
      : (p.styleName?.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase() ?? p.styleId),
    list: p.list ? { ...p.list, numId: ordinals.get(p.list.numId) } : null,
  }));

  const tables = snapshot.tables.map(withoutLoneRestarts);

  const contentControls = snapshot.contentControls.map((c) => ({
    ...c,
    text: touchesDeletion(c.firstParagraph, c.lastParagraph) ? SET_ASIDE : c.text,
  }));

  const comments = snapshot.comments
    .filter((c: CommentThread) => host === 'word' || !hiddenComments.has(c.id))
    .map((c) => {
      const lines = c.anchorText.split('\n').length;
      const anchorTouches =
        c.anchorParagraph !== null && touchesDeletion(c.anchorParagraph, c.anchorParagraph + lines);
      return {
        ...comparableComment(c),
        anchorParagraph: c.anchorParagraph,
        anchorText: anchorTouches ? SET_ASIDE : c.anchorText,
        // Word resolves threads, not replies: a reply's own state is not compared.
        replies: c.replies.map((r) => ({ ...comparableComment(r), resolved: undefined })),
      };
    });

  const pictures = snapshot.pictures
    .filter((p) => host === 'word' || !hiddenPictures.has(`${p.paragraph}/${p.name}`))
    .map((p) => ({ paragraph: p.paragraph, altText: p.altText ?? '', title: p.title }));

  return {
    paragraphs,
    tables,
    contentControls,
    comments,
    customXmlParts: snapshot.customXmlParts.map((part) => ({
      namespaceUri: part.namespaceUri,
      xml: part.xml,
    })),
    // Both hosts read the state part with the same function: the same state, warnings, damage.
    reportState: { ...snapshot.reportState, partId: snapshot.reportState.partId === null ? null : 'present' },
    pictures,
    properties: {
      ...snapshot.properties,
      created: instant(snapshot.properties.created),
      modified: instant(snapshot.properties.modified),
    },
  };
}

/** Grid column where each cell of a row starts. */
function gridStarts(row: ReportSnapshot['tables'][number]['rows'][number]): number[] {
  let at = 0;
  return row.cells.map((cell) => {
    const start = at;
    at += Math.max(1, cell.gridSpan);
    return start;
  });
}

/**
 * A cell marked as starting a vertical merge with no cell continuing it below is not merged
 * (ISO/IEC 29500-1 17.4.84): Word-made files have them. The Word host asks for a table's OOXML
 * only when its values show it may have merged cells, so there such a cell reads as not merged.
 */
function withoutLoneRestarts(table: ReportSnapshot['tables'][number]): ReportSnapshot['tables'][number] {
  return {
    ...table,
    rows: table.rows.map((row, r) => {
      const next = table.rows[r + 1];
      const starts = gridStarts(row);
      const nextStarts = next ? gridStarts(next) : [];
      return {
        ...row,
        cells: row.cells.map((cell, c) => {
          if (cell.vMerge !== 'restart') return cell;
          const below = next?.cells[nextStarts.indexOf(starts[c]!)];
          return below?.vMerge === 'continue' ? cell : { ...cell, vMerge: null };
        }),
      };
    }),
  };
}

/**
 * The docx host's snapshot reduced to what Word's API can see (no picture names or decorative
 * marks, no floating pictures or charts, only comments anchored in the body), so the findings
 * from the two hosts can be compared: a rule cannot report what its host cannot see.
 */
export function asWordSeesIt(snapshot: ReportSnapshot, notVisible: NotInWordApi): ReportSnapshot {
  const hiddenPictures = new Set(notVisible.pictures.map((p) => `${p.paragraph}/${p.name}`));
  const hiddenComments = new Set(notVisible.commentIds);
  return {
    ...snapshot,
    pictures: snapshot.pictures
      .filter((p) => !hiddenPictures.has(`${p.paragraph}/${p.name}`))
      .map((p) => ({ ...p, name: null, decorative: false, altText: p.altText ?? '' })),
    comments: snapshot.comments.filter((c) => !hiddenComments.has(c.id)),
  };
}

/** Findings, with the excerpt set aside where it quotes a paragraph holding tracked deletions. */
export function comparableFindings(result: CheckResult, notVisible: NotInWordApi): CheckResult {
  const deleted = new Set(notVisible.paragraphsWithDeletedText);
  return {
    ...result,
    findings: result.findings.map((f) =>
      f.paragraph !== null && deleted.has(f.paragraph) ? { ...f, excerpt: SET_ASIDE } : f,
    ),
  };
}

/** True when `accepted` can be had from `withDeletions` by removing characters. */
export function deletionsOnly(withDeletions: string, accepted: string): boolean {
  let i = 0;
  for (let j = 0; j < withDeletions.length && i < accepted.length; j++)
    if (withDeletions[j] === accepted[i]) i++;
  return i === accepted.length;
}
